import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';
import { SITE } from '../site.config';

// Everything may be indexed but the CMS; the sitemap lists the pages.
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      `Disallow: ${withBase('/admin/')}`,
      '',
      `Sitemap: ${new URL(withBase('/sitemap.xml'), SITE.url).href}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
