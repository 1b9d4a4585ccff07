/**
 * `npm run bench:scale`: how the portal's build grows with the number of documents, against a
 * bare Astro + Pagefind build of the same files in the same run (issue 21).
 *
 *   npm run bench:scale [-- --sizes 1565,5000,10000] [-- --corpus DIR] [-- --seed 1]
 *
 * The first size is the law corpus as imported (plus the whole Civil Code in one entry, the
 * longest document a site may hold, and the sample site's courses and lessons); each larger size
 * adds documents generated in the corpus's layout (scripts/bench/generate-laws.ts) and imported by
 * scripts/import.ts, so they are the same Markdown and frontmatter as the corpus's. For each size:
 * wall time, peak memory (the largest resident set of one process, and the largest sum over all
 * the build's processes at one time), documents a second, the search index's size, and the
 * median bytes of Pagefind's files a visit's first search fetches, for the
 * portal and for the bare build. At the first size it also times a rebuild after one lesson
 * changed, with the same cache folder and no new import (what an editor's save costs).
 *
 * Not part of `npm test`: at 10,000 documents it runs for most of an hour on two cores.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { writeWholeCivilCode } from '../tests/support/civil-code.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { firstSearchBytes, median, plainFirstSearchBytes } from './bench/first-search.ts';
import { learnCorpus, writeGenerated } from './bench/generate-laws.ts';
import { ASTRO, IMPORT, NODE, PAGEFIND_BIN, printTable, ROOT, run, size, type Phase } from './bench/run.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus/laws-cn') },
    sizes: { type: 'string', default: '1565,5000,10000' },
    seed: { type: 'string', default: '1' },
  },
});
const corpus = resolve(values.corpus!);
if (!existsSync(corpus)) throw new Error(`--corpus: no folder at ${corpus}`);
const sizes = values.sizes!.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || sizes.some((n, i) => i > 0 && n <= sizes[i - 1]!))
  throw new Error(`--sizes: give increasing whole numbers, not "${values.sizes}"`);
const seed = Number(values.seed);

mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.test-builds', 'scale-'));
console.log(`corpus: ${corpus}\nwork folder: ${work}\nsizes: ${sizes.join(', ')} (seed ${seed})\n`);

// A visit's first search, by address: two queries of each kind of the corpus query set.
const { queries } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/search/corpus-queries.json'), 'utf8')) as {
  queries: { query: string; kind: string }[];
};
const sampleQueries = [...new Set(queries.filter((q) => q.kind !== 'none').map((q) => q.kind))].flatMap((kind) =>
  queries
    .filter((q) => q.kind === kind)
    .slice(0, 2)
    .map((q) => q.query),
);

const startedLearning = performance.now();
const model = learnCorpus(corpus);
console.log(
  `corpus model: ${model.words.length} distinct words, ${model.articleCounts.length} documents with articles, ` +
    `${model.charsPerArticle.toFixed(0)} characters an article (${((performance.now() - startedLearning) / 1000).toFixed(1)} s)`,
);
const titles = new Set(model.titles);

interface Result {
  documents: number;
  portal: Phase;
  pagefindMs: number;
  bare: Phase;
  bareIndex: Phase;
  portalIndexBytes: number;
  bareIndexBytes: number;
  portalFirst: number;
  bareFirst: number;
  pages: number;
  barePages: number;
}
const results: Result[] = [];
let rebuild:
  | { seconds: number; cpuSeconds: number | undefined; peakMb: number | undefined; reused: boolean; cards: string }
  | undefined;

const policiesIn = (content: string) => readdirSync(join(content, 'policies')).filter((f) => f.endsWith('.md')).length;

async function searchBytes(dist: string, bare: string) {
  const port = 4490;
  const base = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    let server = await serveStatic(dist, port);
    const portal = await firstSearchBytes(browser, base, sampleQueries);
    server.close();
    server = await serveStatic(bare, port);
    // The bare site has a page per document at /<slug>/ and nothing else: any one will do.
    const firstPage = readdirSync(bare).find((name) => existsSync(join(bare, name, 'index.html')))!;
    const plain = await plainFirstSearchBytes(browser, base, `${firstPage}/`, sampleQueries);
    server.close();
    return { portal: median(portal), bare: median(plain) };
  } finally {
    await browser.close();
  }
}

let previous: string | undefined;
let generated = 0;
let generatedArticles = 0;
let generatedChars = 0;
/** The results so far: printed after each size, so that a long run that stops still reports. */
function report(): void {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)}`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)}`;
  const bareSeconds = (r: Result) => r.bare.seconds + r.bareIndex.seconds;
  const bareCpu = (r: Result) => (r.bare.cpuSeconds ?? NaN) + (r.bareIndex.cpuSeconds ?? NaN);
  const barePeak = (r: Result) => Math.max(r.bare.peakMb ?? 0, r.bareIndex.peakMb ?? 0);
  const bareTotal = (r: Result) => Math.max(r.bare.totalPeakMb ?? 0, r.bareIndex.totalPeakMb ?? 0);
  console.log('\n== scale (portal | bare Astro + Pagefind CLI, same files, same run) ==');
  if (generated > 0)
    console.log(
      `generated documents: ${generated}, ${(generatedArticles / generated).toFixed(0)} articles and ` +
        `${(generatedChars / Math.max(1, generatedArticles)).toFixed(0)} characters an article on average ` +
        `(corpus: ${(model.articleCounts.reduce((s, n) => s + n, 0) / model.articleCounts.length).toFixed(0)} and ${model.charsPerArticle.toFixed(0)})`,
    );
  printTable([
    [
      'documents',
      'wall s',
      'bare s',
      'ratio',
      'cpu s',
      'bare cpu s',
      'cpu ratio',
      'peak MB',
      'bare MB',
      'all procs MB',
      'bare all MB',
      'docs/s',
      'bare docs/s',
      'pages/s',
      'bare pages/s',
      'index MB',
      'bare MB',
      '1st search KB',
      'bare KB',
      'Pagefind after render s',
      's/1k docs',
    ],
    ...results.map((r) => [
      String(r.documents),
      r.portal.seconds.toFixed(1),
      bareSeconds(r).toFixed(1),
      `${(r.portal.seconds / bareSeconds(r)).toFixed(2)}x`,
      r.portal.cpuSeconds?.toFixed(1) ?? 'n/a',
      bareCpu(r).toFixed(1),
      `${((r.portal.cpuSeconds ?? NaN) / bareCpu(r)).toFixed(2)}x`,
      r.portal.peakMb?.toFixed(0) ?? 'n/a',
      barePeak(r).toFixed(0),
      r.portal.totalPeakMb?.toFixed(0) ?? 'n/a',
      bareTotal(r).toFixed(0),
      (r.documents / r.portal.seconds).toFixed(1),
      (r.documents / bareSeconds(r)).toFixed(1),
      (r.pages / r.portal.seconds).toFixed(1),
      (r.barePages / r.bare.seconds).toFixed(1),
      mb(r.portalIndexBytes),
      mb(r.bareIndexBytes),
      kb(r.portalFirst),
      kb(r.bareFirst),
      (r.pagefindMs / 1000).toFixed(1),
      ((1000 * r.portal.seconds) / r.documents).toFixed(1),
    ]),
  ]);
  const [smallest] = results;
  if (smallest && results.length > 1) {
    const growth = (r: Result, seconds: (r: Result) => number) =>
      (seconds(r) / r.documents / (seconds(smallest) / smallest.documents)).toFixed(2);
    console.log(
      `\ntime a document, against the first size (1.00 = linear): portal ${results.map((r) => growth(r, (x) => x.portal.seconds)).join(' / ')}, ` +
        `bare ${results.map((r) => growth(r, bareSeconds)).join(' / ')}; CPU time a document: portal ` +
        `${results.map((r) => growth(r, (x) => x.portal.cpuSeconds ?? NaN)).join(' / ')}, bare ${results.map((r) => growth(r, bareCpu)).join(' / ')}`,
    );
  }
  console.log(
    `pages built (portal / bare): ${results.map((r) => `${r.pages} / ${r.barePages}`).join(', ')}; ` +
      `pages/s: the portal's over its whole build, the bare Astro build's over its own (without the index)`,
  );
  if (rebuild)
    console.log(
      `\nrebuild after one lesson changed (${results[0]!.documents} documents, same cache folder, no import): ` +
        `${rebuild.seconds.toFixed(1)} s (${rebuild.cpuSeconds?.toFixed(1)} CPU s) against ${results[0]!.portal.seconds.toFixed(1)} s (${results[0]!.portal.cpuSeconds?.toFixed(1)} CPU s), peak ${rebuild.peakMb?.toFixed(0)} MB; ` +
        `content store ${rebuild.reused ? 'reused' : 'CLEARED'}; share cards: ${rebuild.cards}`,
    );
}

