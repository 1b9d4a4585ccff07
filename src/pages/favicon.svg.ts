import type { APIRoute } from 'astro';
import source from '../assets/app-icon.svg?raw';

// The favicon is the icons' source image itself (src/assets/app-icon.svg).
export const GET: APIRoute = () =>
  new Response(source.replace(/\s*<!--[\s\S]*?-->/g, ''), { headers: { 'Content-Type': 'image/svg+xml' } });
