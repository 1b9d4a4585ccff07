import type { APIRoute } from 'astro';
import { ADMIN_STYLE } from '../../cms/admin-page';

// The admin page's own styles, from the site, as its CSP wants (style-src 'self').
export const GET: APIRoute = () =>
  new Response(ADMIN_STYLE, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
