import { expect, test } from '@playwright/test';
import { layoutShift, PAGE_TYPES, navigate } from '../support/pages';

test('the main navigation reaches every section and its detail pages @wide', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('身在外地，学习不掉线');

  await navigate(page, '学习课程');
  await expect(page).toHaveURL(/\/courses\/$/);
  await page.getByRole('link', { name: '党章党规学习入门' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党章党规学习入门');
  await page.getByRole('link', { name: /^第 1 课/ }).click();
  await expect(page).toHaveURL(/\/lessons\/constitution-overview\/$/);
  await expect(page.getByRole('heading', { name: '学习目标' })).toBeVisible();

  await navigate(page, '政策文件');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策文件');
  await page.getByRole('main').getByRole('article').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/policies\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('region', { name: '文件信息' })).toContainText('发文机关');

  await navigate(page, '党员故事');
  await page.getByRole('main').getByRole('article').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/stories\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('main')).toContainText('现在工作地');

  await navigate(page, '报到指南');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('报到指南');
  await navigate(page, '关于本站');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于本站');
  await navigate(page, '首页');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('the home page leads to the current course, latest policies and stories @wide', async ({ page }) => {
  await page.goto('/');
  // Before any progress on this device, the course the organization recommends.
  const course = page.getByRole('region', { name: '推荐学习的课程' });
  await course.getByRole('link', { name: '开始学习' }).click();
  await expect(page).toHaveURL(/\/lessons\/constitution-overview\/$/);
  await page.goto('/');
  await expect(page.getByRole('region', { name: '最新政策文件' }).getByRole('article')).toHaveCount(5);
  await expect(page.getByRole('region', { name: '党员故事' }).getByRole('article')).toHaveCount(3);
});

test('the footer gives the organization contact and the page links', async ({ page }) => {
  await page.goto(PAGE_TYPES.story);
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: '0000-1234567' })).toHaveAttribute('href', 'tel:00001234567');
  await footer.getByRole('link', { name: '联系我们' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('联系我们');
});

test('a phone gets a compact menu that opens, and closes on Escape @phone', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: '菜单' });
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: '政策文件' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('a desktop shows the navigation without a menu button @desktop', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: '菜单' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link')).toHaveCount(11);
});

test('without JavaScript the navigation is always shown @wide', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报到指南' })).toBeVisible();
  await context.close();
});

test('an unknown address shows the 404 page with status 404', async ({ page }) => {
  const response = await page.goto(PAGE_TYPES.notFound);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面没有找到');
  await page.getByRole('main').getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('身在外地，学习不掉线');
});

test('nothing moves on a phone when the page scripts start late @phone', async ({ page }) => {
  // A slow connection: the browser paints the first part of the page before the rest, and
  // the scripts at its end, have arrived.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 50,
    downloadThroughput: 3 * 1024,
    uploadThroughput: 3 * 1024,
  });
  await page.goto('/lessons/constitution-overview/', { timeout: 30_000 });
  await page.waitForFunction(() => customElements.get('app-menu') !== undefined);
  const shift = await layoutShift(page);
  expect(shift).toBeLessThan(0.01);
  await expect(page.getByRole('button', { name: '菜单' })).toBeVisible();
});
