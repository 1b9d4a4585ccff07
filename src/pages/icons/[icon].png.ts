import type { APIRoute, GetStaticPaths } from 'astro';
import source from '../../assets/app-icon.svg?raw';
import { APP_ICONS, PODCAST_COVER, renderIcon, type AppIcon } from '../../lib/app-icons';

// Home-screen icons (PNG 192 and 512, maskable 512, apple-touch-icon 180) and the podcast's
// cover (1400), drawn at build time from the one source image, so that they never drift from
// favicon.svg.
export const getStaticPaths = (() =>
  [...APP_ICONS, PODCAST_COVER].map((icon) => ({
    params: { icon: icon.name },
    props: { icon },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderIcon(source, (props as { icon: AppIcon }).icon), {
    headers: { 'Content-Type': 'image/png' },
  });
