import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { searchInPage } from '../tests/support/search-runner.ts';
const [site, port, ...queries] = process.argv.slice(2);
const server = await serveStatic(site!, Number(port));
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
await page.goto(`http://127.0.0.1:${port}/search/`);
for (const q of queries) {
  await searchInPage(page, q);
  const out = await page.evaluate(() => ({
    status: document.querySelector('[data-status]')?.textContent,
    notes: [...document.querySelectorAll('[data-notes] li')].map((l) => l.textContent),
    rows: [...document.querySelectorAll('[data-results] > li')].slice(0, 6).map((li) => li.innerText.replace(/\n+/g, ' ⏎ ').slice(0, 260)),
    weak: (document.querySelector("[data-weak]") as HTMLElement)?.hidden === false ? document.querySelector("[data-weak]")!.textContent : "",
    words: document.querySelector('[data-results]')?.getAttribute('data-words'),
    marks: [...new Set([...document.querySelectorAll('[data-results] mark')].map((m) => m.textContent))],
  }));
  console.log(`\n### ${q}: ${out.status} ${out.notes.join(' / ')} marks=${out.marks.join(',')} weak=${out.weak} words=${out.words}`);
  for (const r of out.rows) console.log('  - ' + r);
}
await browser.close();
server.close();
