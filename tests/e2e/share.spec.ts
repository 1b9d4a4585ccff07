import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test, type Page } from '@playwright/test';
import { SITES, siteUrl } from '../support/sites';
import { PAGE_TYPES } from '../support/pages';

// Each lesson, policy and story ends with a QR code of its public address (SITE.url + the
// page's path) and a button that copies that address.

const PUBLIC_ORIGIN = 'https://example.org';

/** Reads the page's QR code the way a phone camera would: from its pixels. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const qr = page.getByRole('img', { name: '本页网址的二维码' });
  await qr.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

for (const type of ['lesson', 'policy', 'story'] as const) {
  test(`the ${type} page's QR code decodes to the page's own address`, async ({ page }) => {
    await page.goto(PAGE_TYPES[type]);
    expect(await decodeQr(page)).toBe(`${PUBLIC_ORIGIN}${PAGE_TYPES[type]}`);
  });
}

test('under a sub-path the QR code carries the sub-path @desktop', async ({ page }) => {
  await page.goto(siteUrl('portal', PAGE_TYPES.lesson));
  expect(await decodeQr(page)).toBe(`${PUBLIC_ORIGIN}${SITES.portal.base}${PAGE_TYPES.lesson.slice(1)}`);
});

test('the copy button puts the page address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGE_TYPES.story);
  await page.getByRole('button', { name: '复制本页链接' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制链接' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PUBLIC_ORIGIN}${PAGE_TYPES.story}`);
});

test('without JavaScript the address is shown and no dead button is', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('sample', PAGE_TYPES.policy));
  await expect(page.locator('[data-share-url]')).toHaveText(`${PUBLIC_ORIGIN}${PAGE_TYPES.policy}`);
  await expect(page.getByRole('button', { name: '复制本页链接' })).toBeHidden();
  await context.close();
});
