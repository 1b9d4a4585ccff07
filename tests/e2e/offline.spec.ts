import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from '../support/pages';

// Offline reading through the service worker, on a phone: pages read once stay readable,
// a course saved for offline opens page by page, a new version replaces a saved one, and
// search says it needs the network.

/** Waits until the service worker controls the page and has this address saved. */
async function saved(page: Page, path = new URL(page.url()).pathname) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect.poll(() => page.evaluate((p) => caches.match(p, { ignoreSearch: true }).then(Boolean), path)).toBe(true);
}

test('a lesson read once opens offline, and the page says it is offline @phone', async ({ page, context }) => {
  await page.goto(PAGE_TYPES.lesson);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await saved(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.getByText('当前离线：只能阅读已保存到本机的页面。')).toBeVisible();
  // A page never opened on this device: the offline page, not the browser's error.
  await page.goto('/stories/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一页还没有保存到本机');
  await context.setOffline(false);
});

test('a course saved for offline opens page by page without a connection @phone', async ({ page, context }) => {
  await page.goto(PAGE_TYPES.course);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const lessons = await page
    .locator('[data-lesson-id] a')
    .evaluateAll((links) =>
      links.map((a) => ({ href: (a as HTMLAnchorElement).pathname, text: a.textContent!.replace(/\s+/g, ' ').trim() })),
    );
  expect(lessons.length).toBeGreaterThan(1);
  await page.getByRole('button', { name: '保存本课程，以便离线阅读' }).click();
  await expect(page.getByText(`已保存本课程的 ${lessons.length + 1} 页`)).toBeVisible();

  await context.setOffline(true);
  for (const lesson of lessons) {
    await page.goto(lesson.href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.app-prose').first()).not.toBeEmpty();
    // Styles came from the saved copy too: the page is laid out, not raw HTML.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
  }
  await context.setOffline(false);
});

test('a new version of a page replaces the saved one as soon as it is read online @phone', async ({
  page,
  context,
}) => {
  await page.goto(PAGE_TYPES.policy);
  await saved(page);
  // The next build changed this page.
  await context.route(`**${PAGE_TYPES.policy}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</h1>', '（新版本）</h1>');
    await route.fulfill({ response, body: html });
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('（新版本）');
  await context.unroute(`**${PAGE_TYPES.policy}`);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('（新版本）');
  await context.setOffline(false);
});

test('offline, search says it needs a connection when its index is not saved @phone', async ({ page, context }) => {
  await page.goto('/search/');
  await saved(page, '/search/');
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('searchbox').fill('党费');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.getByText('搜索需要网络连接，当前无法加载搜索索引。')).toBeVisible();
  await context.setOffline(false);
});

test('the site can be added to the home screen: a manifest with its name and start page', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: '流动党员学习园地', start_url: '/', display: 'standalone', lang: 'zh-CN' });
});
