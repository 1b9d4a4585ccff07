import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type APIRequestContext } from '@playwright/test';
import { PNG } from 'pngjs';
import { chromiumLaunchOptions } from '../support/browser';
import { siteUrl } from '../support/sites';

// "Add to home screen": Chromium itself judges whether the built site is installable, and the
// icons the manifest and the head name are the PNGs of the sizes they claim.

async function png(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toMatch(/^image\/png/);
  return PNG.sync.read(await response.body());
}

test('Chromium reports the site as installable, with no manifest error @phone', async () => {
  // Playwright's usual contexts are incognito, where Chromium never offers to install: use a
  // profile of its own, as a reader's browser has.
  const profile = mkdtempSync(join(tmpdir(), 'install-'));
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
  try {
    const page = await context.newPage();
    await page.goto(siteUrl('sample'));
    // The service worker registers after load; installability is judged with it in place.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(siteUrl('sample', 'manifest.webmanifest'));
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the manifest names PNG icons of 192 and 512 pixels and a maskable one, each of the size it states', async ({
  request,
}) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
  expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of pngs) {
    const image = await png(request, icon.src);
    expect(`${image.width}x${image.height}`, icon.src).toBe(icon.sizes);
    // A maskable icon is cropped to any shape: it must be opaque to its corners.
    const cornerAlpha = image.data[3];
    expect(cornerAlpha, `${icon.src} corner`).toBe(icon.purpose === 'maskable' ? 255 : 0);
  }
});

test('the head links an opaque 180-pixel apple-touch-icon for iPhones', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect(href).toBe('/icons/apple-touch-icon.png');
  const image = await png(request, href!);
  expect([image.width, image.height]).toEqual([180, 180]);
  for (let i = 3; i < image.data.length; i += 4)
    if (image.data[i] !== 255) throw new Error(`transparent pixel ${i >> 2}`);
});
