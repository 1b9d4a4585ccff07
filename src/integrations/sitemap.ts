import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemap } from '../lib/feeds.ts';

/** Pages a search engine should not list: the CMS, the member's own page, the offline fallback, search results, handouts. */
const LEFT_OUT = /^(admin|me|offline|search)\/|\/print\/$/;

/** Writes sitemap.xml from the pages the build actually wrote, so that none is missed. */
export function sitemapFile(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'portal:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .map((file) => file.replace(/\\/g, '/'))
          .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
          .map((file) => file.slice(0, -'index.html'.length))
          .filter((path) => !LEFT_OUT.test(path));
        writeFileSync(`${root}/sitemap.xml`, sitemap(pages.map((path) => new URL(`${base}${path}`, site).href)));
      },
    },
  };
}
