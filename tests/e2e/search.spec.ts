import { expect, test, type Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('main').getByRole('status');
const results = (page: Page) => page.locator('[data-results] > li');
const searchbox = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: '搜索关键词' });
const found = async (page: Page) => Number((await status(page).textContent())?.match(/找到 (\d+) 条结果/)?.[1] ?? 0);

/** Waits until the search has run and its first batch of results is drawn (the list is busy until then). */
async function settled(page: Page) {
  await expect(status(page)).not.toHaveText(/正在搜索|^$/);
  if (!/^找到/.test((await status(page).textContent()) ?? '')) return;
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy');
}

test('searching from the header field lands on the search page with the query in the address @desktop', async ({
  page,
}) => {
  await page.goto('/stories/');
  await page.getByRole('search').getByRole('searchbox', { name: '搜索关键词' }).fill('试用期');
  await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E8%AF%95%E7%94%A8%E6%9C%9F$/);
  await settled(page);
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果$/);
  await expect(results(page).first().getByRole('heading')).toHaveText('试用期的那些规矩');
  await expect(results(page).first().locator('mark').first()).toBeVisible();
});

test('a phone opens search from the header and searches from the page @phone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(status(page)).toHaveText('输入关键词，或选择筛选条件浏览。');
  await searchbox(page).fill('党费');
  await searchbox(page).press('Enter');
  await expect(page).toHaveURL(/\?q=%E5%85%9A%E8%B4%B9$/);
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果$/);
});

test('a filter narrows the results, with counts, and keeps itself in the address', async ({ page }) => {
  await page.goto('/search/?q=%E6%8A%A5%E5%88%B0');
  await settled(page);
  const all = await found(page);
  const filters = page.locator('details', { hasText: '筛选与排序' });
  if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open))) await filters.locator('summary').click();
  const type = page.getByLabel('类型');
  await expect(type.locator('option', { hasText: /^政策文件（\d+）$/ })).toHaveCount(1);
  await type.selectOption('政策文件');
  await expect(page).toHaveURL(/type=%E6%94%BF%E7%AD%96%E6%96%87%E4%BB%B6/);
  await expect(status(page)).not.toHaveText(`找到 ${all} 条结果`);
  await settled(page);
  await expect(results(page).filter({ hasNotText: '政策文件' })).toHaveCount(0);
  expect(await found(page)).toBeLessThan(all);
});

test('filters browse without a search term: in-force documents of one issuer, newest first', async ({ page }) => {
  await page.goto(
    `/search/?status=${encodeURIComponent('现行有效')}&issuer=${encodeURIComponent('中共清源县委组织部')}&sort=date`,
  );
  await settled(page);
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果$/);
  const metas = await results(page).locator('p.text-sm').allTextContents();
  expect(metas.length).toBeGreaterThan(3);
  // Dates read as the site writes them (2026年3月8日), compared as numbers.
  const dates = metas.map((m) => {
    const [, y, mo, d] = m.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/) ?? [];
    return y ? `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}` : '';
  });
  expect(dates.every(Boolean)).toBe(true);
  expect(dates).toEqual([...dates].sort().reverse());
  await results(page).first().getByRole('heading').getByRole('link').click();
  await expect(page.getByRole('region', { name: '文件信息' })).toContainText('中共清源县委组织部');
  await expect(page.getByRole('region', { name: '文件信息' })).toContainText('现行有效');
});

test('an article result opens the document at that article, with the searched words highlighted', async ({ page }) => {
  await page.goto('/search/?q=%E7%AC%AC%E5%8D%81%E4%B9%9D%E6%9D%A1');
  await settled(page);
  const article = results(page)
    .first()
    .getByRole('list', { name: '相关条文与章节' })
    .getByRole('link', { name: '第十九条' });
  await article.click();
  await expect(page).toHaveURL(/\/policies\/[a-z0-9-]+\/\?hl=.+#art-19$/);
  await expect(page.locator('#art-19')).toBeInViewport();
  const highlighted = await page.evaluate(() => CSS.highlights.get('search-terms')?.size ?? 0);
  expect(highlighted).toBeGreaterThan(0);
});

test('back and forward restore earlier searches', async ({ page }) => {
  await page.goto('/search/?q=%E5%85%9A%E8%B4%B9');
  await settled(page);
  const box = searchbox(page);
  await box.fill('社保');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=%E7%A4%BE%E4%BF%9D/);
  await page.goBack();
  await expect(box).toHaveValue('党费');
  await settled(page);
  await page.goForward();
  await expect(box).toHaveValue('社保');
});

