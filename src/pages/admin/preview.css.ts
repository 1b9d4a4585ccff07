import type { APIRoute } from 'astro';
import css from '../../styles/global.css?inline';

// The site's own styles for the CMS previews, at a fixed address the CMS can ask for.
export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
