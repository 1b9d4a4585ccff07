import type { APIRoute } from 'astro';
import source from '../sw/service-worker.js?raw';

// The service worker at the site's base, so that its scope is the whole site.
export const GET: APIRoute = () =>
  new Response(source.replace("'__BASE__'", JSON.stringify(import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
