import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { isArticleKey } from '../lib/articles.ts';
import { isNameKey } from '../search/name-keys.ts';
import { rechunkIndex } from './pagefind-chunks.ts';

// Word-index chunk size, in Pagefind's items (a word location, or a page holding the word):
// 8,000 where Pagefind cuts at 20,000. On the law corpus this gave the smallest first query.
// Pagefind can cut at this size itself (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE), but the re-cut also
// keeps words sharing their first two characters in one chunk, which a query's prefix terms then
// find in one file: measured with the same page and queries (124, each a visit's first search on
// the law corpus), the first search fetches a median 215 KB re-cut against 227 KB cut by Pagefind
// (37 against 24 of them within 200 KB). A test fails on any Pagefind upgrade to re-check this.
const CHUNK_ITEMS = 8000;
/**
 * The keys' chunks (see splitWords): a name key's about a hundred keys; an article key's about a
 * thousand pages (every law has a 第一条: its key alone makes a chunk of ~1,600 pages, 5 KB).
 * Smaller chunks would each add an entry to the metadata every first search fetches.
 */
const keyChunkItems = (word: string): number | undefined =>
  isArticleKey(word) ? 2000 : isNameKey(word) ? 400 : undefined;

/**
 * The built pages Pagefind indexes, as paths relative to the site, sorted: those with
 * a data-pagefind-body element. Pagefind ignores the other pages once any page has one, but
 * still reads, parses and holds each of them until it writes the index: the handouts under
 * /print/ (a law's whole text again), listings, feeds; on the law corpus half the HTML. Measured
 * on 300 laws and their handouts, giving Pagefind only the 300 pages took 37 % less CPU and a
 * quarter less peak memory for the same fragments. Files are read one at a time, so that the
 * site's HTML is never all in memory.
 */
export function* indexedPages(site: string): Generator<{ path: string; content: string }> {
  const paths = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .sort();
  for (const path of paths) {
    const content = readFileSync(join(site, path), 'utf8');
    if (content.includes('data-pagefind-body')) yield { path, content };
  }
}

/**
 * Indexes the built site with Pagefind (the npm package ships the extended binary, which
 * segments Chinese) as the last step of `astro build`. Any indexing error fails the build.
 * Only elements marked data-pagefind-body are indexed, so listings and chrome stay out.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          let count = 0;
          // One after another: Pagefind numbers pages in the order they arrive, and a stable
          // order keeps the index the same from build to build (its own walk follows the disk's).
          for (const page of indexedPages(site)) {
            const added = await index.addHTMLFile({ sourcePath: page.path, content: page.content });
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${page.path}: ${added.errors.join('; ')}`);
            count += 1;
          }
          if (count === 0) throw new Error('Pagefind found no page with data-pagefind-body to index');
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const chunks = rechunkIndex(`${site}/pagefind`, CHUNK_ITEMS, keyChunkItems);
          logger.info(
            `indexed ${count} pages in ${Math.round(performance.now() - started)} ms ` +
              `(${chunks.before} word-index chunks re-cut into ${chunks.after})`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
