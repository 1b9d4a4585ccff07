import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
const [site, port, ...queries] = process.argv.slice(2);
const server = await serveStatic(site!, Number(port));
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/404.html`);
for (const q of queries) {
  const out = await page.evaluate(async (q) => {
    const path = '/pagefind/pagefind.js';
    const pf = await import(path);
    const r = await pf.search(q);
    const rows = [];
    for (const x of r.results.slice(0, 4)) { const d = await x.data(); rows.push(`${d.meta.title} score=${x.score.toFixed(2)} words=${JSON.stringify(x.words.slice(0, 12))} n=${x.words.length}`); }
    return { n: r.results.length, rows };
  }, q);
  console.log(`### ${q}: ${out.n}`); for (const r of out.rows) console.log('  ' + r);
}
await browser.close(); server.close();
