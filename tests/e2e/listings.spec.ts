import { expect, test, type Page } from '@playwright/test';

async function listedDates(page: Page): Promise<string[]> {
  return page
    .getByRole('main')
    .getByRole('article')
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
}

test('the policy listing shows 20 a page, newest first, with pages linked both ways', async ({ page }) => {
  await page.goto('/policies/');
  const total = Number((await page.getByText(/^共 \d+ 篇$/).textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(20);
  const first = await listedDates(page);
  expect(first).toHaveLength(20);

  const pager = page.getByRole('navigation', { name: '分页' });
  await expect(pager.getByRole('link', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page');
  await pager.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/\/policies\/page\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策文件（第 2 页）');
  const second = await listedDates(page);
  expect(first.length + second.length).toBe(Math.min(total, 40));

  const all = [...first, ...second];
  expect(all).toEqual([...all].sort().reverse());

  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '上一页' }).click();
  await expect(page).toHaveURL(/\/policies\/$/);
});

test('a policy shows its metadata and status, and a repealed one points to its replacement', async ({ page }) => {
  await page.goto('/policies/liudong-dangyuan-guanli-zanxing-banfa/');
  const meta = page.getByRole('region', { name: '文件信息' });
  // The number stands above the title, once; the status in the facts below it, once.
  await expect(page.getByRole('main').getByText(/^清组发/)).toHaveCount(1);
  await expect(meta).not.toContainText('清组发');
  await expect(meta).toContainText('已废止');
  const banner = page.getByRole('note');
  await expect(banner).toContainText('已被以下文件废止');
  await banner.getByRole('link').click();
  await expect(page).toHaveURL(/\/policies\/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa\/$/);
  await expect(page.getByRole('region', { name: '相关文件' })).toContainText('清源县流动党员管理暂行办法');
});

test('stories list newest first and show where the member works and comes from', async ({ page }) => {
  await page.goto('/stories/');
  const dates = await listedDates(page);
  expect(dates.length).toBeGreaterThanOrEqual(6);
  expect(dates).toEqual([...dates].sort().reverse());
  await page.getByRole('link', { name: /东莞/ }).first().click();
  await expect(page.getByRole('main')).toContainText('家乡');
  await expect(page.getByRole('main')).toContainText('本文经讲述人同意发布');
});

test('drafts and future-dated entries are not published', async ({ page, request }) => {
  for (const path of [
    '/stories/draft-hangzhou-dianshang-xiaowang/',
    '/policies/draft-jifenzhi-guanli-zhengqiu-yijian/',
    '/policies/dongchunji-zoufang-weiwen-tongzhi/',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  await page.goto('/stories/');
  await expect(page.getByRole('main')).not.toContainText('draft');
});
