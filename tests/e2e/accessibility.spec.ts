import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../support/pages';

// WCAG 2.0, 2.1 and 2.2 at levels A and AA; no rule is disabled.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Every page type on the phone; on the desktop the page types whose layout changes most with
// the width (sidebars, the sticky table of contents, the header's own search field).
const DESKTOP_TOO = new Set(['home', 'policy', 'lesson', 'search', 'stations', 'event']);

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`axe finds no WCAG A/AA violation on the ${type} page${DESKTOP_TOO.has(type) ? ' @wide' : ''}`, async ({
    page,
  }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

test('axe finds no violation with the phone menu open or in dark mode @wide', async ({ page, isMobile }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(PAGE_TYPES.lesson);
  if (isMobile) await page.getByRole('button', { name: '菜单' }).click();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
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

test('every page is in Chinese and has a single h1', async ({ page }) => {
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1'), path).toHaveCount(1);
  }
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
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.goto(`${PAGE_TYPES.policy}#art-3`);
  await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
});
