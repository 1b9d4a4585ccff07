import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// The elderly-friendly mode (适老化): three text sizes and high contrast, remembered on the
// device, and in that mode 7:1 text contrast, line spacing of 1.5 and 60 px tap targets.

async function rootFontSize(page: Page) {
  return page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
}

test('the text size and contrast chosen stay across reloads and pages @phone', async ({ page }) => {
  await page.goto(PAGE_TYPES.lesson);
  expect(await rootFontSize(page)).toBe(16);
  await page.getByRole('button', { name: '字号' }).click();
  await page.getByRole('radio', { name: '特大' }).check();
  await page.getByRole('checkbox', { name: '高对比度' }).check();
  expect(await rootFontSize(page)).toBe(24);
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');

  await page.reload();
  expect(await rootFontSize(page)).toBe(24);
  await page.goto(PAGE_TYPES.policy);
  expect(await rootFontSize(page)).toBe(24);
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await page.getByRole('button', { name: '字号' }).click();
  await expect(page.getByRole('radio', { name: '特大' })).toBeChecked();
  await page.getByRole('radio', { name: '大', exact: true }).check();
  expect(await rootFontSize(page)).toBe(20);
  await page.getByRole('radio', { name: '标准' }).check();
  await page.getByRole('checkbox', { name: '高对比度' }).uncheck();
  await page.reload();
  expect(await rootFontSize(page)).toBe(16);
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
});

// The standard mode is checked in accessibility.spec.ts; 大 (large) lies between it and 特大 in
// every size and uses the standard colours, so the extremes stand for it (CI time).
const MODES = [
  { name: 'extra-large text', text: 'xlarge', contrast: false },
  { name: 'high contrast', text: 'standard', contrast: true },
  { name: 'extra-large text and high contrast', text: 'xlarge', contrast: true },
];

for (const mode of MODES) {
  for (const scheme of ['light', 'dark'] as const) {
    // On the phone only (@phone): the display settings are for reading on a phone, and the same
    // CSS applies at any width; the desktop layout is checked in the standard mode
    // (accessibility.spec.ts).
    test(`${mode.name} (${scheme}): zero axe violations, 7:1 contrast, spacing 1.5, 60 px targets @phone`, async ({
      page,
    }) => {
      // Six pages through axe: more than the default minute on a busy two-core machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((saved) => localStorage.setItem('app-display', saved), JSON.stringify(mode));
      for (const path of [
        PAGE_TYPES.home,
        PAGE_TYPES.lesson,
        PAGE_TYPES.course,
        PAGE_TYPES.policy,
        PAGE_TYPES.search,
        PAGE_TYPES.me,
        PAGE_TYPES.answerQuestion,
        PAGE_TYPES.answerOutcome,
      ]) {
        await page.goto(path);
        expect(await axeViolations(page, { rules: ['color-contrast-enhanced'] }), path).toEqual([]);
        const problems = await page.evaluate(() => {
          const found: string[] = [];
          const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
          for (const el of document.querySelectorAll('.app-tap, button, select, input[type="search"]')) {
            const height = el.getBoundingClientRect().height;
            if (visible(el) && height < 59.5) found.push(`${el.outerHTML.slice(0, 80)}: ${height}px high`);
          }
          for (const el of document.querySelectorAll('main p, main li')) {
            const style = getComputedStyle(el);
            const ratio = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
            if (visible(el) && ratio < 1.5) found.push(`${el.tagName}: line spacing ${ratio.toFixed(2)}`);
          }
          return found;
        });
        expect(problems, path).toEqual([]);
      }
    });
  }
}

test('without JavaScript there is no size control that could not be remembered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('sample', PAGE_TYPES.lesson));
  await expect(page.getByRole('button', { name: '字号' })).toBeHidden();
  await context.close();
});
