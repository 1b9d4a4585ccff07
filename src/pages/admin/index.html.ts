import type { APIRoute } from 'astro';
import { adminPage } from '../../cms/admin-page';

export const GET: APIRoute = () =>
  new Response(adminPage(import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
