import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { runSearch, saysNoAnswer, topPrecision } from '../tests/support/search-runner.ts';
const [site, port, ...queries] = process.argv.slice(2);
const server = await serveStatic(site!, Number(port));
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
const base = `http://127.0.0.1:${port}/`;
for (const q of queries) {
  const o = await runSearch(page, base, { kind: 'x', query: q });
  const p = await topPrecision(page, 5);
  console.log(await page.locator("[data-results]").getAttribute("data-words"), await page.locator("[data-notes]").textContent(), q, o.rank, await saysNoAnswer(page), await page.locator('[data-weak]').isVisible(), await page.locator('[data-status]').textContent(), JSON.stringify(p));
}
await browser.close(); server.close();
