import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// The 简/繁 switch: the page in Traditional characters, remembered on the device, with the
// converter fetched only by readers who choose it.

// Its name is converted with the rest of the page.
const toggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^繁[体體]字[显顯]示$/ });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const results = (page: Page) => page.locator('[data-results] > li');
const chooseTraditional = (page: Page) => page.addInitScript(() => localStorage.setItem('app-script', 'hant'));
/** On a phone the switch waits in the menu (so that the header keeps to one row): opens it, 菜单 or 菜單. */
async function reach(page: Page) {
  if ((page.viewportSize()?.width ?? Infinity) > 767) return;
  const menu = page.getByRole('button', { name: /^菜[单單]$/ });
  await expect(menu).toBeVisible();
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

test('the 简/繁 switch converts the visible text and persists', async ({ page }) => {
  await page.goto(PAGE_TYPES.lesson);
  await expect(heading(page)).toHaveText('认识党章：全党的根本行为规范');
  await reach(page);
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');

  await toggle(page).click();
  await expect(heading(page)).toHaveText('認識黨章：全黨的根本行為規範');
  await expect(page.getByRole('main')).toContainText('利用碎片時間學黨章');
  await expect(page.getByRole('main')).not.toContainText('学习');
  await expect(page).toHaveTitle('認識黨章：全黨的根本行為規範 - 流動黨員學習園地');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle(page)).toHaveAccessibleName('繁體字顯示');

  await page.reload();
  await expect(heading(page)).toHaveText('認識黨章：全黨的根本行為規範');
  await reach(page);
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await page.goto(PAGE_TYPES.policy);
  await expect(heading(page)).toHaveText('清源縣流動黨員教育管理服務辦法');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');

  // Back to Simplified: in place, and for the pages after.
  await reach(page);
  await toggle(page).click();
  await expect(heading(page)).toHaveText('清源县流动党员教育管理服务办法');
  await expect(page).toHaveTitle(/^清源县流动党员教育管理服务办法 - 流动党员学习园地$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle(page)).toHaveAccessibleName('繁体字显示');
  await page.goto(PAGE_TYPES.lesson);
  await expect(heading(page)).toHaveText('认识党章：全党的根本行为规范');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a reader of Traditional characters never sees the page in Simplified ones first', async ({ page }) => {
  await chooseTraditional(page);
  // Before every frame is drawn, until the page is converted: is Simplified text visible? Only
  // once the second the text waits at most has passed (a slow converter) may it be.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { simplifiedSeen: string[] }).simplifiedSeen = seen;
    const check = () => {
      const h1 = document.querySelector('h1');
      if (h1?.textContent?.includes('黨')) return;
      const reveal = document.body
        ?.getAnimations()
        .find((animation) => (animation as CSSAnimation).animationName === 'app-reveal');
      const late = Number(reveal?.currentTime ?? 0) >= 1000;
      if (h1 && getComputedStyle(h1).visibility === 'visible' && !late) seen.push(h1.textContent ?? '');
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  for (const path of [PAGE_TYPES.lesson, PAGE_TYPES.policy]) {
    await page.goto(path);
    await expect(heading(page)).toContainText('黨');
    expect(await page.evaluate(() => (window as unknown as { simplifiedSeen: string[] }).simplifiedSeen)).toEqual([]);
  }
});

test('the language is Traditional Chinese before any module runs, and the text shows without them', async ({
  page,
}) => {
  await chooseTraditional(page);
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto(PAGE_TYPES.lesson);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  // Held back for a second at most.
  await expect(heading(page)).toBeVisible();
  await expect(heading(page)).toHaveText('认识党章：全党的根本行为规范');
});

test('text the page adds later is converted too, and typed text is left alone', async ({ page }) => {
  await chooseTraditional(page);
  await page.goto(`/search/?q=${encodeURIComponent('党费')}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^找到 \d+ 條結果$/);
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('[data-results]')).toContainText('黨費');
  await expect(page.locator('[data-results]')).not.toContainText('党费');

  // A Traditional query finds the Simplified texts, shown in Traditional.
  const searchbox = page.getByRole('main').getByRole('searchbox', { name: '搜索關鍵詞' });
  await searchbox.fill('黨費交納');
  await searchbox.press('Enter');
  await expect(page).toHaveURL(/q=%E9%BB%A8%E8%B2%BB/);
  await expect(results(page).first().getByRole('heading')).toContainText('黨費交納');
  await expect(searchbox).toHaveValue('黨費交納');
  // Nothing to say about Simplified characters to a reader who reads Traditional ones.
  await expect(page.locator('[data-notes]')).toBeEmpty();
  await searchbox.fill('党费');
  await page.getByRole('main').getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/q=%E5%85%9A%E8%B4%B9/);
  await expect(results(page).first()).toContainText('黨費');
  await expect(searchbox).toHaveValue('党费');
});

test('a reader who keeps Simplified downloads nothing of the converter', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  for (const path of [PAGE_TYPES.home, PAGE_TYPES.lesson, PAGE_TYPES.policy, PAGE_TYPES.search]) {
    await page.goto(path);
    await reach(page);
    await expect(toggle(page)).toBeVisible();
  }
  const simplified = new Set(requested);
  requested.length = 0;
  await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName('繁體字顯示');
  const converter = requested.filter((url) => url.endsWith('.js'));
  expect(converter.length).toBeGreaterThan(0);
  expect(converter.filter((url) => simplified.has(url))).toEqual([]);
});

test('in Traditional characters axe finds no violation on the home, lesson, policy and search pages', async ({
  page,
}) => {
  // Four pages through axe: more than the default minute on a busy two-core machine.
  test.setTimeout(120_000);
  await chooseTraditional(page);
  for (const [path, title] of [
    [PAGE_TYPES.home, /流動黨員學習園地/],
    [PAGE_TYPES.lesson, /認識黨章/],
    [PAGE_TYPES.policy, /清源縣流動黨員/],
    [PAGE_TYPES.search, /搜索/],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    if (path === PAGE_TYPES.search) await expect(results(page).first()).toBeVisible();
    expect(await axeViolations(page), path).toEqual([]);
  }
});

// The switch sits in the menu on a phone and beside 字号 on a desktop: its focus is checked at both widths.
test('in Traditional characters the switch shows its state and focus @wide', async ({ page, isMobile }) => {
  await chooseTraditional(page);
  await page.goto(PAGE_TYPES.home);
  // Reached from the keyboard, as the focus style is drawn for it: after 字号, or on a phone
  // after the menu button that shows it.
  await reach(page);
  const button = toggle(page);
  await page.getByRole('button', { name: isMobile ? '菜單' : '字號' }).focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  const style = await button.evaluate((el) => {
    const css = getComputedStyle(el);
    return { outline: css.outlineStyle, width: parseFloat(css.outlineWidth), background: css.backgroundColor };
  });
  expect(style.outline).toBe('solid');
  expect(style.width).toBeGreaterThanOrEqual(2);
  // Pressed, it is filled with the accent colour rather than the page's.
  expect(style.background).not.toBe(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor));
});

test('the header keeps to one row on a 360 px phone, the switch one tap away in the menu @phone', async ({ page }) => {
  for (const traditional of [false, true]) {
    if (traditional) await chooseTraditional(page);
    await page.goto(PAGE_TYPES.lesson);
    // Title, search, 字号 and 菜单 on one row, in either script.
    const middles = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'body > header :is([data-site-title], [data-search-link], [data-display-toggle], [data-menu-toggle])',
        ),
      ]
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const box = el.getBoundingClientRect();
          return box.top + box.height / 2;
        }),
    );
    expect(middles.length).toBe(4);
    expect(Math.max(...middles) - Math.min(...middles), `middles ${middles}`).toBeLessThan(8);
    await reach(page);
    await expect(toggle(page)).toBeVisible();
    const box = (await toggle(page).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});

test('without JavaScript there is no switch', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('sample', PAGE_TYPES.lesson));
  await expect(page.getByRole('button', { name: '繁体字显示' })).toBeHidden();
  await context.close();
});
