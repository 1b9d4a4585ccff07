import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether drafts and future entries may be shown, and whether it runs in the dev
 * server (which re-reads content on every request), from the Astro command itself: only
 * `astro dev` shows them. import.meta.env.PROD would follow NODE_ENV, and a
 * build run with NODE_ENV=test or development must still never publish a draft.
 */
export function publishingMode(): AstroIntegration {
  return {
    name: 'portal:publishing-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const dev = JSON.stringify(command === 'dev');
        updateConfig({
          vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': dev, 'import.meta.env.DEV_SERVER': dev } },
        });
      },
    },
  };
}
