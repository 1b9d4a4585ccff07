import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { stepPath, treeSteps, type Tree } from '../../src/lib/answer-tree';
import { entries, frontmatter } from '../support/frontmatter';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// Guided answers (我该怎么办): every question and outcome is a page whose address carries the
// answers, so they work without JavaScript, can be shared, and back and "change" are links.

/** The sample trees as the content says, with every outcome page each should reach. */
const TREES = entries('answers').map((file) => {
  // The sample trees fill in every list the schema would default (tests/unit/schemas/answers.test.ts checks them).
  const data = frontmatter(file) as unknown as Tree & { title: string; button: string };
  const slug = file.split('/').at(-1)!.replace(/\.md$/, '');
  const outcomes = treeSteps(data).flatMap((s) => (s.kind === 'outcome' ? [stepPath(slug, s.path)] : []));
  return { slug, data, outcomes };
});

/**
 * Answers every question of a tree in every way, from its first question, by choosing the
 * options on the pages: returns the outcome pages reached. Checks each outcome page on the way.
 */
async function walk(page: Page, start: string): Promise<string[]> {
  const reached: string[] = [];
  const visit = async (url: string, depth: number): Promise<void> => {
    await page.goto(url);
    const options = page.locator('[data-answer-option]');
    const count = await options.count();
    if (count === 0) {
      await expect(page.getByRole('heading', { level: 2, name: '怎么做' })).toBeVisible();
      // The answers that led here, each with a link to change it.
      await expect(page.getByRole('link', { name: /^修改答案：/ })).toHaveCount(depth);
      reached.push(new URL(page.url()).pathname);
      return;
    }
    const labels = await options.allTextContents();
    for (const [i, label] of labels.entries()) {
      if (i > 0) await page.goto(url);
      await page.getByRole('group').getByRole('link', { name: label.trim(), exact: true }).click();
      await expect(page).not.toHaveURL(url);
      await visit(page.url(), depth + 1);
    }
  };
  await visit(start, 0);
  return reached;
}

/** The same walk over the pages' HTML: an option is a link marked data-answer-option. */
async function walkHtml(request: APIRequestContext, start: string): Promise<string[]> {
  const reached: string[] = [];
  const visit = async (url: string, depth: number): Promise<void> => {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    const options = [...html.matchAll(/<a\b[^>]*\shref="([^"]+)"[^>]*\sdata-answer-option[\s>]/g)].map((m) => m[1]!);
    if (options.length === 0) {
      expect(html, url).toMatch(/<h2[^>]*>怎么做<\/h2>/);
      expect(html.match(/\saria-label="修改答案：/g) ?? [], url).toHaveLength(depth);
      reached.push(new URL(url).pathname);
      return;
    }
    for (const href of options) await visit(new URL(href, url).href, depth + 1);
  };
  await visit(start, 0);
  return reached;
}

async function withoutJavaScript(browser: Browser, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 780 },
    baseURL: siteUrl('sample'),
  });
  await run(await context.newPage());
  await context.close();
}

test('there are four sample trees, and the report-in guide offers them @phone', async ({ page }) => {
  expect(TREES).toHaveLength(4);
  await page.goto(PAGE_TYPES.page);
  for (const tree of TREES)
    await expect(page.getByRole('link', { name: tree.data.title })).toHaveAttribute('href', stepPath(tree.slug, []));
});

