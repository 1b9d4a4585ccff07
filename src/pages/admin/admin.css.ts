import type { APIRoute } from 'astro';
import { ADMIN_CSS } from '../../cms/admin-page';

// The admin page's own styles, from the site, as its CSP wants (style-src 'self').
export const GET: APIRoute = () => new Response(ADMIN_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
