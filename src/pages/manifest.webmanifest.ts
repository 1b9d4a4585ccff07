import type { APIRoute } from 'astro';
import { SITE } from '../site.config';

// The web app manifest: the portal can be added to the home screen and opens like an app.
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  return new Response(
    JSON.stringify(
      {
        name: SITE.title,
        short_name: SITE.title,
        description: SITE.description,
        lang: 'zh-CN',
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b3261e',
        icons: [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
