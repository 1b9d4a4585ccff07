import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// "保存为图片" on a guided answer's outcome: the card is drawn on the phone and downloaded as a
// PNG whose QR code leads back to the page, without a single request leaving the page.

const PUBLIC_ORIGIN = 'https://example.org';
const OUTCOME = PAGE_TYPES.answerOutcome;

// The offline support saves the first page of a visit (and its files) once the browser is idle,
// whenever that is: without the service worker it does not, so every request seen here would be
// the save's own.
test.use({ serviceWorkers: 'block' });

test('the outcome card is saved as a phone-sized image whose QR code opens the page, with nothing sent @phone', async ({
  page,
}) => {
  await page.goto(OUTCOME);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  const button = page.getByRole('button', { name: '保存为图片' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^我该怎么办-leaving-home-[a-z0-9-]+\.png$/);
  await expect(
    page.getByRole('status').filter({ hasText: `已保存图片：${download.suggestedFilename()}` }),
  ).toBeVisible();

  const png = PNG.sync.read(await readFile(await download.path()));
  expect(png.width).toBe(1080);
  expect(png.height).toBeGreaterThan(1080);
  // Not blank: a red band across the top (with the site name), dark text and modules below it.
  const bandRows = 100;
  let dark = 0;
  let red = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    const inBand = i / 4 < bandRows * png.width;
    if (!inBand && r < 80 && g < 80 && b < 80) dark += 1;
    if (inBand && r > 150 && g < 80 && b < 80) red += 1;
  }
  expect(red / (bandRows * png.width)).toBeGreaterThan(0.8);
  expect(dark / ((png.height - bandRows) * png.width)).toBeGreaterThan(0.02);

  // A phone camera reading the saved image opens this very page.
  const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(qr?.data).toBe(`${PUBLIC_ORIGIN}${OUTCOME}`);
  expect(requests).toEqual([]);
});

test('without JavaScript there is no save button, only the print card @phone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto(siteUrl('sample', OUTCOME));
  await expect(page.getByRole('heading', { level: 2, name: '怎么做' })).toBeVisible();
  await expect(page.getByRole('button', { name: '保存为图片' })).toHaveCount(0);
  await context.close();
});
