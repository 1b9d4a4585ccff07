import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// Study progress lives in this browser only: marked lessons, course bars, "continue", the
// 我的学习 page with its study record, and a backup that can be exported and imported.

const LESSON_A = PAGE_TYPES.lesson; // constitution-overview, first lesson of party-constitution-basics
const COURSE = PAGE_TYPES.course;
const today = () => new Date().toISOString().slice(0, 10);
/** Today as the site writes a date: 2026年11月28日. */
const todayInWords = () => {
  const [y, m, d] = today().split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

test('marking a lesson done shows across reloads, the course page, the home page and 我的学习 @phone', async ({
  page,
}) => {
  await page.goto(LESSON_A);
  const lessonTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const mark = page.getByRole('button', { name: '标记为已学完' });
  await mark.click();
  await expect(page.getByRole('button', { name: '已学完（点此取消）' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: '已学完（点此取消）' })).toBeVisible();

  await page.goto(COURSE);
  const total = await page.locator('[data-lesson-id]').count();
  await expect(page.getByText(`已学完 1 / ${total} 课`)).toBeVisible();
  await expect(page.locator('[data-lesson-id="constitution-overview"] [data-done-mark]')).toBeVisible();
  await expect(
    page.locator('[data-lesson-id]:not([data-lesson-id="constitution-overview"]) [data-done-mark]').first(),
  ).toBeHidden();

  // Open the second lesson, leave it unfinished: the home page offers to continue it.
  await page.locator('[data-lesson-id]').nth(1).getByRole('link').click();
  const secondTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  // The visit is recorded when the lesson's script starts, which also shows this button.
  await expect(page.getByRole('button', { name: '标记为已学完' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('region', { name: '继续学习' }).getByRole('link', { name: secondTitle })).toBeVisible();

  await page.goto('/me/');
  const record = page.getByRole('table');
  await expect(record.getByRole('row').nth(1)).toContainText(lessonTitle);
  await expect(record.getByRole('row').nth(1)).toContainText(todayInWords());
  await expect(page.getByRole('region', { name: '最近学习' }).getByRole('link')).toHaveText([secondTitle, lessonTitle]);
});

test('reaching the end of a lesson marks it done, once the member has opted in @phone', async ({ page }) => {
  await page.goto(LESSON_A);
  await page.getByRole('checkbox', { name: '读到这里时自动标记为已学完' }).check();
  await page.goto(COURSE);
  await page.locator('[data-lesson-id]').nth(2).getByRole('link').click();
  const done = page.getByRole('button', { name: '已学完（点此取消）' });
  await expect(done).toBeHidden();
  await page
    .getByRole('button', { name: '已学完（点此取消）' })
    .or(page.getByRole('button', { name: '标记为已学完' }))
    .scrollIntoViewIfNeeded();
  await expect(done).toBeVisible();
});

test('export, clear the browser, import: the record comes back; a corrupt file is refused and loses nothing @phone', async ({
  page,
}) => {
  await page.goto(LESSON_A);
  await page.getByRole('button', { name: '标记为已学完' }).click();
  await page.goto('/me/');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出学习记录' }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported).lessons['constitution-overview'].done).toBe(today());

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('还没有学完的课。')).toBeVisible();

  await page
    .getByLabel('导入学习记录')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await expect(rows).toHaveCount(2);

  const before = await page.evaluate(() => localStorage.getItem('app-progress'));
  for (const corrupt of [
    '{ not json',
    '{"version":1,"autoComplete":false,"lessons":{"x":{"done":"yesterday"}}}',
    '[]',
  ]) {
    await page
      .getByLabel('导入学习记录')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(corrupt) });
    await expect(page.getByRole('alert').filter({ hasText: '这个文件不是本站导出的学习记录' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('app-progress'))).toBe(before);
    await expect(rows).toHaveCount(2);
  }
  await page.reload();
  await expect(rows).toHaveCount(2);
});

test('without JavaScript the lesson reads the same and 我的学习 says what it needs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('sample', LESSON_A));
  await expect(page.getByRole('button', { name: '标记为已学完' })).toHaveCount(0);
  await page.goto(siteUrl('sample', '/me/'));
  await expect(page.getByText('这一页需要启用 JavaScript')).toBeVisible();
  await context.close();
});

