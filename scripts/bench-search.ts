/**
 * `npm run bench:search`: search quality and cost on a build of the whole law corpus, for the
 * query set in tests/fixtures/search/corpus-queries.json, in Chromium, through the site's own
 * /search/ page and, on the same index, through plain Pagefind (its default ranking, the query
 * as typed): hit@5, MRR, the article-level hit rate and precision (the share of the first ten
 * results whose page holds every word asked for) per kind of query; how often the page says
 * that nothing answers a question no document answers, and wrongly for one that is answered;
 * the bytes of Pagefind's files fetched by each query as a visit's first (/search/?q=…) and by
 * twenty queries in a row; the median query time, and the same under a 4× CPU throttle.
 *
 *   npm run bench:search [-- --site <built corpus dist>] [-- --corpus ../shared/corpus/laws-cn] [-- --verbose] [-- --port 4480]
 *
 * Without --site it imports and builds the corpus first (about a minute).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import {
  judgeRows,
  pagePrecision,
  readResults,
  saysNoAnswer,
  searchInPage,
  topPrecision,
  type ResultRow,
  type SearchCase,
} from '../tests/support/search-runner.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { firstSearchBytes, median, openCounting as openCountingAt, PHONE } from './bench/first-search.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    corpus: { type: 'string', default: resolve(root, '../shared/corpus/laws-cn') },
    verbose: { type: 'boolean', default: false },
    // Another port lets two runs (two builds compared) go side by side.
    port: { type: 'string', default: '4480' },
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

const port = Number(values.port);
const base = `http://127.0.0.1:${port}/`;
const server = await serveStatic(site, port);
const browser = await chromium.launch(chromiumLaunchOptions());
const phone = PHONE;

interface Row {
  item: SearchCase;
  rank: number;
  anchorHit: boolean;
  top: string[];
  ms: number;
  bytes: number;
  noAnswer: boolean;
  precision: number | undefined;
  /** Precision of the results listed as holding every word (above the 部分匹配 separator). */
  whole: number | undefined;
  wanted: string[][];
}
const rows: Row[] = [];
const plain: { item: SearchCase; rank: number; anchorHit: boolean; top: string[]; precision: number | undefined }[] =
  [];
const cold: number[] = [];
const throttled: number[] = [];

const openCounting = (path: string) => openCountingAt(browser, base, path);

