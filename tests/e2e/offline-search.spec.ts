import { expect, test } from '@playwright/test';
import { saveCourse } from '../support/offline';
import { PAGE_TYPES } from '../support/pages';

// Search without a connection, on a phone: the search page opens offline and searches the pages
// kept on the device (a course saved for offline reading), and says that its results are those.

test('offline, search finds the words in a saved course and says the rest needs a connection', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(url.href);
  });

  // The course saved with its button, and the search page visited once.
  await page.goto(PAGE_TYPES.course);
  const lessons = await saveCourse(page);
  await page.goto('/search/');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText('输入关键词，或选择筛选条件浏览。');

  await context.setOffline(true);
  // The address of a search opens offline: the page, its scripts, and results from the course.
  await page.goto(`/search/?q=${encodeURIComponent('说明书')}`);
  // The lesson that says it, and the course page, whose list of lessons quotes its summary.
  await expect(status).toHaveText('找到 2 条结果');
  const results = page.locator('[data-results]');
  await expect(results).not.toHaveAttribute('aria-busy');
  // The course page and its lessons, all indexed: the note counts them.
  const note = `当前没有网络，以下结果来自本机已保存的 ${lessons.length + 1} 个页面；其他内容需要联网才能搜索。`;
  await expect(page.locator('[data-notes]')).toHaveText(note);
  const cards = results.locator('.app-card');
  const links = await cards
    .getByRole('link')
    .evaluateAll((found) => found.map((a) => ({ path: (a as HTMLAnchorElement).pathname, title: a.textContent })));
  expect(links).toEqual(
    expect.arrayContaining([
      { path: '/lessons/constitution-overview/', title: '认识党章：全党的根本行为规范' },
      { path: PAGE_TYPES.course, title: '党章党规学习入门' },
    ]),
  );
  expect(lessons).toContain('/lessons/constitution-overview/');
  const lesson = cards.filter({ hasText: '认识党章：全党的根本行为规范' });
  await expect(lesson.locator('p').first()).toHaveText('课程 · 2026年11月20日 · 本机已保存');
  await expect(lesson.locator('mark')).toHaveText(['说明书']);
  await expect(lesson.locator('p').last()).toContainText('随身带着的“说明书”');
  await expect(cards.locator('mark')).toHaveText(['说明书', '说明书']);

  // A word none of the saved pages holds (试用期 is in another course).
  await page.getByRole('searchbox').fill('试用期');
  await page.getByRole('searchbox').press('Enter');
  await expect(status).toHaveText(
    `本机已保存的 ${lessons.length + 1} 个页面中没有找到结果。搜索其他内容需要网络连接。`,
  );
  await expect(results.locator('li')).toHaveCount(0);
  await expect(page.locator('[data-notes]')).toBeEmpty();

  // The result opens from the device too.
  await page.getByRole('searchbox').fill('说明书');
  await page.getByRole('searchbox').press('Enter');
  await lesson.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('认识党章：全党的根本行为规范');
  await context.setOffline(false);
  expect(elsewhere).toEqual([]);
});
