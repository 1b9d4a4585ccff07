import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { PAGE_TYPES, projectPage } from '../support/pages';

// Every page type on the phone; on the desktop the page types whose layout changes most with
// the width (sidebars, the sticky table of contents, the header's own search field).
const DESKTOP_TOO = new Set(['home', 'policy', 'lesson', 'search', 'stations', 'event']);

test.describe('every page type', () => {
  // One phone (or desktop) for all the page types a worker checks: a new browser context for
  // each page cost more than the check itself on a two-core machine. The pages only read.
  let page: Page;
  test.beforeAll(async ({ browser }, testInfo) => {
    page = await projectPage(browser, testInfo);
  });
  test.afterAll(() => page.context().close());

  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    const wide = DESKTOP_TOO.has(type) ? ' @wide' : '';
    test(`the ${type} page is in Chinese, has a single h1 and no WCAG A/AA violation axe finds${wide}`, async () => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('axe finds no violation with the phone menu open or in dark mode @wide', async ({ page, isMobile }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(PAGE_TYPES.lesson);
  if (isMobile) await page.getByRole('button', { name: '菜单' }).click();
  expect(await axeViolations(page)).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(PAGE_TYPES.lesson);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('links and buttons are at least 44 px tall @wide', async ({ page }) => {
  for (const path of [
    PAGE_TYPES.home,
    PAGE_TYPES.lesson,
    PAGE_TYPES.policyList,
    PAGE_TYPES.stations,
    PAGE_TYPES.event,
  ]) {
    await page.goto(path);
    const small = await page.locator('a:visible, button:visible, summary:visible').evaluateAll((elements) =>
      elements
        .filter((el) => !el.closest('.app-prose') || el.closest('aside, details, nav'))
        .filter((el) => el.getBoundingClientRect().height < 44)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small, path).toEqual([]);
  }
});

test('axe finds no violation with policy filters applied and an article link toolbar open', async ({ page }) => {
  await page.goto('/policies/?status=in-force');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${PAGE_TYPES.policy}#art-3`);
  await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

// The checks above pass only if axe runs at all: shown a page with faults, it names them.
test('the axe check reports what is wrong, and only inside the part it is given @desktop', async ({ page }) => {
  await page.goto(PAGE_TYPES.notFound);
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<div id="faulty"><img src="/favicon.ico"><button></button></div>');
  });
  const rules = async (include?: string) => (await axeViolations(page, { include })).map((line) => line.split(':')[0]);
  expect(await rules()).toEqual(['button-name', 'image-alt']);
  expect(await rules('#faulty img')).toEqual(['image-alt']);
  expect(await rules('header')).toEqual([]);
});
