import { expect, type Browser, type BrowserContextOptions, type Page, type TestInfo } from '@playwright/test';

/** One example of every page type of the sample site, site-relative. */
export const PAGE_TYPES = {
  home: '/',
  policyList: '/policies/',
  policyListPage2: '/policies/page/2/',
  policy: '/policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa/',
  repealedPolicy: '/policies/liudong-dangyuan-guanli-zanxing-banfa/',
  courseList: '/courses/',
  course: '/courses/party-constitution-basics/',
  lesson: '/lessons/constitution-overview/',
  handout: '/lessons/constitution-overview/print/',
  storyList: '/stories/',
  story: '/stories/dongguan-gongdi-dangxiaozu/',
  page: '/report-in/',
  eventList: '/events/',
  event: '/events/2027-01-dangri-chongwen-shici/',
  pastEvent: '/events/2026-09-dongguan-qianxin-weiquan-zuotan/',
  cancelledEvent: '/events/2027-03-fanxiang-chuangye-zhengce-jiedu/',
  serviceList: '/services/',
  service: '/services/unpaid-wages/',
  stations: '/stations/',
  answerList: '/answers/',
  answerStart: '/answers/leaving-home/',
  answerQuestion: '/answers/leaving-home/work/',
  answerOutcome: '/answers/leaving-home/work/over-6-months/yes/',
  projectList: '/hometown/',
  project: '/hometown/qingshan-chaye-dianshang/',
  search: '/search/?q=%E8%AF%95%E7%94%A8%E6%9C%9F',
  me: '/me/',
  notFound: '/no-such-page/',
} as const;

// Below this width (the CSS breakpoint md, 48rem) the navigation sits behind a menu button.
const PHONE_MAX_WIDTH = 767;

/** On a phone, opens the menu so that the main navigation is visible. */
export async function openMenu(page: Page) {
  if ((page.viewportSize()?.width ?? Infinity) > PHONE_MAX_WIDTH) return;
  const toggle = page.getByRole('button', { name: '菜单' });
  // The button appears once the menu script has run; wait for it rather than race it.
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Follows the main navigation link with this name. */
export async function navigate(page: Page, name: string) {
  await openMenu(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true }).click();
}

/**
 * A page in a context of its own with the test project's device (viewport, touch, scale, locale,
 * base URL), for tests that share one page: beforeAll has no `page` fixture.
 */
export async function projectPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { viewport, isMobile, hasTouch, deviceScaleFactor, locale, baseURL } = testInfo.project.use;
  const device = { viewport, isMobile, hasTouch, deviceScaleFactor, locale, baseURL };
  const options = Object.fromEntries(Object.entries(device).filter(([, value]) => value !== undefined));
  const context = await browser.newContext(options as BrowserContextOptions);
  return context.newPage();
}

/**
 * Every layout shift of the page since it began loading, as the browser scores them: a block that
 * moves scores its share of the screen times how far it moved. A control a script shows after the
 * first paint, above the content, shows up here. The caller waits for what it means by loaded.
 */
export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}
