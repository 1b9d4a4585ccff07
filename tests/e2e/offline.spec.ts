import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CACHE_LIMITS, CACHE_VERSION, LEGACY_CACHES, cacheNames } from '../../src/sw/cache-names';
import { mirrorSample } from '../support/mirror-site';
import { saveCourse } from '../support/offline';
import { PAGE_TYPES } from '../support/pages';
import { SITES } from '../support/sites';

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

/** Every entry of every cache of the origin: cache name and address. */
const allEntries = (page: Page) =>
  page.evaluate(async () => {
    const entries: { cache: string; url: string }[] = [];
    for (const cache of await caches.keys())
      for (const request of await (await caches.open(cache)).keys()) entries.push({ cache, url: request.url });
    return entries;
  });

/** Waits until the search page shows its results (or says it found none). */
async function searched(page: Page) {
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^找到 \d+ 条结果$|^没有找到/);
  await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy');
}

/** Offline, each lesson opens laid out with its styles. */
async function readOffline(page: Page, paths: string[], url = (path: string) => path) {
  for (const path of paths) {
    await page.goto(url(path));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.app-prose').first()).not.toBeEmpty();
    expect(await page.evaluate(() => getComputedStyle(document.body).display), path).toBe('flex');
  }
}

test('a page is kept once under its address without query, and so are the search files @phone', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  await page.goto('/stories/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  for (let n = 1; n <= 5; n += 1) await page.goto(`/stories/?n=${n}`);
  for (const q of ['党费', '试用期']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await searched(page);
  }
  const entries = await allEntries(page);
  const at = (path: string) => entries.filter((entry) => new URL(entry.url).pathname === path).map((e) => e.url);
  expect(at('/stories/')).toEqual([`${origin}/stories/`]);
  expect(at('/search/')).toEqual([`${origin}/search/`]);
  // Pagefind asks for pagefind-entry.json?ts=<time> on every load.
  expect(at('/pagefind/pagefind-entry.json')).toEqual([`${origin}/pagefind/pagefind-entry.json`]);
});

test('pages read and searches made never push out the offline page or a saved course @phone', async ({
  page,
  context,
}) => {
  await page.goto(PAGE_TYPES.course);
  const lessons = await saveCourse(page);
  // More pages and search files than the caches keep, as months of reading would leave.
  const names = cacheNames('/');
  await page.evaluate(
    async ({ names, limits }) => {
      const pages = await caches.open(names.pages);
      const search = await caches.open(names.search);
      for (let n = 0; n < limits.pages + 5; n += 1)
        await pages.put(`/flood/${n}/`, new Response('<h1>x</h1>', { headers: { 'content-type': 'text/html' } }));
      for (let n = 0; n < limits.search + 5; n += 1)
        await search.put(`/pagefind/fragment/flood-${n}.pf_fragment`, new Response('x'));
    },
    { names, limits: CACHE_LIMITS },
  );
  // One more page read and one more search: each trims its cache.
  await page.goto('/stories/');
  await page.goto(`/search/?q=${encodeURIComponent('党费')}`);
  await searched(page);
  await expect
    .poll(async () => {
      const entries = await allEntries(page);
      return [names.pages, names.search].map((name) => entries.filter((e) => e.cache === name).length);
    })
    // The offline page is kept on top of the pages' limit.
    .toEqual([CACHE_LIMITS.pages + 1, CACHE_LIMITS.search]);

  await context.setOffline(true);
  await readOffline(page, [PAGE_TYPES.course, ...lessons]);
  await page.goto('/events/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一页还没有保存到本机');
  await context.setOffline(false);
});

