/**
 * `npm run bench:search`: search quality and cost on a build of the whole law corpus, for the
 * query set in tests/fixtures/search/corpus-queries.json, in Chromium: hit@5, MRR and the
 * article-level hit rate per kind of query, the median query time, and the bytes fetched by
 * the first query and by the first twenty.
 *
 *   npm run bench:search [-- --site <built corpus dist>] [-- --corpus ../shared/corpus/laws-cn] [-- --verbose]
 *
 * Without --site it imports and builds the corpus first (about a minute).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { readResults, searchInPage, type SearchCase } from '../tests/support/search-runner.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    corpus: { type: 'string', default: resolve(root, '../shared/corpus/laws-cn') },
    verbose: { type: 'boolean', default: false },
  },
});

function buildCorpusSite(): string {
  const corpus = resolve(values.corpus!);
  if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);
  mkdirSync(join(root, '.test-builds'), { recursive: true });
  const work = mkdtempSync(join(root, '.test-builds', 'bench-search-'));
  for (const c of ['courses', 'lessons', 'stories', 'pages']) mkdirSync(join(work, 'content', c), { recursive: true });
  const node = join(root, 'node_modules/.bin/node');
  const steps = [
    [join(root, 'scripts/import.ts'), corpus, '--out', join(work, 'content/policies')],
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
  ];
  for (const args of steps) {
    const run = spawnSync(node, args, {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        CONTENT_DIR: join(work, 'content'),
        ASTRO_OUT_DIR: join(work, 'dist'),
        ASTRO_CACHE_DIR: join(work, 'cache'),
      },
    });
    if (run.status !== 0) throw new Error(`${args[0]} failed`);
  }
  return join(work, 'dist');
}

const site = values.site ? resolve(values.site) : buildCorpusSite();
const { queries } = JSON.parse(readFileSync(join(root, 'tests/fixtures/search/corpus-queries.json'), 'utf8')) as {
  queries: SearchCase[];
};

/**
 * A response's body as sent. Chromium reports no size for a worker's own script
 * (pagefind-worker.js): that one is measured by compressing the body as the server did.
 */
async function wireBytes(request: Request): Promise<number> {
  const sizes = await request.sizes();
  if (sizes.responseBodySize > 0) return sizes.responseBodySize;
  const response = await request.response();
  if (!response) return 0;
  const body = await response.body();
  return response.headers()['content-encoding'] === 'gzip' ? gzipSync(body).length : body.length;
}

const port = 4480;
const base = `http://127.0.0.1:${port}/`;
const server = await serveStatic(site, port);
const browser = await chromium.launch(chromiumLaunchOptions());
const rows: { item: SearchCase; rank: number; anchorHit: boolean; top: string[]; ms: number; bytes: number }[] = [];
const cold: number[] = [];

/**
 * A fresh phone (as members search; the filters start folded there, and their values load when
 * opened) on the search page, counting bytes on the wire: response bodies as sent, gzip
 * included, of Pagefind's files from the start and of everything once a query is typed.
 */
async function openSearch() {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const counter = { bytes: 0, typed: false };
  page.on('requestfinished', (request) => {
    if (!counter.typed && !new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    void wireBytes(request).then(
      (size) => (counter.bytes += size),
      () => undefined,
    );
  });
  await page.goto(`${base}search/`);
  await page.waitForLoadState('networkidle');
  counter.typed = true;
  return { context, page, counter };
}

try {
  const { page, counter } = await openSearch();
  // What Pagefind loaded before anyone typed is counted with the first query.
  const beforeFirst = counter.bytes;
  for (const item of queries) {
    const startBytes = counter.bytes;
    const started = performance.now();
    await searchInPage(page, item.query);
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const outcome = await readResults(page, base, item);
    rows.push({
      item,
      rank: outcome.rank,
      anchorHit: outcome.anchorHit,
      top: outcome.top,
      ms,
      bytes: counter.bytes - startBytes + (rows.length === 0 ? beforeFirst : 0),
    });
  }
  // Each query as the first of a visit: a new browser profile, nothing cached.
  for (const item of values.verbose ? [] : queries) {
    const fresh = await openSearch();
    await searchInPage(fresh.page, item.query);
    await fresh.page.waitForLoadState('networkidle');
    cold.push(fresh.counter.bytes);
    await fresh.context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const summarize = (subset: typeof rows) => {
  const anchored = subset.filter((r) => r.item.anchor);
  return [
    String(subset.length),
    `${((100 * subset.filter((r) => r.rank > 0).length) / subset.length).toFixed(0)} %`,
    (subset.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / subset.length).toFixed(2),
    anchored.length
      ? `${((100 * anchored.filter((r) => r.anchorHit).length) / anchored.length).toFixed(0)} % of ${anchored.length}`
      : '-',
  ];
};
// Questions that nothing answers (kind none, expectNone) have no document to rank: not scored here.
const scored = rows.filter((r) => !r.item.expectNone);
const table = [
  ['kind', 'queries', 'hit@5', 'MRR', 'article hit'],
  ...['word', 'name', 'article', 'docnumber', 'mixed', 'question', 'traditional'].map((kind) => [
    kind,
    ...summarize(scored.filter((r) => r.item.kind === kind)),
  ]),
  ['all', ...summarize(scored)],
  ['held out', ...summarize(scored.filter((r) => r.item.heldOut))],
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const row of table)
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log('');
console.log(`median query time in Chromium   ${median(rows.map((r) => r.ms)).toFixed(0)} ms`);
console.log(`bytes fetched by the first query ${kb(rows[0]!.bytes)} (Pagefind's start-up included)`);
console.log(
  `each query as a visit's first      median ${kb(median(cold))}, largest ${kb(Math.max(...cold))}, ` +
    `${cold.filter((b) => b <= 200 * 1024).length} of ${cold.length} at most 200 KB`,
);
console.log(`bytes fetched by twenty queries  ${kb(rows.slice(0, 20).reduce((s, r) => s + r.bytes, 0))}`);
if (values.verbose)
  for (const r of rows) console.log(`${r.rank} ${r.anchorHit ? 'A' : '-'} ${r.item.query}\n    ${r.top.join(' | ')}`);
const misses = scored.filter((r) => r.rank === 0 || (r.item.anchor && !r.anchorHit));
if (misses.length)
  console.log(
    `\nmisses:\n${misses.map((r) => `  ${r.item.kind} "${r.item.query}"${r.rank === 0 ? ' (document not in top 5)' : ` (no #${r.item.anchor})`}\n    top: ${r.top.join(' | ')}`).join('\n')}`,
  );
