// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { SITE } from './src/site.config.ts';
import { buildLock } from './src/integrations/build-lock.ts';
import { contentSchemaCache } from './src/integrations/content-schema-cache.ts';
import { contentStoreOnDisk } from './src/integrations/content-store-on-disk.ts';
import { leanHeap } from './src/integrations/lean-heap.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { shareCardCache } from './src/integrations/share-card-cache.ts';
import { sitemapFile } from './src/integrations/sitemap.ts';
import { thirdPartyNotices } from './src/integrations/third-party-notices.ts';
import { sanitizeHtml } from './src/lib/sanitize-html.ts';
import { t } from './src/lib/i18n.ts';
import { CONTENT_COMPONENTS } from './src/lib/content-components.ts';
import { libraryLocation } from './src/lib/library.ts';

// Tests build several sites side by side (sample, sub-path, bad-content fixtures).
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
// A law library on another site: the search fetches its index from there, and from nowhere else.
const libraryOrigin = libraryLocation(SITE.library)?.origin;

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
        /** @type {`connect-src${string}`} */ (`connect-src 'self'${libraryOrigin ? ` ${libraryOrigin}` : ''}`),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        ...(SITE.frameOrigins.length
          ? [/** @type {`frame-src${string}`} */ (`frame-src 'self' ${SITE.frameOrigins.join(' ')}`)]
          : []),
      ],
      // Pagefind's search runs as WebAssembly, which needs this one allowance.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // Raw HTML in bodies is parsed into elements, then sanitized (src/lib/sanitize-html.ts).
    processor: satteri({
      features: {
        rawHtml: true,
        gfm: { footnotes: { label: t('content.footnotes'), backLabel: t('content.footnoteBack') } },
      },
      hastPlugins: [
        sanitizeHtml({
          frameOrigins: SITE.frameOrigins,
          siteOrigin: new URL(SITE.url).origin,
          frameTitle: t('embed.frameTitle'),
          components: CONTENT_COMPONENTS,
          report: (message) => console.warn(`[sanitize] ${message}`),
        }),
      ],
    }),
    // Shiki colours code with inline styles, which the CSP forbids; the content has no code.
    syntaxHighlight: false,
  },
  integrations: [
    buildLock(),
    leanHeap(),
    contentSchemaCache(),
    contentStoreOnDisk(),
    mdx(),
    publishingMode(),
    shareCardCache(),
    pagefind(),
    staticHeaders(),
    sitemapFile(),
    thirdPartyNotices(SITE.title),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks each MDX entry's asset module with "use astro:head-inject"; nothing reads
          // the directive after bundling (head propagation goes by the module's exports), so
          // Rolldown dropping it is harmless. Astro bug withastro/astro#18087; only that directive
          // is hidden, every other warning still shows.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