try {
  // The site's search page: one phone, the queries typed one after another as a reader does.
  const { page, counter } = await openCounting('search/');
  await page.waitForLoadState('networkidle');
  for (const item of queries) {
    const startBytes = counter.bytes;
    const started = performance.now();
    await searchInPage(page, item.query);
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const bytes = counter.bytes - startBytes;
    const outcome = await readResults(page, base, item);
    const noAnswer = await saysNoAnswer(page);
    const wanted = JSON.parse((await page.locator('[data-results]').getAttribute('data-words')) ?? '[]') as string[][];
    const shown = await topPrecision(page);
    rows.push({ item, ...outcome, ms, bytes, noAnswer, precision: shown?.share, whole: shown?.whole, wanted });
  }

  // Plain Pagefind on the same index: its default options, the query as typed, on a page that
  // has not configured it (the 404 page loads no search).
  const plainPage = await (await browser.newContext(phone)).newPage();
  await plainPage.goto(`${base}404.html`);
  for (const row of rows) {
    const found = await plainPage.evaluate(async (query) => {
      interface Data {
        url: string;
        meta: { title?: string };
        sub_results: { url: string }[];
      }
      // A string, so that the bundler leaves the site's own module alone.
      const path = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ path)) as {
        search: (q: string) => Promise<{ results: { data: () => Promise<Data> }[] }>;
      };
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return data.map((d) => ({
        title: d.meta.title ?? '',
        url: new URL(d.url, location.href).pathname,
        anchors: d.sub_results.map((sub) => new URL(sub.url, location.href).hash.slice(1)),
      }));
    }, row.item.query);
    const judged = judgeRows(found.slice(0, 5) as ResultRow[], base, row.item);
    const precision = found.length
      ? (
          await pagePrecision(
            found.map((f) => new URL(f.url, base).href),
            row.wanted,
          )
        ).share
      : undefined;
    plain.push({ item: row.item, ...judged, precision });
  }

  // Each query as the first of a visit, by its address (/search/?q=…): a new profile, nothing cached.
  for (const item of values.verbose ? [] : queries) {
    cold.push(...(await firstSearchBytes(browser, base, [item.query])));
  }

  // A slow phone: the CPU four times slower; the first query loads Pagefind, the next twenty are timed.
  const slow = await (await browser.newContext(phone)).newPage();
  const cdp = await slow.context().newCDPSession(slow);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await slow.goto(`${base}search/`);
  await searchInPage(slow, queries[0]!.query);
  for (const item of queries.slice(1, 21)) {
    const started = performance.now();
    await searchInPage(slow, item.query);
    throttled.push(performance.now() - started);
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
type Scored = { item: SearchCase; rank: number; anchorHit: boolean; precision: number | undefined };
const summarize = (subset: Scored[]) => {
  const anchored = subset.filter((r) => r.item.anchor);
  const precise = subset.filter((r) => r.precision !== undefined);
  return [
    String(subset.length),
    pct(subset.filter((r) => r.rank > 0).length / subset.length),
    (subset.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / subset.length).toFixed(2),
    anchored.length
      ? `${pct(anchored.filter((r) => r.anchorHit).length / anchored.length)} of ${anchored.length}`
      : '-',
    precise.length ? pct(precise.reduce((sum, r) => sum + r.precision!, 0) / precise.length) : '-',
  ];
};
const KINDS = ['word', 'name', 'article', 'docnumber', 'mixed', 'question', 'traditional'];
// Questions that nothing answers (kind none, expectNone) have no document to rank: scored apart.
const answerable = <T extends { item: SearchCase }>(list: T[]) => list.filter((r) => !r.item.expectNone);
function printTable(title: string, list: Scored[]) {
  const scored = answerable(list);
  const table = [
    ['kind', 'queries', 'hit@5', 'MRR', 'article hit', 'precision'],
    ...KINDS.map((kind) => [kind, ...summarize(scored.filter((r) => r.item.kind === kind))]).filter(
      (row) => row[1] !== '0',
    ),
    ['all', ...summarize(scored)],
    ['held out', ...summarize(scored.filter((r) => r.item.heldOut))],
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  console.log(`\n${title}`);
  for (const row of table)
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
}
printTable("the site's /search/ page", rows);
printTable('plain Pagefind (default ranking, the query as typed), same index', plain);
const listedWhole = answerable(rows).filter((r) => r.whole !== undefined);
console.log(
  `\nprecision of the results listed as holding every word (above 部分匹配), first ten: ` +
    `${pct(listedWhole.reduce((sum, r) => sum + r.whole!, 0) / Math.max(1, listedWhole.length))} over ${listedWhole.length} queries`,
);
const none = rows.filter((r) => r.item.expectNone);
console.log('');
console.log(
  `no answer said: ${none.filter((r) => r.noAnswer).length} of ${none.length} questions nothing answers; ` +
    `wrongly for ${answerable(rows).filter((r) => r.noAnswer && r.rank > 0).length} of ${answerable(rows).length} answered ones`,
);
console.log(`median query time in Chromium     ${median(rows.map((r) => r.ms)).toFixed(0)} ms`);
console.log(`... with the CPU 4× slower        ${median(throttled).toFixed(0)} ms (20 queries after the first)`);
if (cold.length)
  console.log(
    `first search by address (/search/?q=…), Pagefind's files: median ${kb(median(cold))}, largest ` +
      `${kb(Math.max(...cold))}, ${cold.filter((b) => b <= 200 * 1024).length} of ${cold.length} at most 200 KB`,
  );
console.log(`bytes fetched by twenty queries in a row  ${kb(rows.slice(0, 20).reduce((s, r) => s + r.bytes, 0))}`);
if (values.verbose)
  for (const r of rows)
    console.log(
      `${r.rank} ${r.anchorHit ? 'A' : '-'} ${r.precision === undefined ? '-' : pct(r.precision)}/${r.whole === undefined ? '-' : pct(r.whole)}${r.noAnswer ? ' NONE' : ''} ${r.item.query} ${JSON.stringify(r.wanted)}\n    ${r.top.join(' | ')}`,
    );
const misses = answerable(rows).filter((r) => r.rank === 0 || (r.item.anchor && !r.anchorHit));
if (misses.length)
  console.log(
    `\nmisses:\n${misses.map((r) => `  ${r.item.kind} "${r.item.query}"${r.rank === 0 ? ' (document not in top 5)' : ` (no #${r.item.anchor})`}\n    top: ${r.top.join(' | ')}`).join('\n')}`,
  );
