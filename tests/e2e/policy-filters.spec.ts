import { expect, test, type Page } from '@playwright/test';
import { layoutShift } from '../support/pages';

const filters = (page: Page) => page.getByRole('region', { name: '筛选' });
const results = (page: Page) => page.locator('[data-results] > li');

/** The number an option label promises, e.g. 已废止（1） → 1. */
async function promised(page: Page, field: string, label: RegExp) {
  const option = filters(page).getByLabel(field).locator('option', { hasText: label });
  return Number((await option.textContent())?.match(/（(\d+)）$/)?.[1]);
}

test('filtering by status lists exactly the documents the option counts, and keeps it in the URL', async ({ page }) => {
  await page.goto('/policies/');
  const expected = await promised(page, '效力状态', /^已废止/);
  expect(expected).toBeGreaterThan(0);
  await filters(page)
    .getByLabel('效力状态')
    .selectOption({ label: `已废止（${expected}）` });
  await expect(page.getByRole('status')).toHaveText(`符合条件的文件 ${expected} 篇`);
  await expect(results(page)).toHaveCount(expected);
  await expect(results(page).first()).toContainText('已废止');
  await expect(page).toHaveURL(/\?status=repealed$/);
  await expect(page.locator('[data-listing]')).toBeHidden();
});

test('filters combine, and work without a search term: in-force documents of one issuer', async ({ page }) => {
  await page.goto('/policies/');
  const issuer = '中共清源县委组织部';
  const byIssuer = await promised(page, '发文机关', new RegExp(`^${issuer}`));
  await filters(page).getByLabel('发文机关').selectOption(issuer);
  await expect(results(page)).toHaveCount(byIssuer);
  await filters(page).getByLabel('效力状态').selectOption('in-force');
  await expect(page).toHaveURL(/status=in-force&issuer=%E4%B8%AD/);
  // Every result matches both filters, and some documents of that issuer are not in force.
  await expect(results(page).filter({ hasNotText: '现行有效' })).toHaveCount(0);
  await expect(results(page).filter({ hasNotText: issuer })).toHaveCount(0);
  const both = await results(page).count();
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(byIssuer);
});

test('the filter state survives a reload and the back button, and reset shows the full list', async ({ page }) => {
  await page.goto('/policies/?year=2024');
  await expect(filters(page).getByLabel('发布年份')).toHaveValue('2024');
  const count2024 = await promised(page, '发布年份', /^2024年/);
  await expect(results(page)).toHaveCount(count2024);
  await filters(page).getByLabel('发布年份').selectOption('2025');
  await expect(page).toHaveURL(/year=2025/);
  await page.goBack();
  await expect(filters(page).getByLabel('发布年份')).toHaveValue('2024');
  await expect(results(page)).toHaveCount(count2024);
  await filters(page).getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('[data-listing]')).toBeVisible();
  await expect(results(page)).toHaveCount(0);
});

test('following a filtered result opens the document', async ({ page }) => {
  await page.goto('/policies/?category=notice');
  await results(page).first().getByRole('link').click();
  await expect(page.getByRole('region', { name: '文件信息' })).toContainText('工作通知');
});

test('without JavaScript there are no filters and the paginated list shows everything', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/');
  await expect(filters(page)).toBeHidden();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(20);
  await expect(page.getByRole('navigation', { name: '分页' })).toBeVisible();
  await context.close();
});

test('the list does not move once the page has loaded: the filters are there from the first paint', async ({
  page,
}) => {
  await page.goto('/policies/');
  await expect(filters(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await layoutShift(page)).toBeLessThan(0.01);
});