test('saving a course fetches its pages’ styles and scripts, never files their text links to @phone', async ({
  page,
  context,
}) => {
  // Every lesson's text links to a file under /_astro/ and shows an image from there.
  await context.route('**/lessons/*/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<div[^>]*class="[^"]*app-prose[^"]*"[^>]*>)/,
      '$1<p><a href="/_astro/linked-from-text.css">附件</a><img src="/_astro/shown-in-text.png" alt=""></p>',
    );
    expect(html).toContain('linked-from-text');
    await route.fulfill({ response, body: html });
  });
  const fetched: string[] = [];
  context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(PAGE_TYPES.course);
  const lessons = await saveCourse(page);
  expect(fetched.filter((path) => /linked-from-text|shown-in-text/.test(path))).toEqual([]);
  await context.unroute('**/lessons/*/');
  await context.setOffline(true);
  await readOffline(page, lessons);
  await context.setOffline(false);
});

test('the next version of the worker deletes the old caches and keeps the saved course @phone', async ({
  page,
  context,
}) => {
  // Build A, then build B with the next cache version: the same site served from one origin.
  const site = await mirrorSample({ copy: ['sw.js'] });
  try {
    const [older, newer] = [cacheNames('/'), cacheNames('/', CACHE_VERSION + 1)];
    await page.goto(site.url(PAGE_TYPES.course));
    const lessons = await saveCourse(page);
    await page.goto(site.url('/stories/'));
    const before = await page.evaluate(() => caches.keys());
    expect(before).toEqual(expect.arrayContaining([older.pages, older.assets, older.saved]));

    const worker = readFileSync(join(SITES.sample.dir, 'sw.js'), 'utf8');
    const next = worker.replace(JSON.stringify(older), JSON.stringify(newer));
    expect(next).not.toBe(worker);
    site.write('sw.js', next);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    // Activated: the older version's caches are gone, the saved one is kept.
    const olderCaches = [older.pages, older.assets, older.search];
    await expect
      .poll(async () => (await page.evaluate(() => caches.keys())).filter((name) => olderCaches.includes(name)), {
        timeout: 15_000,
      })
      .toEqual([]);
    expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining([newer.pages, older.saved]));
    expect(newer.saved).toBe(older.saved);

    await context.setOffline(true);
    await readOffline(page, [PAGE_TYPES.course, ...lessons], site.url);
    // A page merely read under the old version went with its cache.
    await page.goto(site.url('/stories/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一页还没有保存到本机');
    await context.setOffline(false);
  } finally {
    await site.close();
  }
});

test('the caches of the first worker are moved, not lost: what it kept still reads offline @phone', async ({
  page,
  context,
}) => {
  const names = cacheNames('/');
  const lesson = '/lessons/constitution-overview/';
  // No worker yet: the page holds what the first worker kept, under its names and full addresses.
  await context.route('**/sw.js', (route) => route.abort());
  await page.goto('/stories/');
  const stylesheet = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
  await page.evaluate(
    async ({ legacy, lesson, stylesheet }) => {
      await (await caches.open(legacy.pages)).add(`${lesson}?n=1`);
      const assets = await caches.open(legacy.assets);
      await assets.add(stylesheet);
      await assets.put('/_astro/kept-from-v1.css', new Response('body{}', { headers: { 'content-type': 'text/css' } }));
    },
    { legacy: LEGACY_CACHES, lesson, stylesheet: stylesheet! },
  );
  await context.unroute('**/sw.js');
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain(LEGACY_CACHES.pages);
  const entries = await allEntries(page);
  expect(entries.map((e) => e.cache)).not.toContain(LEGACY_CACHES.assets);
  expect(entries.filter((e) => e.cache === names.pages).map((e) => new URL(e.url).pathname)).toContain(lesson);
  expect(entries.filter((e) => e.cache === names.assets).map((e) => new URL(e.url).pathname)).toContain(
    '/_astro/kept-from-v1.css',
  );
  await context.setOffline(true);
  await readOffline(page, [lesson]);
  await context.setOffline(false);
});

test('the site can be added to the home screen: a manifest with its name and start page', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: '流动党员学习园地', start_url: '/', display: 'standalone', lang: 'zh-CN' });
});
