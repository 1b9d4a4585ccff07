import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// Issue 17's details on a 360 × 780 phone, measured: the search page without JavaScript, a
// shared station link with a province, the 404 page's search, and the course's start button
// on the first screen at every text size.

const SCREEN = 780;
/** The largest stretch of blank a page may hold between its content and the footer. */
const MAX_GAP = 200;

/** Reading settings saved on the device before the page loads (DisplaySettings.astro). */
const useDisplay = (page: Page, text: string) =>
  page.addInitScript((saved) => localStorage.setItem('app-display', saved), JSON.stringify({ text, contrast: false }));

/**
 * The vertical stretches of blank in the main content: between what it shows (text, controls,
 * images), and between its last content and the footer.
 */
function blankStretches(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const boxes: { top: number; bottom: number }[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.height > 0) boxes.push(box);
    }
    for (const el of main.querySelectorAll('input, button, select, textarea, img, svg, video, progress')) {
      const box = el.getBoundingClientRect();
      if (box.height > 0) boxes.push(box);
    }
    boxes.sort((a, b) => a.top - b.top);
    const gaps: number[] = [];
    let bottom = main.getBoundingClientRect().top;
    for (const box of boxes) {
      gaps.push(box.top - bottom);
      bottom = Math.max(bottom, box.bottom);
    }
    gaps.push(document.querySelector('footer')!.getBoundingClientRect().top - bottom);
    return gaps.map(Math.round);
  });
}

/** Controls the reader can see: without JavaScript each must work as a plain link or form. */
const visibleControls = (page: Page) =>
  page
    .locator('button, input:not([type=hidden]), select, textarea')
    .filter({ visible: true })
    .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 120)));

test.describe('without JavaScript @phone', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript, offers the sections instead, and leaves no blank', async ({
    page,
    request,
  }) => {
    await page.goto(PAGE_TYPES.search);
    const main = page.getByRole('main');
    await expect(main.getByText('搜索需要浏览器启用 JavaScript')).toBeVisible();
    // Nothing that looks like it would search, and no room kept for results that never come.
    expect(await visibleControls(page)).toEqual([]);
    const gaps = await blankStretches(page);
    test.info().annotations.push({ type: 'gaps', description: gaps.join(', ') });
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_GAP);
    // Every section a reader could search for is a tap away, and each opens.
    const links = main.getByRole('region', { name: /搜索需要/ }).getByRole('link');
    const names = await links.allTextContents();
    for (const name of ['学习课程', '政策文件', '办事指南', '找组织', '党员故事'])
      expect(names.map((n) => n.trim())).toContain(name);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
      expect((await request.get(href)).status(), href).toBe(200);
    await links.filter({ hasText: '政策文件' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策文件');
  });

  test('the stations page links each province’s own page, which shows only that province', async ({ page }) => {
    await page.goto(PAGE_TYPES.stations);
    const all = await page
      .locator('[data-station]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.province!));
    const provinces = [...new Set(all)];
    const byProvince = page.getByRole('navigation', { name: '按省查看' });
    await expect(byProvince.getByRole('link')).toHaveCount(provinces.length);
    // Followed from the list, the province with the most stations: only its stations, under its heading.
    const province = provinces.sort(
      (a, b) => all.filter((p) => p === b).length - all.filter((p) => p === a).length,
    )[0]!;
    const count = all.filter((p) => p === province).length;
    expect(count).toBeGreaterThan(1);
    await byProvince.getByRole('link', { name: province }).click();
    await expect(page.locator('[data-station]').filter({ visible: true })).toHaveCount(count);
    await expect(page.getByText(`这里只列出${province}的 ${count} 个党支部和服务站。`)).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([province]);
    expect(await visibleControls(page)).toEqual([]);
  });
});

