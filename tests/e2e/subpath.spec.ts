import { expect, test } from '@playwright/test';
import { LIBRARY, siteUrl } from '../support/sites';

// The same site built with base '/portal/' and served under that path only.
const start = siteUrl('portal');

// The addresses are the same at any width: checked once (@desktop).
test('under a sub-path every internal link, media file and asset resolves inside the sub-path @desktop', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(start).origin;
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const url = queue.shift()!;
    // Attachments (PDF...) are checked without opening them, which would start a download.
    const head = await page.request.get(url);
    expect(head.status(), url).toBe(200);
    if (!head.headers()['content-type']?.startsWith('text/html')) continue;
    await page.goto(url);
    const hrefs = await page
      .locator('a[href], audio[src], video[src], img[src]')
      .evaluateAll((elements) => elements.map((el) => (el as HTMLAnchorElement).href || (el as HTMLMediaElement).src));
    for (const href of hrefs) {
      const target = new URL(href);
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
  expect(failures).toEqual([]);
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
