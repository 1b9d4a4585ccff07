import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
const [site, port] = process.argv.slice(2);
const { queries } = JSON.parse(readFileSync('tests/fixtures/search/corpus-queries.json', 'utf8')) as { queries: { query: string }[] };
const server = await serveStatic(site!, Number(port));
const browser = await chromium.launch(chromiumLaunchOptions());
const sizes: number[] = [];
for (const { query } of queries) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  let total = 0;
  page.on('requestfinished', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/pagefind/')) return;
    void r.sizes().then((s) => (total += Math.max(0, s.responseBodySize)));
  });
  await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => { const t = document.querySelector('[data-status]')?.textContent ?? ''; return t !== '' && !t.includes('正在搜索') && !document.querySelector('[data-results]')?.hasAttribute('aria-busy'); });
  await page.waitForLoadState('networkidle');
  sizes.push(total);
  await context.close();
}
await browser.close();
server.close();
const s = [...sizes].sort((a, b) => a - b);
console.log(`${site}: median ${Math.round(s[Math.floor(s.length / 2)]! / 1024)} KB, largest ${Math.round(s.at(-1)! / 1024)} KB, ${s.filter((b) => b <= 200 * 1024).length} of ${s.length} <= 200 KB; first query ${Math.round(sizes[0]! / 1024)} KB`);
