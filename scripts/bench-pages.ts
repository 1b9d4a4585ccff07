/**
 * `npm run bench:pages`: the weight of each page type of the sample site as built: HTML, CSS
 * and JS, raw and gzip (level 9, as a host compresses), against the budgets for lesson and
 * policy pages (at most 30 KB gzip of HTML+CSS and 15 KB gzip of JS). Script counts both
 * inline scripts and the module files a page loads at start (not files it imports on demand,
 * such as Pagefind on the search page, whose cost bench:search reports). The site's own files a
 * page imports on demand (the QR encoder of 我的学习, the Traditional script switch...) are
 * listed below the table.
 *
 *   npm run bench:pages [-- --site <built dist>]
 *
 * Then the share cards (/cards/…png): how many, their sizes against the 150 KB ceiling, the time
 * one takes to render on this machine, and what cards for every policy article (第X条) would
 * add to the build, which is why articles have none (README, 分享图片).
 *
 * Without --site it builds the sample site into .test-builds/bench-pages first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSample } from './sample-build.ts';
import { gzipSync } from 'node:zlib';
import { CARD_MAX_BYTES, renderCard } from '../src/lib/share-card.ts';

const { values } = parseArgs({ options: { site: { type: 'string' } } });

const site = values.site ? resolve(values.site) : buildSample();
const PAGES: Record<string, string> = {
  home: '',
  lesson: 'lessons/constitution-overview/',
  'lesson handout': 'lessons/constitution-overview/print/',
  policy: 'policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa/',
  story: 'stories/dongguan-gongdi-dangxiaozu/',
  search: 'search/',
  'policy list': 'policies/',
  me: 'me/',
};
const BUDGET = { htmlCss: 30 * 1024, js: 15 * 1024 };

const gz = (text: Buffer | string) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(1);
const fileOf = (href: string) => join(site, href.replace(/^\/+/, '').split(/[?#]/)[0]!);

/** Module files and everything they import statically (dynamic import() is loaded on demand). */
function withStaticImports(files: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = files.filter((file) => existsSync(file));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g))
      queue.push(join(dirname(file), m[1]!));
  }
  return seen;
}

/** The site's module files that `files` import on demand (import("./x.js")), with what those import. */
function onDemand(files: Set<string>): Set<string> {
  const later = new Set<string>();
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g))
      for (const found of withStaticImports([join(dirname(file), m[1]!)])) if (!files.has(found)) later.add(found);
  return later;
}

const later: string[] = [];
const rows = [['page', 'HTML', 'CSS', 'JS', 'HTML+CSS gz', 'JS gz', 'budget']];
for (const [name, path] of Object.entries(PAGES)) {
  const html = readFileSync(join(site, path, 'index.html'));
  const text = html.toString();
  const css = Buffer.concat(
    [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(fileOf(m[1]!))),
  );
  const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const modules = withStaticImports([...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => fileOf(m[1]!)));
  const external = [...modules].map((file) => readFileSync(file));
  const extra = [...onDemand(modules)].map((file) => {
    const code = readFileSync(file);
    return `${file.split('/').pop()!.split('.')[0]} ${kb(code.length)} KB (${kb(gz(code))} KB gzip)`;
  });
  if (extra.length > 0) later.push(`${name}: ${extra.join(', ')}`);
  const js = Buffer.concat([Buffer.from(inline), ...external]);
  const htmlCss = gz(html) + gz(css);
  const jsGz = js.length ? gz(js) : 0;
  const checked = name === 'lesson' || name === 'policy';
  const within = htmlCss <= BUDGET.htmlCss && jsGz <= BUDGET.js;
  rows.push([
    name,
    `${kb(html.length)} KB`,
    `${kb(css.length)} KB`,
    `${kb(js.length)} KB`,
    `${kb(htmlCss)} KB`,
    `${kb(jsGz)} KB`,
    checked ? (within ? 'within' : 'OVER') : '-',
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows)
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
if (later.length > 0) console.log(`\nloaded only when asked for:\n  ${later.join('\n  ')}`);
console.log(`\nbudget (lesson, policy): HTML+CSS ≤ ${kb(BUDGET.htmlCss)} KB gzip, JS ≤ ${kb(BUDGET.js)} KB gzip`);

// Share cards.
const cardsDir = join(site, 'cards');
const cards = readdirSync(cardsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.png'))
  .map((file) => ({ file, bytes: statSync(join(cardsDir, file)).size }))
  .sort((a, b) => a.bytes - b.bytes);
const median = (values: number[]) => values[Math.floor(values.length / 2)]!;
const byType = Object.entries(
  Object.groupBy(cards, (card) => card.file.split('/')[0]!) as Record<string, typeof cards>,
).map(([type, list]) => `${type} ${list.length}`);
const over = cards.filter((card) => card.bytes > CARD_MAX_BYTES);
console.log(
  `\nshare cards: ${cards.length} (${byType.join(', ')}), ${kb(cards[0]!.bytes)}–${kb(cards.at(-1)!.bytes)} KB, ` +
    `median ${kb(median(cards.map((c) => c.bytes)))} KB, largest ${cards.at(-1)!.file}; ` +
    (over.length
      ? `OVER ${kb(CARD_MAX_BYTES)} KB: ${over.map((c) => c.file).join(', ')}`
      : `all ≤ ${kb(CARD_MAX_BYTES)} KB`),
);

// One card's render time (median of five, after a first that loads the fonts), and what a card
// per article would cost: the articles are the anchored 第X条 of the built policy pages.
const sample = {
  site: '流动党员学习园地',
  eyebrow: '清组发〔2025〕12号',
  title: '清源县流动党员教育管理服务办法',
  quote: '第十条 流动党员应当主动与流出地党组织保持经常性联系，每季度至少汇报一次思想、工作和学习情况。'.repeat(3),
  scanHint: '长按或扫描二维码，打开本页学习',
  url: 'https://example.org/policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa/#art-10',
};
await renderCard(sample);
const times: number[] = [];
for (let i = 0; i < 5; i += 1) {
  const start = performance.now();
  await renderCard(sample);
  times.push(performance.now() - start);
}
const perCard = median(times.sort((a, b) => a - b));
const policyDir = join(site, 'policies');
let articles = 0;
for (const file of readdirSync(policyDir, { recursive: true, encoding: 'utf8' }))
  if (file.endsWith('index.html'))
    articles += readFileSync(join(policyDir, file), 'utf8').match(/class="app-article-link"/g)?.length ?? 0;
const meanBytes = cards.reduce((sum, card) => sum + card.bytes, 0) / cards.length;
console.log(
  `one card: ${perCard.toFixed(0)} ms to render here (one at a time); cards for the ${articles} policy articles would add ` +
    `about ${((articles * perCard) / 1000).toFixed(0)} s to a build and ${((articles * meanBytes) / 1024 / 1024).toFixed(1)} MB to the site`,
);