test('a question is answered by its content words, and the reader is told what was left out', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('试用期最长多久')}`);
  await settled(page);
  await expect(page.getByText(/已按问题的要点搜索，略去了：.*多久/)).toBeVisible();
  // Question words are not words the site lacks.
  await expect(page.getByText(/没有找到，已忽略/)).toHaveCount(0);
  await expect(results(page).first().getByRole('heading')).toHaveText('试用期的那些规矩');
});

test('Traditional characters find Simplified text, and the page says so', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('試用期')}`);
  await settled(page);
  await expect(page.getByText('已按简体字“试用期”搜索。')).toBeVisible();
  await expect(results(page).first().getByRole('heading')).toHaveText('试用期的那些规矩');
});

test('without JavaScript the search page explains itself and links to the listings', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=%E8%AF%95%E7%94%A8%E6%9C%9F');
  await expect(page.getByText(/搜索需要浏览器启用 JavaScript/)).toBeVisible();
  await page.getByRole('link', { name: '政策文件' }).last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策文件');
  await context.close();
});

test('an everyday word is also searched by its legal term, and the page says so', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('公司不交社保怎么办')}`);
  await settled(page);
  await expect(page.getByText(/^同时按法律用语搜索：.*社会保险（社保）/)).toBeVisible();
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果$/);
  // A legal term is highlighted in the results as well as the words typed: 用人单位 for 公司.
  // (Which excerpt shows 社会保险 depends on where each excerpt is cut, not on the term being searched.)
  await expect(results(page).locator('mark', { hasText: '用人单位' }).first()).toBeVisible();
});

test('a typed phrase picks the article that holds it', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('转移组织关系')}`);
  await settled(page);
  // Wherever a result lists an article holding the phrase itself, that article comes first.
  const lists = await results(page)
    .getByRole('list', { name: '相关条文与章节' })
    .evaluateAll((uls) => uls.map((ul) => [...ul.querySelectorAll(':scope > li')].map((li) => li.textContent ?? '')));
  const holding = lists.filter((items) => items.some((text) => text.includes('转移组织关系')));
  expect(holding.length).toBeGreaterThan(0);
  for (const items of holding) expect(items[0]).toContain('转移组织关系');
});

test('on a phone the filters are folded, and their values are fetched only when opened @phone', async ({ page }) => {
  const filterFiles: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
  });
  await page.goto('/search/?q=%E5%85%9A%E8%B4%B9');
  await settled(page);
  const filters = page.locator('details', { hasText: '筛选与排序' });
  await expect(filters).not.toHaveAttribute('open');
  // At most the one the ranking reads (which pages are laws in force, or superseded).
  const ranking = filterFiles.length;
  expect(ranking).toBeLessThanOrEqual(1);
  await filters.locator('summary').click();
  const type = filters.getByRole('combobox', { name: '类型' });
  await expect(type.getByRole('option', { name: /^政策文件（\d+）$/ })).toBeAttached();
  expect(filterFiles.length).toBeGreaterThan(ranking);
});

test('a query of 40,000 characters is searched by its first 200, and the page settles with what it found', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/search/');
  await expect(status(page)).toHaveText('输入关键词，或选择筛选条件浏览。');
  const long = '试用期工资拖欠加班社保党费报到组织关系转移'.repeat(2000).slice(0, 40_000);
  expect(long.length).toBe(40_000);
  await searchbox(page).fill(long);
  await searchbox(page).press('Enter');
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果$|^没有找到结果/);
  await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy');
  if ((await found(page)) > 0) await expect(results(page).first()).toBeVisible();
  expect(errors).toEqual([]);
  await expect(page.getByText('搜索词太长，只按前 200 个字搜索。')).toBeVisible();
  expect(Array.from(new URL(page.url()).searchParams.get('q') ?? '')).toHaveLength(200);
  await expect(searchbox(page)).toHaveValue(long.slice(0, 200));
});

