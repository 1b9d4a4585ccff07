import type { APIRoute } from 'astro';
import yaml from 'js-yaml';
import { cmsConfig } from '../../cms/collections';

export const GET: APIRoute = () =>
  new Response(yaml.dump(cmsConfig(import.meta.env.BASE_URL), { lineWidth: -1, noRefs: true }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
