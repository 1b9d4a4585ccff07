import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PagefindIndex } from 'pagefind';
import { PAGE_SINK, type PageSink } from './pagefind-capture.ts';
import type { Shard } from './pagefind-chunks.ts';
import { mergeApart } from './pagefind-merge.ts';

/**
 * Pages one Pagefind index takes before it is written and a new one begun. Pagefind holds every
 * page of an index in memory until it writes it, about 1.3 MB a law page (2.4 GB for the
 * corpus's 1,808 pages), so one index of a 10,000-document site would need some 15 GB (a bare
 * Pagefind run peaked at 19.3 GB). With indexes of 300 pages, Pagefind's two processes held
 * 1.5 GB together at 10,000 documents (2.4 GB with 500, merged as fast), and mergeIndexes joins
 * them into the one index the browser loads.
 * Each index is also written while the next pages are still being rendered, so most of
 * Pagefind's work runs beside Astro's on a second core. PAGEFIND_SHARD_PAGES overrides it (tests
 * build small sites in several indexes).
 */
const SHARD_PAGES = Number(process.env.PAGEFIND_SHARD_PAGES ?? 300);
/**
 * Pagefind processes, taking the indexes in turn: one process handles one request at a time, so
 * while one writes an index (most of Pagefind's work) the other reads the next pages.
 */
const SERVICE_COUNT = 2;
/** Pages handed to Pagefind and not yet read, at most (a page's HTML is about 40 KB). */
const IN_FLIGHT = 64;
type Pagefind = typeof import('pagefind');

/**
 * Pagefind's processes. The npm package keeps one process per instance of its module and
 * handles one request at a time in it, so each process here is a module instance of its own.
 * Imported as this module loads: in a build, the integration's imports go through a Vite module
 * runner that is closed by the time the hooks run. A process starts on first use.
 */
const SERVICES: Pagefind[] = await Promise.all(
  Array.from(
    { length: SERVICE_COUNT },
    (_, n) => import(/* @vite-ignore */ `${import.meta.resolve('pagefind')}?process=${n}`) as Promise<Pagefind>,
  ),
);

const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
/** An attribute value as the browser (and Pagefind) reads it: Astro writes " as &#34;. */
const decodeAttribute = (value: string) =>
  value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (entity, decimal?: string, hex?: string, name?: string) =>
    decimal || hex ? String.fromCodePoint(parseInt((decimal ?? hex)!, decimal ? 10 : 16)) : (NAMED[name!] ?? entity),
  );

/** Pagefind's sort values in a page (data-pagefind-sort="key:value"), which a merge of indexes orders by. */
export function sortValuesOf(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [, attribute] of html.matchAll(/\sdata-pagefind-sort="([^"]*)"/g)) {
    const colon = attribute!.indexOf(':');
    if (colon > 0) values[attribute!.slice(0, colon).trim()] = decodeAttribute(attribute!.slice(colon + 1)).trim();
  }
  return values;
}

/**
 * The site's pages, indexed as Astro renders them: each page with a data-pagefind-body element
 * goes to Pagefind's process the moment it is rendered (PAGE_SINK, fed by pagefind-capture.ts),
 * in Astro's rendering order, which is the same from build to build; every `perShard` pages the
 * index is written to a folder of its own and a new one begun. Pages without the element
 * (handouts under /print/, listings, feeds) never reach Pagefind.
 */
export class ShardedIndex {
  private readonly shards: Shard[] = [];
  private readonly written: Promise<void>[] = [];
  private index: Promise<PagefindIndex> | undefined;
  private added: Promise<string[]>[] = [];
  private sorts: Record<string, string>[] = [];
  pages = 0;

  constructor(
    private readonly work: string,
    private readonly perShard = SHARD_PAGES,
    private readonly services: Pagefind[] = SERVICES,
  ) {}

  /** The latest pages handed to Pagefind, the oldest first (see `add`). */
  private readonly pending: Promise<unknown>[] = [];

