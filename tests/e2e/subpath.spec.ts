import { expect, test } from '@playwright/test';
import { LIBRARY, siteUrl } from '../support/sites';

// The same site built with base '/portal/' and served under that path only.
const start = siteUrl('portal');

// The addresses are the same at any width: checked once (@desktop).
test('under a sub-path every internal link, media file and asset resolves inside the sub-path @desktop', async ({
  page,
}) => {
  const origin = new URL(start).origin;
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const url = queue.shift()!;
    // Attachments (PDF...) are checked without opening them, which would start a download.
    const head = await page.request.get(url);
    expect(head.status(), url).toBe(200);
    if (!head.headers()['content-type']?.startsWith('text/html')) continue;
    // The built HTML's own addresses (links, media, stylesheets, scripts), resolved as the browser
    // resolves them (no page sets <base>): reading them from the file rather than rendering every
    // page keeps the walk to seconds. Each is requested once, below.
    const html = await head.text();
    const hrefs = [...html.matchAll(/<(?:a|audio|video|img|source|link|script)\b[^>]*?\s(?:href|src)="([^"]*)"/g)].map(
      (m) => m[1]!.replace(/&amp;/g, '&'),
    );
    for (const href of hrefs) {
      if (/^(mailto|tel|data|blob|javascript):/i.test(href)) continue;
      const target = new URL(href, url);
      if (target.origin !== origin) continue;
      // The portal's law library sits beside it on its origin (tests/support/global-setup.ts): a
      // citation's link into it must answer, and the library's own pages are not walked.
      if (target.pathname.startsWith(LIBRARY.base)) {
        expect((await page.request.get(target.href)).status(), `${target.href} on ${url}`).toBe(200);
        continue;
      }
      expect(target.pathname, `link on ${url}`).toMatch(/^\/portal\//);
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  expect(seen.size).toBeGreaterThan(40);
});

test('under a sub-path the stylesheet and icon load', async ({ page }) => {
  await page.goto(start);
  const stylesheet = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
  expect(stylesheet).toMatch(/^\/portal\//);
  expect(await page.locator('link[rel=icon]').getAttribute('href')).toBe('/portal/favicon.svg');
  // Styles applied: the hero is the accent colour, not the browser default.
  const background = await page
    .locator('section')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});