// One test per tree, so that the trees are walked side by side.
for (const tree of TREES) {
  test(`${tree.slug}: the home page’s button starts it, and every path ends in an outcome @phone`, async ({ page }) => {
    await page.goto(PAGE_TYPES.home);
    await page
      .getByRole('region', { name: '我该怎么办' })
      .getByRole('link', { name: tree.data.button, exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/answers/${tree.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tree.data.title);
    expect((await walk(page, page.url())).sort()).toEqual([...tree.outcomes].sort());
  });

  // Without JavaScript a step is its HTML: the walk follows the option links of the pages as
  // served (a browser without scripts would follow the same links), which keeps it to seconds.
  test(`${tree.slug}: without JavaScript every path ends in an outcome too @phone`, async ({ request }) => {
    expect((await walkHtml(request, siteUrl('sample', stepPath(tree.slug, [])))).sort()).toEqual(
      [...tree.outcomes].sort(),
    );
  });
}

test('back and “change my answer” lead to the question, and another answer to another outcome @phone', async ({
  browser,
}) => {
  await withoutJavaScript(browser, async (page) => {
    await page.goto('/answers/leaving-home/work/over-6-months/yes/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('把组织关系转到新的党组织');
    const given = page.getByRole('region', { name: '你的回答' });
    await expect(given).toContainText('六个月以上，工作和住处比较固定');

    await page.getByRole('link', { name: '修改答案：你预计在同一个地方连续待多久？' }).click();
    await expect(page).toHaveURL(/\/answers\/leaving-home\/work\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('你预计在同一个地方连续待多久？');
    // The later answer is gone: it may no longer apply.
    await expect(page.getByRole('region', { name: '你的回答' })).not.toContainText('六个月以上');
    await page.getByRole('link', { name: '不到六个月', exact: true }).click();
    await expect(page).toHaveURL(/\/answers\/leaving-home\/work\/under-6-months\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('办理《流动党员活动证》，组织关系留在原支部');

    await page.getByRole('link', { name: '返回上一步' }).click();
    await expect(page).toHaveURL(/\/answers\/leaving-home\/work\/$/);
    await page.getByRole('link', { name: '返回上一步' }).click();
    await expect(page).toHaveURL(/\/answers\/leaving-home\/$/);
    await expect(page.getByRole('link', { name: '返回上一步' })).toHaveCount(0);
  });
});

test('a shared address reopens the same step, and the device offers to continue where the member was @phone', async ({
  page,
  browser,
}) => {
  // Someone else opens the link: the same outcome with the same answers.
  const shared = '/answers/report-in-new-city/card/no/three-or-more/';
  await withoutJavaScript(browser, async (other) => {
    await other.goto(shared);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('和身边的党员一起，申请成立流动党员党支部');
    await expect(other.getByRole('region', { name: '你的回答' })).toContainText('三名以上正式党员');
    // The continue offer and the print button need JavaScript, so they are not there.
    await expect(other.getByRole('button', { name: '打印这张结果' })).toBeHidden();
  });

  await page.goto('/answers/going-abroad/');
  await expect(page.getByRole('link', { name: /^继续上次的进度/ })).toHaveCount(0);
  // The pages the answers lead to are fetched ahead of the tap.
  await expect(page.locator('link[rel="prefetch"]')).toHaveCount(2);
  await expect(page.locator('link[rel="prefetch"]').first()).toHaveAttribute(
    'href',
    /\/answers\/going-abroad\/short\/$/,
  );
  await page.getByRole('link', { name: '六个月以上（留学、外派工作、长期居住）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('出发前，你向所在党支部报告过吗？');
  await page.goto('/answers/going-abroad/');
  await page.getByRole('link', { name: '继续上次的进度：出发前，你向所在党支部报告过吗？' }).click();
  await expect(page).toHaveURL(/\/answers\/going-abroad\/long\/$/);
});

test('with JavaScript a question leads to the next without a page load; back and forward too; the focus is on the new question @phone', async ({
  page,
}) => {
  await page.goto('/answers/leaving-home/');
  // Set on this document: a page load would lose it.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const sameDocument = () =>
    page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
  await page.getByRole('link', { name: '外出务工、经商或创业', exact: true }).click();
  await expect(page).toHaveURL(/\/answers\/leaving-home\/work\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('你预计在同一个地方连续待多久？');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle(/你预计在同一个地方连续待多久？/);
  await expect(page.getByRole('region', { name: '你的回答' })).toContainText('外出务工');
  expect(await sameDocument()).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(/\/answers\/leaving-home\/$/);
  await expect(page.locator('[data-answer-option]').first()).toHaveText(/外出务工、经商或创业/);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('你预计在同一个地方连续待多久？');
  expect(await sameDocument()).toBe(true);

  // An outcome needs its own scripts (QR code, calendar, print): it opens as a page, and works.
  await page.getByRole('link', { name: '六个月以上，工作和住处比较固定', exact: true }).click();
  await page.getByRole('group').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: '怎么做' })).toBeVisible();
  expect(await sameDocument()).toBe(false);
  await expect(page.getByRole('button', { name: '打印这张结果' })).toBeVisible();
});

test('an outcome is a card to print: what to do, bring, by when, on what grounds, where, with its QR code @phone', async ({
  page,
}) => {
  await page.goto(PAGE_TYPES.answerOutcome);
  const h1 = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', h1!.trim());
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    'content',
    /\/answers\/leaving-home\/work\/over-6-months\/yes\/$/,
  );
  for (const name of ['怎么做', '需要携带的材料', '期限', '到哪里办、找谁', '依据的政策'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByRole('link', { name: '党员组织关系转接办事指南' })).toHaveAttribute(
    'href',
    '/policies/zuzhi-guanxi-zhuanjie-banshi-zhinan/',
  );
  await expect(page.getByRole('link', { name: /^找组织/ })).toHaveAttribute('href', '/stations/');
  await expect(page.getByRole('link', { name: /^联系家乡党组织/ })).toHaveAttribute('href', '/contact/');
  await expect(page.getByText('这是示例内容')).toBeVisible();
  await expect(page.getByRole('img', { name: '本页网址的二维码' })).toBeVisible();
  await expect(page.getByRole('button', { name: '打印这张结果' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: '本页网址的二维码' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '需要携带的材料' })).toBeVisible();
  await expect(page.getByRole('link', { name: '返回上一步' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^修改答案/ }).first()).toBeHidden();
  await expect(page.getByText('网址：https://')).toBeVisible();
});

test('search indexes each tree’s start and each outcome once, as their own type @phone', async ({ page }) => {
  const indexed = async (path: string) => {
    await page.goto(path);
    return page.locator('[data-pagefind-body]').count();
  };
  expect(await indexed(PAGE_TYPES.answerStart)).toBe(1);
  await expect(page.locator('[data-pagefind-filter="type:我该怎么办"]')).toHaveCount(1);
  expect(await indexed(PAGE_TYPES.answerQuestion)).toBe(0);
  // The activity card is reached by three paths; the first one is indexed, the others not.
  expect(await indexed('/answers/leaving-home/work/under-6-months/')).toBe(1);
  expect(await indexed('/answers/leaving-home/work/moving-around/')).toBe(0);
  expect(await indexed('/answers/leaving-home/work/over-6-months/no/')).toBe(0);
  // The copies name the first path as the page search engines should list.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/answers\/leaving-home\/work\/under-6-months\/$/,
  );
});

test('the search page offers guided answers as a type of their own, each start and outcome once @phone', async ({
  page,
}) => {
  await page.goto(`/search/?type=${encodeURIComponent('我该怎么办')}`);
  const status = page.getByRole('main').getByRole('status');
  const expected = TREES.reduce((sum, tree) => sum + 1 + tree.data.outcomes.length, 0);
  await expect(status).toHaveText(`找到 ${expected} 条结果`);
  const results = page.locator('[data-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasNotText: '我该怎么办' })).toHaveCount(0);
});
