import { deflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// Progress moves to a new phone by QR code: the old phone's 我的学习 draws a code holding the
// record in the address's fragment; the new phone opens it, is offered the import (validated as
// a file import is), and merges, so that neither phone loses anything.

const LESSON = PAGE_TYPES.lesson; // constitution-overview
const ME = siteUrl('sample', '/me/');
/** What axe finds wrong inside `selector`. */
const violations = async (page: Page, selector: string) => axeViolations(page, { include: selector });
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('app-progress'));
const lessonsOf = async (page: Page) =>
  Object.keys(JSON.parse((await stored(page)) ?? '{"lessons":{}}').lessons).sort();

/** A phone of its own: storage not shared with any other context. */
const newPhone = (browser: { newContext: (options: object) => Promise<BrowserContext> }) =>
  browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });

/** The address a drawn QR code carries, read from the pixels of its screenshot. */
async function scan(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.getByRole('img', { name: '含有本机学习记录的二维码' }).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Marks the lesson at `index` of the sample's first course done on `page`; its title. */
async function finishLesson(page: Page, index: number): Promise<string> {
  await page.goto(PAGE_TYPES.course);
  await page.locator('[data-lesson-id]').nth(index).getByRole('link').click();
  await page.getByRole('button', { name: '标记为已学完' }).click();
  return (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
}

test('a QR code on 我的学习 moves the record to another phone, merged with its own; a tampered code is refused', async ({
  page,
  browser,
}) => {
  // The old phone, in the largest text and high contrast: one lesson done, another opened.
  await page.goto(LESSON);
  await page.getByRole('button', { name: '字号' }).click();
  await page.getByRole('radio', { name: '特大' }).check();
  await page.getByRole('checkbox', { name: '高对比度' }).check();
  await page.getByRole('button', { name: '标记为已学完' }).click();
  await page.goto(PAGE_TYPES.course);
  await page.locator('[data-lesson-id]').nth(1).getByRole('link').click();
  await expect(page.getByRole('button', { name: '标记为已学完' })).toBeVisible();
  await page.goto('/me/');
  const oldRecord = await stored(page);
  // The page's own scripts have all arrived: what comes next, the click brought.
  await page.waitForLoadState('networkidle');
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.getByRole('button', { name: '显示学习记录二维码' }).click();
  const url = await scan(page);
  // The encoder came with the click, from the site itself (its module, and the qrcode chunk it
  // shares with the article share cards).
  expect(scripts.some((path) => /\/qr-svg\.[^/]+\.js$/.test(path))).toBe(true);
  expect(scripts.filter((path) => !/\/_astro\/(qr-svg|qrcode)\.[^/]+\.js$/.test(path))).toEqual([]);
  expect(url).toMatch(new RegExp(`^${ME}#progress=[A-Za-z0-9_-]+$`));
  expect(await violations(page, '[data-backup]')).toEqual([]);

  // The new phone, which has a record of its own.
  const other = await newPhone(browser);
  const phone = await other.newPage();
  const ownTitle = await finishLesson(phone, 2);
  const ownRecord = await stored(phone);
  const offer = phone.getByRole('region', { name: '从另一部手机转来的学习记录' });

  // A code whose data was changed on the way, and one packed by someone else with an address off
  // the site: each refused in Chinese, nothing stored. (The same validation as a file import.)
  const data = url!.split('#progress=')[1]!;
  const middle = Math.floor(data.length / 2);
  const damaged = data.slice(0, middle) + (data[middle] === 'A' ? 'B' : 'A') + data.slice(middle + 1);
  const phish = deflateSync(
    JSON.stringify({
      version: 1,
      autoComplete: false,
      lessons: { phish: { title: '继续学习', url: '//foreign.example/', course: 'party-constitution-basics' } },
    }),
  ).toString('base64url');
  for (const [fragment, message] of [
    [damaged, '二维码中的学习记录不完整或已损坏，没有导入，本机的记录保持不变。请在原来的手机上重新显示二维码再扫描。'],
    [phish, '二维码中的学习记录有误（“phish”这一课的网址不是本站的地址），没有导入，本机的记录保持不变。'],
  ] as const) {
    await phone.goto(`${ME}#progress=${fragment}`);
    await expect(offer.getByRole('alert')).toHaveText(message);
    await expect(offer.getByRole('button', { name: '导入并合并' })).toBeHidden();
    expect(await stored(phone)).toBe(ownRecord);
  }

  await phone.goto(url!);
  await expect(offer).toContainText('二维码里有 2 课的学习记录，其中 1 课已学完。');
  expect(await violations(phone, '[data-transfer]')).toEqual([]);
  // Read once: the record has left the address.
  expect(phone.url()).toBe(ME);
  await offer.getByRole('button', { name: '导入并合并' }).click();
  await expect(offer.getByRole('status')).toHaveText('已导入 2 课的学习记录，并与本机原有的记录合并。');
  const rows = phone.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(phone.getByRole('table')).toContainText(ownTitle);
  const merged = JSON.parse((await stored(phone))!).lessons;
  for (const [id, lesson] of Object.entries(JSON.parse(oldRecord!).lessons)) expect(merged[id]).toEqual(lesson);
  for (const [id, lesson] of Object.entries(JSON.parse(ownRecord!).lessons)) expect(merged[id]).toEqual(lesson);
  expect(await lessonsOf(page)).toEqual(Object.keys(JSON.parse(oldRecord!).lessons).sort());
  await phone.reload();
  await expect(offer).toBeHidden();

  // A record too large for one code: said so, and the file export is offered instead.
  const lessons = Object.fromEntries(
    Array.from({ length: 400 }, (_, i) => [
      `lesson-${i}`,
      { title: `第${i + 1}课`, url: `/lessons/lesson-${i}/`, course: 'c', done: '2026-01-05' },
    ]),
  );
  await phone.getByLabel('导入学习记录').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, autoComplete: false, lessons })),
  });
  await phone.getByRole('button', { name: '显示学习记录二维码' }).click();
  await expect(phone.getByRole('alert').filter({ hasText: '一个二维码放不下' })).toHaveText(
    '本机有 403 课的学习记录，一个二维码放不下。请用“导出学习记录”导出文件，发到新手机后在那里导入。',
  );
  await expect(phone.getByRole('button', { name: '导出学习记录' })).toBeFocused();
  await expect(phone.getByRole('img', { name: '含有本机学习记录的二维码' })).toBeHidden();
  await other.close();
});
