import type { APIRoute } from 'astro';
import { SITE } from '../site.config';
import { APP_ICONS, ICON_BACKGROUND } from '../lib/app-icons';

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
        theme_color: ICON_BACKGROUND,
        // PNGs for launchers that take no SVG (many Android phones), and a maskable one that fills
        // their round or squircle masks; iOS takes the apple-touch-icon link in the head instead.
        icons: [
          { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          ...APP_ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({
            src: `${base}icons/${icon.name}.png`,
            sizes: `${icon.size}x${icon.size}`,
            type: 'image/png',
            purpose: icon.purpose,
          })),
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
