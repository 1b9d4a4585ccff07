import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LIBRARY, SITES, siteUrl } from '../support/sites';

// A shared law library (tests/support/global-setup.ts: two national laws imported from the
// fixture corpus, built under /library/) and the sub-path portal built pointing at it, both on
// one origin: the portal's search merges the library's index. The root sample site has no
// library and must not look for one.

const status = (page: Page) => page.getByRole('main').getByRole('status');
const results = (page: Page) => page.locator('[data-results] > li');

/** Waits until the search has run and its first batch of results is drawn. */
async function settled(page: Page) {
  await expect(status(page)).not.toHaveText(/正在搜索|^$/);
  if (!/^找到/.test((await status(page).textContent()) ?? '')) return;
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy');
}

const LEAVE_LAW = '职工带薪年休假条例';

test('the portal finds a law only the library holds, with its articles, and opens the library article', async ({
  page,
}) => {
  await page.goto(siteUrl('portal', `search/?q=${encodeURIComponent('年休假')}`));
  await settled(page);
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果$/);
  const law = results(page).filter({ has: page.getByRole('heading', { name: LEAVE_LAW }) });
  await expect(law).toHaveCount(1);
  // The law is the library's page, not the portal's, and ranks first: a regulation in force
  // governs the matter (the same ranking rules as the portal's own laws).
  await expect(results(page).first().getByRole('heading')).toHaveText(LEAVE_LAW);
  const title = law.getByRole('heading').getByRole('link');
  expect(new URL((await title.getAttribute('href'))!, page.url()).pathname).toMatch(
    /^\/library\/policies\/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-[\d-]+\/$/,
  );
  // The articles that answer the query, each linked to its anchor in the library.
  const articles = law.getByRole('list', { name: '相关条文与章节' }).getByRole('link');
  expect(await articles.count()).toBeGreaterThan(0);
  const article = articles.first();
  const label = (await article.textContent())!.trim();
  expect(label).toMatch(/^第[一二三四五六七八九十]+条$/);
  await article.click();
  await expect(page).toHaveURL(/\/library\/policies\/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-[\d-]+\/\?hl=.+#art-\d+$/);
  const anchor = new URL(page.url()).hash;
  const target = page.locator(anchor);
  await expect(target).toHaveText(label);
  await expect(target).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LEAVE_LAW);
});

test("the portal's own pages are still found, and a library law by the library's filters", async ({ page }) => {
  await page.goto(siteUrl('portal', `search/?q=${encodeURIComponent('党费')}`));
  await settled(page);
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果$/);
  const first = results(page).first().getByRole('heading').getByRole('link');
  expect(new URL((await first.getAttribute('href'))!, page.url()).pathname).toMatch(/^\/portal\//);
  // The library's laws are filed under the same filters (their issuer is in no portal page).
  await page.goto(siteUrl('portal', `search/?issuer=${encodeURIComponent('国务院')}`));
  await settled(page);
  await expect(status(page)).toHaveText('找到 2 条结果');
  for (const link of await results(page).getByRole('heading').getByRole('link').all())
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toMatch(/^\/library\/policies\//);
});

test('a library that cannot be reached costs only its laws, and the reader is told', async ({ page }) => {
  await page.route('**/library/pagefind/**', (route) => route.abort('connectionrefused'));
  await page.goto(siteUrl('portal', `search/?q=${encodeURIComponent('党费')}`));
  await settled(page);
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果$/);
  await expect(page.locator('[data-notes]')).toContainText('共享法规库暂时无法连接');
  await expect(results(page).first()).toBeVisible();
});

test('a portal without a library asks for none and finds only its own pages', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`/search/?q=${encodeURIComponent('年休假')}`);
  await settled(page);
  await expect(page.locator('app-search')).not.toHaveAttribute('data-library');
  // The sample notice that cites the law is found; the law itself is not.
  await expect(results(page).getByRole('heading', { name: LEAVE_LAW, exact: true })).toHaveCount(0);
  expect(requested.filter((path) => !path.startsWith('/pagefind/') && path.includes('pagefind'))).toEqual([]);
  expect(requested.filter((path) => path.startsWith('/library/'))).toEqual([]);
});

// A sample notice of the portal cites two laws only the library holds (content/policies/).
const NOTICE = 'policies/nianxiujia-juzhuzheng-quanyi-tishi/';

test("a policy's citation of a law only the library holds links to the library's article", async ({ page }) => {
  await page.goto(siteUrl('portal', NOTICE));
  const body = page.getByRole('main');
  const leave = body.getByRole('link', { name: `《${LEAVE_LAW}》第三条` });
  await expect(leave).toHaveAttribute('data-citation', 'library');
  expect(await leave.getAttribute('href')).toMatch(
    /^\/library\/policies\/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-[\d-]+\/#art-3$/,
  );
  // A list links each article; a paragraph (款) links its article.
  const residence = body.locator('a[data-citation]').filter({ hasText: /居住证暂行条例|^第十条$/ });
  const hrefs = await residence.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
  expect(hrefs.map(([text, href]) => [text, href!.replace(/^.*#/, '#')])).toEqual([
    ['《居住证暂行条例》第二条', '#art-2'],
    ['《居住证暂行条例》第九条', '#art-9'],
    ['第十条', '#art-10'],
    ['《居住证暂行条例》第十二条第一款', '#art-12'],
  ]);
  // A citation in the text reads as a link, like any other.
  const decoration = await leave.evaluate((a) => getComputedStyle(a).textDecorationLine);
  expect(decoration).toBe('underline');
  await leave.click();
  await expect(page).toHaveURL(/\/library\/policies\/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-[\d-]+\/#art-3$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LEAVE_LAW);
  await expect(page.locator('#art-3')).toHaveText('第三条');
  await expect(page.locator('#art-3')).toBeInViewport();
});

test('without a library the same citations stay text', async ({ page }) => {
  await page.goto(`/${NOTICE}`);
  const body = page.getByRole('main');
  await expect(body).toContainText(`根据《${LEAVE_LAW}》第三条的规定`);
  await expect(body.locator('a[data-citation]')).toHaveCount(0);
  await expect(body.getByRole('link', { name: LEAVE_LAW })).toHaveCount(0);
});

test('the library publishes its manifest, and the portal allows no other origin for it @desktop', () => {
  const manifest = JSON.parse(readFileSync(join(LIBRARY.dir, 'library.json'), 'utf8')) as {
    base: string;
    policies: { slug: string; title: string; articles: string[]; path: string }[];
  };
  expect(manifest.base).toBe('/library/');
  expect(manifest.policies.map((p) => p.title).sort()).toEqual(['居住证暂行条例', LEAVE_LAW].sort());
  for (const law of manifest.policies) {
    const html = readFileSync(join(LIBRARY.dir, law.path, 'index.html'), 'utf8');
    // Every article the manifest lists is an anchor of the law's page, and none is missing.
    expect([...html.matchAll(/<a id="(art-[\d-]+)"/g)].map((m) => m[1])).toEqual(law.articles);
    expect(law.articles.length).toBeGreaterThan(5);
  }
  // A same-origin library: the search's connections stay on this site.
  for (const site of [SITES.portal, SITES.sample]) {
    const html = readFileSync(join(site.dir, 'search/index.html'), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!;
    expect(csp).toMatch(/connect-src 'self';/);
  }
  expect(readFileSync(join(SITES.portal.dir, 'search/index.html'), 'utf8')).toContain('data-library="/library/"');
});