test('a result link with 5,000 words to highlight opens the page with a bounded highlight and no error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const path = '/policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa/';
  const terms = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? '的' : `词${i}`));
  // Too long an address for the test server (and many hosts) to accept: the browser gets the page itself.
  await page.route(
    (url) => url.pathname === path && url.searchParams.has('hl'),
    async (route) => route.fulfill({ response: await route.fetch({ url: new URL(path, route.request().url()).href }) }),
  );
  await page.goto(`${path}?hl=${encodeURIComponent(terms.join(' '))}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('search-terms')?.size ?? 0,
      ),
    )
    .toBeGreaterThan(0);
  const highlighted = await page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('search-terms')!].map((range) =>
      range.toString(),
    ),
  );
  expect(new Set(highlighted)).toEqual(new Set(['的']));
  expect(errors).toEqual([]);
});

test('results show the reading text only, whole words marked, pages with some words under 部分匹配, and a plain word when nothing answers', async ({
  page,
}) => {
  const search = async (query: string) => {
    await searchbox(page).fill(query);
    await searchbox(page).press('Enter');
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query).replace(/%20/g, '(%20|\\+)')}`));
    await settled(page);
  };
  const excerpts = () =>
    results(page).evaluateAll((items) =>
      items.flatMap((li) => [...li.querySelectorAll('p.text-base')].map((p) => p.textContent ?? '')),
    );
  const marks = () => page.locator('[data-results] mark').allTextContents();
  await page.goto('/search/');

  // 党费 is split by the browser into 党 + 费: the pages are those holding the word, and it is
  // marked whole, never 党 of 党员 or 费 of 费用; 交 of the question is not marked on its own
  // (its legal terms 缴纳 and 缴费 may be).
  await search('党费怎么交');
  const marked = new Set(await marks());
  expect(marked).toContain('党费');
  expect([...marked].filter((word) => !['党费', '缴纳', '缴费'].includes(word))).toEqual([]);
  // Page furniture is not indexed: no course position, reading time, done mark or label; excerpts
  // start at a sentence and keep Chinese punctuation.
  for (const query of ['交纳党费', '试用期']) {
    await search(query);
    const texts = await excerpts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toMatch(/课，共|分钟读完|✓|已学完|学习目标|文件信息|效力状态|发文机关/);
      expect(text).not.toMatch(/[\u4e00-\u9fff]\. [\u4e00-\u9fff]/);
      expect(text).not.toMatch(/^[。，、；：）〕.]/);
    }
  }

  // An article number alone: only documents that have that article, each showing that article only.
  await search('第十九条');
  const articles = await results(page)
    .getByRole('list', { name: '相关条文与章节' })
    .evaluateAll((uls) => uls.map((ul) => [...ul.querySelectorAll(':scope > li > a')].map((a) => a.textContent)));
  // Every result drawn (the first five; 显示更多结果 draws the rest) lists that article.
  expect(articles.length).toBe(await results(page).count());
  expect(await found(page)).toBeGreaterThanOrEqual(articles.length);
  for (const list of articles) expect(list).toEqual(['第十九条']);

  // Few pages hold both words: the list shows those; the pages holding one of them wait behind
  // a button, and follow 部分匹配 when asked for.
  await search('试用期 报到');
  const separator = page.locator('[data-results] [data-partial]');
  const whole = await found(page);
  expect(whole).toBeGreaterThan(0);
  await expect(results(page)).toHaveCount(whole);
  await expect(separator).toHaveCount(0);
  const showPartial = page.getByRole('button', { name: /^显示只包含部分搜索词的结果（\d+ 条）$/ });
  const held = Number(/（(\d+) 条）/.exec((await showPartial.textContent()) ?? '')?.[1]);
  expect(held).toBeGreaterThan(0);
  await showPartial.click();
  await expect(showPartial).toBeHidden();
  await expect(separator).toHaveCount(1);
  await expect(separator).toHaveText('部分匹配：以下结果只包含部分搜索词');
  const firstPartial = await results(page).evaluateAll((items) =>
    items.findIndex((li) => li.hasAttribute('data-partial-match')),
  );
  expect(firstPartial).toBe(whole);
  await expect(results(page).nth(firstPartial).locator('[data-partial]')).toHaveCount(1);
  await expect(results(page).nth(firstPartial).locator('h2 a')).toBeFocused();
  // No page holds both words: the pages holding some of them are the list, under 部分匹配.
  await search('试用期 冬虫夏草');
  await expect(showPartial).toBeHidden();
  await expect(results(page).first().locator('[data-partial]')).toHaveCount(1);

  // Nothing on the site is about overtime pay: it says so, and offers the legal term to search.
  await search('加班费怎么算');
  const weak = page.locator('[data-weak]');
  await expect(weak).toBeVisible();
  await expect(weak).toContainText('没有找到直接相关的内容');
  await expect(weak.getByRole('link', { name: '延长工作时间' })).toHaveAttribute(
    'href',
    `?q=${encodeURIComponent('延长工作时间')}`,
  );
  // A question the site answers says nothing of the kind.
  await search('试用期最长多久');
  await expect(weak).toBeHidden();
});
