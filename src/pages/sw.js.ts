import type { APIRoute } from 'astro';
import { workerSource } from '../sw/worker-source';

// The service worker at the site's base, so that its scope is the whole site.
export const GET: APIRoute = () =>
  new Response(workerSource(import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
