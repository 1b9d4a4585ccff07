/**
 * `npm run bench:lighthouse`: Lighthouse scores with its default mobile preset (a mid-range
 * phone on a slow 4G connection, simulated) for the home, lesson, policy, story and search
 * pages of the sample site, in the same Chromium the tests use, served as a static host would
 * (gzip and the `_headers` of the build). Target: 100 in all four categories on all five.
 *
 *   npm run bench:lighthouse [-- --site <built dist>] [-- --runs 3]
 *
 * Without --site it builds the sample site into .test-builds/bench-pages first. With --runs,
 * each page is measured that many times and the median performance run is reported
 * (timings on a shared machine are noisy; the other categories do not vary).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSample } from './sample-build.ts';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, runs: { type: 'string', default: '1' } } });

const PAGES: Record<string, string> = {
  home: '',
  lesson: 'lessons/constitution-overview/',
  policy: 'policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa/',
  story: 'stories/dongguan-gongdi-dangxiaozu/',
  search: 'search/?q=党费',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = 4471;
const DEBUG_PORT = 9333;

const site = values.site ? resolve(values.site) : buildSample();
const runs = Math.max(1, Number(values.runs));
const server = await serveStatic(site, PORT, '/');
const options = chromiumLaunchOptions();
const browser = await chromium.launch({
  ...options,
  args: [...(options.args ?? []), `--remote-debugging-port=${DEBUG_PORT}`],
});

interface Run {
  scores: Record<string, number>;
  metrics: Record<string, number>;
  failed: string[];
}

async function audit(url: string): Promise<Run> {
  const result = await lighthouse(url, {
    port: DEBUG_PORT,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  // Audits that cost points, so a score under 100 says why.
  const failed = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
  );
  // Which elements moved, when something did.
  const shifts = (lhr.audits['layout-shifts']?.details as { items?: { score: number; node?: { selector?: string } }[] })
    ?.items;
  for (const shift of shifts ?? [])
    failed.push(`layout shift ${shift.score.toFixed(3)}: ${shift.node?.selector ?? '?'}`);
  return {
    scores,
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    },
    failed,
  };
}

const rows = [['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']];
const problems: string[] = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const url = `http://127.0.0.1:${PORT}/${path}`;
    const all: Run[] = [];
    for (let i = 0; i < runs; i += 1) all.push(await audit(url));
    all.sort((a, b) => a.scores.performance! - b.scores.performance!);
    const run = all[Math.floor(all.length / 2)]!;
    const s = run.scores;
    const m = run.metrics;
    rows.push([
      name,
      ...CATEGORIES.map((c) => String(s[c])),
      `${(m.fcp! / 1000).toFixed(2)} s`,
      `${(m.lcp! / 1000).toFixed(2)} s`,
      `${Math.round(m.tbt!)} ms`,
      m.cls!.toFixed(3),
    ]);
    problems.push(...run.failed.map((f) => `${name}: ${f}`));
  }
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, ${runs} run(s) per page`,
);
for (const row of rows)
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
const below = rows.slice(1).filter((row) => row.slice(1, 5).some((score) => score !== '100'));
console.log(
  below.length === 0 ? '\nall five pages at 100 in all four categories' : `\n${below.length} page(s) below 100`,
);
for (const problem of problems) console.log(`  ${problem}`);
