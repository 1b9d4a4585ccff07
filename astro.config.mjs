// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { SITE } from './src/site.config.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';

// Tests build several sites side by side (sample, sub-path, bad-content fixtures).
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  output: 'static',
  outDir,
  cacheDir,
  // Two entries with one slug are an error, never a silent overwrite.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  // Strict CSP as a <meta> on every page: Astro hashes its own scripts and styles, and
  // nothing may load from another origin. Static hosts add the headers in src/security-headers.ts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs this one allowance.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; the content has no code.
    syntaxHighlight: false,
  },
  integrations: [mdx(), publishingMode(), pagefind(), staticHeaders()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
