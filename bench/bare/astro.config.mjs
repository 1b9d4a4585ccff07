// @ts-check
// The yardstick for `npm run bench:build`: a bare Astro build of the same Markdown files
// with a minimal layout, no plugins, no checks.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
