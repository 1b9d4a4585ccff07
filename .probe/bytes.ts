import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
const [site, port, ...queries] = process.argv.slice(2);
const server = await serveStatic(site!, Number(port));
const browser = await chromium.launch(chromiumLaunchOptions());
for (const q of queries) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const kinds: Record<string, number> = {};
  page.on('requestfinished', (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    const kind = path.includes('/fragment/') ? 'fragment' : path.includes('/index/') ? 'index' : path.includes('/filter/') ? 'filter' : path.split('/').pop()!.replace(/[._][0-9a-f]{6,}.*$/, '');
    void r.sizes().then((s) => (kinds[kind] = (kinds[kind] ?? 0) + s.responseBodySize));
  });
  await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => { const t = document.querySelector('[data-status]')?.textContent ?? ''; return t !== '' && !t.includes('正在搜索') && !document.querySelector('[data-results]')?.hasAttribute('aria-busy'); });
  await page.waitForLoadState('networkidle');
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  console.log(q, Math.round(total / 1024), 'KB', Object.entries(kinds).map(([k, v]) => `${k}:${Math.round(v / 1024)}`).join(' '));
  await context.close();
}
await browser.close();
server.close();
