import type { APIRoute } from 'astro';
import { adminPage } from '../../cms/admin-page';

// decap-server on localhost only under `astro dev` (`npm run cms`), never in a build.
export const GET: APIRoute = () =>
  new Response(adminPage(import.meta.env.BASE_URL, { localBackend: import.meta.env.DEV_SERVER }), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