  /**
   * Hands a page to the index. Resolves once Pagefind has read all but the last IN_FLIGHT pages:
   * a page waiting for Pagefind is held in this process, so rendering far ahead of it costs
   * memory and gains nothing (on two cores, Astro and Pagefind share the time either way).
   */
  readonly add: PageSink = async (path, html) => {
    this.index ??= this.service(this.shards.length)
      .createIndex({ forceLanguage: 'zh-cn' })
      .then(({ index, errors }) => {
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        return index;
      });
    this.added.push(
      this.index
        .then((index) => index.addHTMLFile({ sourcePath: path, content: html }))
        .then(({ errors }) => errors.map((error) => `${path}: ${error}`)),
    );
    // Awaited with the rest of its index when it is written; until then a failure is not unhandled.
    this.added.at(-1)!.catch(() => undefined);
    this.pending.push(this.added.at(-1)!);
    this.sorts.push(sortValuesOf(html));
    this.pages += 1;
    if (this.sorts.length >= this.perShard) this.seal();
    if (this.pending.length > IN_FLIGHT) await this.pending.shift();
  };

  private service(n: number): Pagefind {
    return this.services[n % this.services.length]!;
  }

  /** Ends Pagefind's processes. */
  async close(): Promise<void> {
    await Promise.all(this.services.map((api) => api.close()));
  }

  /** Writes the index begun last to a folder of its own, and frees its memory in Pagefind. */
  private seal(): void {
    if (!this.index) return;
    const dir = join(this.work, `index-${this.shards.length}`);
    const [index, added] = [this.index, this.added];
    this.shards.push({ dir, sorts: this.sorts });
    const written = (async () => {
      const errors = (await Promise.all(added)).flat();
      if (errors.length > 0) throw new Error(`Pagefind could not index ${errors.join('; ')}`);
      const done = await (await index).writeFiles({ outputPath: dir });
      if (done.errors.length > 0) throw new Error(`Pagefind could not write its index: ${done.errors.join('; ')}`);
      await (await index).deleteIndex();
    })();
    // Awaited in finish(); until then a failure must not count as unhandled.
    written.catch(() => undefined);
    this.written.push(written);
    this.index = undefined;
    this.added = [];
    this.sorts = [];
  }

  /** Writes the last index and merges them all into `out`. */
  async finish(
    out: string,
  ): Promise<{ indexes: number; waited: number; merging: number; before: number; after: number; limit: number }> {
    this.seal();
    const started = performance.now();
    await Promise.all(this.written);
    const waited = performance.now() - started;
    if (this.shards.length === 0) throw new Error('Pagefind found no page with data-pagefind-body to index');
    rmSync(out, { recursive: true, force: true });
    const merged = await mergeApart(this.shards, out);
    if (merged.pages !== this.pages)
      throw new Error(`Pagefind indexed ${merged.pages} of the ${this.pages} pages it was given`);
    return { indexes: this.shards.length, waited, merging: performance.now() - started - waited, ...merged };
  }
}

type Sinks = typeof globalThis & { [PAGE_SINK]?: PageSink };

/**
 * Indexes the site with Pagefind (the npm package ships the extended binary, which segments
 * Chinese) while `astro build` renders it; the index is complete when the build is. Any indexing
 * error fails the build. Only elements marked data-pagefind-body are indexed, so listings and
 * chrome stay out.
 */
export function pagefind(): AstroIntegration {
  let pages: ShardedIndex | undefined;
  let work: string | undefined;
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        addMiddleware({ entrypoint: new URL('./pagefind-capture.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        work = mkdtempSync(join(tmpdir(), 'portal-pagefind-'));
        pages = new ShardedIndex(work);
        (globalThis as Sinks)[PAGE_SINK] = pages.add;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        delete (globalThis as Sinks)[PAGE_SINK];
        try {
          if (!pages) throw new Error('Pagefind: the build did not start its index');
          const done = await pages.finish(join(fileURLToPath(dir), 'pagefind'));
          logger.info(
            `indexed ${pages.pages} pages in ${Math.round(performance.now() - started)} ms after rendering ` +
              `(${Math.round(done.waited)} ms writing the last index, ${Math.round(done.merging)} ms merging; ` +
              `${done.indexes} index${done.indexes === 1 ? '' : 'es'} merged; ` +
              `${done.before} word-index chunks re-cut into ${done.after} of about ${done.limit} items)`,
          );
        } finally {
          await pages?.close();
          if (work) await rm(work, { recursive: true, force: true });
        }
      },
    },
  };
}
