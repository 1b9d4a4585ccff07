import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
const [site, port, ...queries] = process.argv.slice(2);
const server = await serveStatic(site!, Number(port));
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/search/`);
for (const q of queries) {
  const out = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    const r = await pf.search(q);
    const rows = [];
    for (const x of r.results.slice(0, 50)) {
      const d = await x.data();
      const text = d.raw_content.replace(/\u200b/g, '');
      rows.push(`${d.meta.title} | has=${q.split(' ').map((w: string) => text.includes(w) ? 1 : 0).join('')} | ${d.excerpt.slice(0, 80)}`);
    }
    return { n: r.results.length, rows };
  }, q);
  console.log(`\n### ${q}: ${out.n}`);
  for (const r of out.rows) console.log('  ' + r);
}
await browser.close();
server.close();