for (const [i, target] of sizes.entries()) {
  const dir = join(work, `n${target}`);
  const content = join(dir, 'content');
  if (previous) cpSync(previous, content, { recursive: true });
  else {
    for (const c of ['stories', 'pages']) mkdirSync(join(content, c), { recursive: true });
    // The sample site's courses and lessons: the portal's own pages, and a lesson to change below.
    for (const c of ['courses', 'lessons']) cpSync(join(ROOT, 'content', c), join(content, c), { recursive: true });
    run('import corpus', [NODE, IMPORT, corpus, '--out', join(content, 'policies')]);
    run('import whole Civil Code', [
      NODE,
      IMPORT,
      writeWholeCivilCode(corpus, dir),
      '--out',
      join(content, 'policies'),
    ]);
  }
  const missing = target - policiesIn(content);
  if (missing < 0)
    throw new Error(`--sizes: the corpus alone has ${policiesIn(content)} documents, more than ${target}`);
  if (missing > 0) {
    const source = join(dir, 'generated');
    const made = writeGenerated(model, seed, generated, generated + missing, titles, source);
    generated += missing;
    generatedArticles += made.articles;
    generatedChars += made.articleChars;
    run(`import ${missing} generated`, [NODE, IMPORT, source, '--out', join(content, 'policies')]);
  }
  const documents = policiesIn(content);
  if (documents !== target)
    throw new Error(`${target} documents asked for, ${documents} imported (see the importer's report in ${dir})`);
  previous = content;

  console.log(`\n== ${documents} documents ==`);
  const cache = join(dir, 'cache');
  const env = { CONTENT_DIR: content, ASTRO_OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: cache };
  const portal = run('portal build + index', [NODE, ASTRO, 'build'], env);
  writeFileSync(join(dir, 'portal-build.log'), portal.log);
  const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(portal.log)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(portal.log)?.[1] ?? NaN);
  const bareEnv = {
    CONTENT_DIR: content,
    ASTRO_OUT_DIR: join(dir, 'bare-dist'),
    ASTRO_CACHE_DIR: join(dir, 'bare-cache'),
  };
  const bare = run('bare build', [NODE, ASTRO, 'build', '--root', join(ROOT, 'bench/bare')], bareEnv);
  const bareIndex = run('bare index', [PAGEFIND_BIN, '--site', join(dir, 'bare-dist')]);
  writeFileSync(join(dir, 'bare-build.log'), `${bare.log}\n${bareIndex.log}`);
  const first = await searchBytes(join(dir, 'dist'), join(dir, 'bare-dist'));
  const result: Result = {
    documents,
    portal,
    pagefindMs,
    bare,
    bareIndex,
    portalIndexBytes: size(join(dir, 'dist/pagefind')),
    bareIndexBytes: size(join(dir, 'bare-dist/pagefind')),
    portalFirst: first.portal,
    bareFirst: first.bare,
    pages,
    barePages: Number(/(\d+) page\(s\) built/.exec(bare.log)?.[1] ?? NaN),
  };
  results.push(result);
  console.log(
    `portal ${portal.seconds.toFixed(1)} s, ${portal.cpuSeconds?.toFixed(1)} CPU s (Pagefind ${(pagefindMs / 1000).toFixed(1)} s), ${portal.peakMb?.toFixed(0)} MB; ` +
      `bare ${bare.seconds.toFixed(1)} + ${bareIndex.seconds.toFixed(1)} s, ${((bare.cpuSeconds ?? NaN) + (bareIndex.cpuSeconds ?? NaN)).toFixed(1)} CPU s, ${Math.max(bare.peakMb ?? 0, bareIndex.peakMb ?? 0).toFixed(0)} MB`,
  );

  if (i === 0) {
    // An editor saves one lesson: the same cache folder, no import, one file changed.
    const lessons = join(content, 'lessons');
    const lesson = join(lessons, readdirSync(lessons).sort()[0]!);
    writeFileSync(lesson, `${readFileSync(lesson, 'utf8').trimEnd()}\n\n本课内容已于基准测试中更新。\n`);
    const again = run('rebuild after one lesson changed', [NODE, ASTRO, 'build'], env);
    writeFileSync(join(dir, 'portal-rebuild.log'), again.log);
    rebuild = {
      seconds: again.seconds,
      cpuSeconds: again.cpuSeconds,
      peakMb: again.peakMb,
      // Astro says when it throws its content store away; so does the schema check.
      reused: !/Clearing content store|content cache cleared/.test(again.log),
      cards: /share cards: (.*)/.exec(again.log)?.[1] ?? 'no share-card line in the log',
    };
    console.log(`rebuild after one lesson changed: ${again.seconds.toFixed(1)} s`);
  }
  try {
    report();
  } catch (error) {
    console.error(`could not print the results so far: ${String(error)}`);
  }
}
