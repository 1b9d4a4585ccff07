/**
 * `npm run bench:build`: imports the whole law corpus, builds the portal from it (site and
 * Pagefind index) and, in the same run, a bare Astro build of the same Markdown files with a
 * minimal layout plus its Pagefind index, then prints wall time and peak memory per phase.
 *
 *   npm run bench:build [-- --corpus ../shared/corpus/laws-cn]
 *
 * Peak memory is the largest resident set of any one process in the phase (GNU time's %M).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { writeWholeCivilCode } from '../tests/support/civil-code.ts';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ASTRO, NODE, PAGEFIND_BIN, printTable, run, ROOT, size, type Phase } from './bench/run.ts';

const root = ROOT;
const { values } = parseArgs({
  options: { corpus: { type: 'string', default: resolve(root, '../shared/corpus/laws-cn') } },
});
const corpus = resolve(values.corpus!);
if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);

const node = NODE;
const astro = ASTRO;
const pagefindBin = PAGEFIND_BIN;

mkdirSync(join(root, '.test-builds'), { recursive: true });
const work = mkdtempSync(join(root, '.test-builds', 'bench-'));
const content = join(work, 'content');
for (const collection of ['courses', 'lessons', 'stories', 'pages'])
  mkdirSync(join(content, collection), { recursive: true });

const siteEnv = { CONTENT_DIR: content, ASTRO_OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache') };
const bareEnv = {
  CONTENT_DIR: content,
  ASTRO_OUT_DIR: join(work, 'bare-dist'),
  ASTRO_CACHE_DIR: join(work, 'bare-cache'),
};

console.log(`corpus: ${corpus}\nwork folder: ${work}\n`);
const phases: Phase[] = [];
phases.push(run('import', [node, join(root, 'scripts/import.ts'), corpus, '--out', join(content, 'policies')]));
// Plus the longest document a site may hold: the whole Civil Code (1,260 articles) in one entry.
run('import whole Civil Code', [
  node,
  join(root, 'scripts/import.ts'),
  writeWholeCivilCode(corpus, work),
  '--out',
  join(content, 'policies'),
]);
phases.push(run('portal build + index', [node, astro, 'build'], siteEnv));
phases.push(run('bare build', [node, astro, 'build', '--root', join(root, 'bench/bare')], bareEnv));
phases.push(run('bare index', [pagefindBin, '--site', join(work, 'bare-dist')]));

const pages = Number(/(\d+) page\(s\) built/.exec(phases[1]!.log)?.[1] ?? NaN);
const indexMs = Number(/indexed \d+ pages in (\d+) ms/.exec(phases[1]!.log)?.[1] ?? NaN);
const imported = readdirSync(join(content, 'policies')).length;
const [, site, bare, bareIndex] = phases as [Phase, Phase, Phase, Phase];
const siteOnly = site.seconds - indexMs / 1000;

printTable([
  ['phase', 'wall s', 'peak MB', 'all procs MB'],
  ...phases.map((p) => [
    p.name,
    p.seconds.toFixed(1),
    p.peakMb?.toFixed(0) ?? 'n/a',
    p.totalPeakMb?.toFixed(0) ?? 'n/a',
  ]),
  ['  of which Pagefind after rendering', (indexMs / 1000).toFixed(1), '', ''],
]);
console.log('');
console.log(`documents imported          ${imported}`);
console.log(`pages built                 ${pages} (${(pages / siteOnly).toFixed(0)} pages/s without the index)`);
console.log(`dist size                   ${(size(join(work, 'dist')) / 1e6).toFixed(1)} MB`);
console.log(`search index size           ${(size(join(work, 'dist/pagefind')) / 1e6).toFixed(1)} MB`);
console.log(`portal / bare (site+index)  ${(site.seconds / (bare.seconds + bareIndex.seconds)).toFixed(2)}x`);
console.log(`portal / bare (site only)   ${(siteOnly / bare.seconds).toFixed(2)}x`);

// The long document: what a reader downloads, and how the page behaves in Chromium. The 民法典
// is served as a contents page and parts (src/lib/policy-parts.ts); the print handout holds the
// whole text, as the one page used to.
const codeDir = join(work, 'dist/policies/min-fa-dian');
const cssFiles = readdirSync(join(work, 'dist/_astro')).filter((f) => f.endsWith('.css'));
const css = Buffer.concat(cssFiles.map((f) => readFileSync(join(work, 'dist/_astro', f))));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const parts = readdirSync(codeDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'print')
  .map((d) => ({ name: d.name, html: readFileSync(join(codeDir, d.name, 'index.html')) }));
const contents = readFileSync(join(codeDir, 'index.html'));
const whole = readFileSync(join(codeDir, 'print/index.html'));
const largest = parts.reduce((a, b) => (gz(b.html) > gz(a.html) ? b : a), parts[0]!);
console.log('');
console.log(
  `民法典 (1,260 articles): contents page HTML ${kb(contents.length)} (${kb(gz(contents))} gzip); ${parts.length} parts, largest ${largest.name} HTML ${kb(largest.html.length)} (${kb(gz(largest.html))} gzip); CSS ${kb(css.length)} (${kb(gz(css))} gzip); whole text (print handout) ${kb(whole.length)} (${kb(gz(whole))} gzip)`,
);

const server = await serveStatic(join(work, 'dist'), 4460);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
  // Chromium's own counters: time spent in layout, style, script and tasks for the load.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map(
        (m) => [m.name, m.value],
      ),
    );
  const timings: string[] = [];
  for (const target of ['', '#art-1260']) {
    const before = await metric();
    await page.goto(`http://127.0.0.1:4460/policies/min-fa-dian/${target}`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = await metric();
    const ms = (name: string) => ((after[name]! - before[name]!) * 1000).toFixed(0);
    const load = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    );
    timings.push(
      `${target || 'top'}: load ${load.toFixed(0)} ms (layout ${ms('LayoutDuration')} ms, style ${ms('RecalcStyleDuration')} ms, script ${ms('ScriptDuration')} ms, all tasks ${ms('TaskDuration')} ms)`,
    );
  }
  console.log(
    `民法典 in Chromium (phone viewport: contents page, and an old address of the last article) — ${timings.join('; ')}`,
  );
} finally {
  await browser.close();
  server.close();
}
