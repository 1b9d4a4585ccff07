import { expect, test } from '@playwright/test';

const AMENDED_2024 = '/policies/liudong-dangyuan-kunnan-bangfu-banfa-2024/';
const BANFA = '/policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa/';

test('every article has a stable anchor, 第十条之一 included', async ({ page }) => {
  await page.goto(`${AMENDED_2024}#art-10-1`);
  // The id is on the article's number; the paragraph it opens is the article.
  const article = page.locator('.app-article', { has: page.locator('#art-10-1') });
  await expect(article).toContainText(/^第十条之一/);
  await expect(article).toBeInViewport();
  await expect(page.locator('#art-10')).toHaveText('第十条');
  await expect(page.locator('#art-11')).toHaveText('第十一条');
});

test('an article number links to the article and offers to copy that link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto(BANFA);
  await page.getByRole('link', { name: '第十二条', exact: true }).click();
  await expect(page).toHaveURL(/#art-12$/);
  const tools = page.getByRole('group', { name: '复制链接' });
  await tools.getByRole('button', { name: '复制链接' }).click();
  await expect(tools.getByRole('status')).toHaveText('已复制第十二条的链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/policies\/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa\/#art-12$/,
  );
});

test('the table of contents lists chapters and sections and jumps to them @wide', async ({ page, isMobile }) => {
  await page.goto(BANFA);
  const toc = page.getByRole('navigation', { name: '目录' });
  if (isMobile) {
    // Collapsed on phones until asked for.
    await expect(toc.getByRole('link', { name: '第一章 总则' })).toBeHidden();
    await toc.getByText('目录').click();
  }
  await expect(toc.getByRole('link', { name: '第一节 外出登记' })).toBeVisible();
  await toc.getByRole('link', { name: '第二节 流入地报到' }).click();
  await expect(page).toHaveURL(/#ch-2-sec-2$/);
  await expect(page.getByRole('heading', { name: '第二节 流入地报到' })).toBeInViewport();
});

test('headings go down one level at a time', async ({ page }) => {
  for (const path of [BANFA, AMENDED_2024]) {
    await page.goto(path);
    const levels = await page
      .locator('main :is(h1, h2, h3, h4, h5, h6)')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!, `${path} heading ${i}`).toBeLessThanOrEqual(1);
  }
});

test('versions of one document are listed together on each of them', async ({ page }) => {
  await page.goto('/policies/liudong-dangyuan-kunnan-bangfu-banfa/');
  const versions = page.getByRole('region', { name: '本法规的各个版本' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await versions.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${AMENDED_2024}$`));
  await expect(page.getByRole('region', { name: '本法规的各个版本' }).getByText('（本页）')).toBeVisible();
  await expect(page.getByRole('region', { name: '相关文件' })).toContainText('本文件修订');
});

test('printing leaves out the site chrome and adds the address and the date @desktop', async ({ page }) => {
  await page.goto(BANFA);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeHidden();
  await expect(page.getByRole('region', { name: '文件信息' })).toBeVisible();
  await expect(page.locator('#art-1')).toContainText('第一条');
  await expect(
    page.getByText(/^网址：https?:\/\/.+\/policies\/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa\/$/),
  ).toBeVisible();
  await expect(page.getByText(/^打印日期：\d{4}年\d{1,2}月\d{1,2}日$/)).toBeVisible();
  const pdf = await page.pdf();
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