const importStatus = (page: Page) => page.getByRole('region', { name: '备份与恢复' }).getByRole('status');
// A refused import interrupts: an alert, not a status.
const importAlert = (page: Page) => page.getByRole('region', { name: '备份与恢复' }).getByRole('alert');
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('app-progress'));
/** Chooses a backup file holding `lessons` (or the text given) in the import field of 我的学习. */
async function importBackup(page: Page, lessons: Record<string, Record<string, string>> | string) {
  const text = typeof lessons === 'string' ? lessons : JSON.stringify({ version: 1, autoComplete: false, lessons });
  await page
    .getByLabel('导入学习记录')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a backup whose addresses lead off the site is refused in plain Chinese, and 继续学习 stays on the site @phone', async ({
  page,
}) => {
  await page.goto(LESSON_A);
  await expect(page.getByRole('button', { name: '标记为已学完' })).toBeVisible();
  await page.goto('/me/');
  const before = await stored(page);
  const later = new Date(Date.now() + 86_400_000).toISOString();
  for (const url of ['//foreign.example/phish', '/\\foreign.example', 'https://foreign.example/']) {
    await importBackup(page, {
      phish: { title: '继续学习', url, course: 'party-constitution-basics', visited: later },
    });
    await expect(importAlert(page)).toHaveText(
      '这个文件不是本站导出的学习记录（“phish”这一课的网址不是本站的地址），没有导入，本机的记录保持不变。',
    );
    await expect(importStatus(page)).toBeEmpty();
    expect(await stored(page)).toBe(before);
  }
  await importBackup(page, '{"lessons":{}}');
  await expect(importAlert(page)).toHaveText(
    '这个文件不是本站导出的学习记录（文件的格式不是本站使用的版本），没有导入，本机的记录保持不变。',
  );
  await expect(importAlert(page)).not.toContainText('undefined');
  await page.goto('/');
  await expect(page.getByRole('region', { name: '继续学习' }).locator('[data-continue-link]')).toHaveAttribute(
    'href',
    LESSON_A,
  );
});

test('a course id such as constructor shows as itself in the study record @phone', async ({ page }) => {
  await page.goto('/me/');
  await importBackup(page, {
    constructor: { title: '一课', url: LESSON_A, course: 'constructor', done: '2026-01-05' },
  });
  await expect(importStatus(page)).toHaveText(/^已导入 1 课/);
  const row = page.getByRole('table').getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText(['constructor', '一课', '2026年1月5日']);
  await expect(page.getByRole('table')).not.toContainText('function');
});

test('an import joins this device’s record; replacing it asks first, in Chinese @phone', async ({ page }) => {
  await page.goto(LESSON_A);
  await page.getByRole('button', { name: '标记为已学完' }).click();
  await page.goto('/me/');
  await expect(page.getByText('导入的记录与本机现有的记录合并')).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  // A backup from another phone, where another lesson was finished.
  const otherPhone = {
    'lesson-from-another-phone': {
      title: '另一部手机上学完的课',
      url: '/lessons/lesson-from-another-phone/',
      course: 'party-constitution-basics',
      done: '2026-01-05',
    },
  };
  await importBackup(page, otherPhone);
  await expect(importStatus(page)).toHaveText('已导入 1 课的学习记录，并与本机原有的记录合并。');
  await expect(rows).toHaveCount(3);

  await page.getByRole('checkbox', { name: '导入时用文件替换本机的全部记录（不合并）' }).check();
  const dialogs: string[] = [];
  page.once('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await importBackup(page, otherPhone);
  await expect(importStatus(page)).toHaveText('没有导入，本机的记录保持不变。');
  expect(dialogs).toEqual(['本机现有 2 课的学习记录将被文件中的记录替换，替换后无法恢复。确定替换吗？']);
  await expect(rows).toHaveCount(3);

  page.once('dialog', (dialog) => void dialog.accept());
  await importBackup(page, otherPhone);
  await expect(importStatus(page)).toHaveText('已导入 1 课的学习记录，本机原有的记录已被替换。');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('另一部手机上学完的课');
});