test.describe('station finder links @phone', () => {
  test('a province chosen in the finder is a link that shows only that province, with or without JavaScript', async ({
    page,
    browser,
  }) => {
    await page.goto(PAGE_TYPES.stations);
    const all = await page
      .locator('[data-station]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.province!));
    const provinces = [...new Set(all)];
    const select = page.locator('select[name=province]');
    const shared = new Map<string, string>();
    for (const province of provinces) {
      await select.selectOption(province);
      await expect(page.getByRole('status')).toHaveText(`找到 ${all.filter((p) => p === province).length} 个`);
      await expect(page).toHaveURL(/\/stations\/[a-z]+\/$/);
      shared.set(province, page.url());
    }
    expect(new Set(shared.values()).size).toBe(provinces.length);

    // The shared links on a phone without JavaScript.
    const noJs = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: SCREEN },
      isMobile: true,
    });
    const phone = await noJs.newPage();
    for (const [province, url] of shared) {
      await phone.goto(url);
      const shown = await phone
        .locator('[data-station]')
        .filter({ visible: true })
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.province));
      expect(shown, url).toEqual(all.filter((p) => p === province));
    }
    await noJs.close();

    // With JavaScript the province's page is the whole finder: a city narrows it, and another
    // province, or all of them, shows without loading another page.
    const [first, second] = provinces;
    await page.goto(shared.get(first!)!);
    await expect(select).toHaveValue(first!);
    await expect(page.locator('[data-station]').filter({ visible: true })).toHaveCount(
      all.filter((p) => p === first).length,
    );
    const city = await page.locator('[data-station]').filter({ visible: true }).first().getAttribute('data-city');
    await page.getByLabel('城市').selectOption(city!);
    await expect(page).toHaveURL(`${shared.get(first!)}?city=${encodeURIComponent(city!)}`);
    await select.selectOption(second!);
    await expect(page).toHaveURL(shared.get(second!)!);
    await expect(page.locator('[data-station]').filter({ visible: true })).toHaveCount(
      all.filter((p) => p === second).length,
    );
    await select.selectOption('');
    await expect(page.getByRole('status')).toHaveText(`找到 ${all.length} 个`);
    await expect(page).toHaveURL(/\/stations\/$/);
  });
});

test.describe('404 @phone', () => {
  for (const site of ['sample', 'portal'] as const) {
    test(`the 404 page searches the site (${site})`, async ({ page }) => {
      const response = await page.goto(siteUrl(site, 'no-such-page/'));
      expect(response?.status()).toBe(404);
      const main = page.getByRole('main');
      for (const [name, path] of [
        ['首页', ''],
        ['政策文件', 'policies/'],
        ['学习课程', 'courses/'],
      ] as const)
        await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute(
          'href',
          new URL(siteUrl(site, path)).pathname,
        );
      const box = main.getByRole('searchbox', { name: '搜索本站' });
      await expect(box).toBeInViewport();
      await box.fill('试用期');
      await box.press('Enter');
      await expect(page).toHaveURL(siteUrl(site, 'search/?q=%E8%AF%95%E7%94%A8%E6%9C%9F'));
      await expect(main.getByRole('status')).toHaveText(/^找到 \d+ 条结果$/);
      await expect(page.locator('[data-results] > li').first().getByRole('heading')).toHaveText('试用期的那些规矩');
    });
  }
});

test.describe('course page @phone', () => {
  test('the start button is on the first screen at every text size, under the course title', async ({ page }) => {
    const place = async (name: string | RegExp) => {
      const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      const button = (await page.getByRole('main').getByRole('link', { name }).boundingBox())!;
      return {
        titleTop: title.y,
        titleBottom: title.y + title.height,
        top: button.y,
        bottom: button.y + button.height,
      };
    };
    for (const text of ['standard', 'large', 'xlarge']) {
      await useDisplay(page, text);
      await page.goto(PAGE_TYPES.course);
      const at = await place('开始学习');
      test.info().annotations.push({ type: 'start button', description: `${text}: ${JSON.stringify(at)}` });
      expect(at.titleTop, text).toBeGreaterThanOrEqual(0);
      expect(at.titleBottom, text).toBeLessThanOrEqual(at.top);
      expect(at.bottom, text).toBeLessThanOrEqual(SCREEN);
    }
    // With a lesson done the button continues, and the progress bar shows: still on the first screen.
    await page.goto(PAGE_TYPES.lesson);
    await page.getByRole('button', { name: '标记为已学完' }).click();
    await page.goto(PAGE_TYPES.course);
    await expect(page.getByRole('main').getByText(/^已学完 1 \/ \d+ 课$/)).toBeVisible();
    const at = await place(/^继续学习第 2 课$/);
    expect(at.titleBottom).toBeLessThanOrEqual(at.top);
    expect(at.bottom).toBeLessThanOrEqual(SCREEN);
  });
});
