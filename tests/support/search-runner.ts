import type { Page } from '@playwright/test';

export interface SearchCase {
  kind: string;
  query: string;
  /** Site-relative path of the page that answers the query, or of each page that does. */
  expect?: string | string[];
  /** Or: the answering document's title starts with this (any version of a law counts). */
  expectTitle?: string | string[];
  /** Written after the search was tuned, and never tuned on: reported on its own. */
  heldOut?: boolean;
  /** The article (or section) anchor that answers it, when one does. */
  anchor?: string;
  /** Nothing on the site answers it: the page should say so rather than list weak results. */
  expectNone?: boolean;
}

export interface SearchOutcome {
  /** 1-based rank of the expected page among the results, 0 when it is not listed. */
  rank: number;
  /** Whether the expected page's result links to the expected anchor. */
  anchorHit: boolean;
  /** Paths (or titles, for expectTitle) of the first five results, for messages; "~" marks a partial match. */
  top: string[];
}

/**
 * Runs one query on the search page of the site at `base` and reads the results as a reader sees
 * them. The first query opens the page by its address (?q=, as a shared link does); later ones are
 * typed into the page already open, as a reader searching again does, so that Pagefind is loaded
 * once per run rather than once per query.
 */
export async function runSearch(page: Page, base: string, item: SearchCase): Promise<SearchOutcome> {
  const searchPage = new URL('search/', base).href;
  if (page.url().startsWith(searchPage) && (await page.locator('#search-q').isVisible())) {
    await searchInPage(page, item.query);
  } else {
    await page.goto(`${searchPage}?q=${encodeURIComponent(item.query)}`);
    await settled(page);
  }
  return readResults(page, base, item);
}

/** Types a query into the search page already open and submits it, as a reader does. */
export async function searchInPage(page: Page, query: string): Promise<void> {
  const box = page.locator('#search-q');
  await box.fill(query);
  await box.press('Enter');
  // The page writes the query into the address and shows 正在搜索 in the same step.
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
  await settled(page);
}

async function settled(page: Page) {
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-status]')?.textContent ?? '';
      if (text === '' || text.includes('正在搜索')) return false;
      // Results are drawn one a frame; the list is aria-busy until the first five are all there.
      const list = document.querySelector('[data-results]');
      return !text.startsWith('找到') || (list?.querySelector('li') != null && !list.hasAttribute('aria-busy'));
    },
    undefined,
    { timeout: 20_000 },
  );
}

/** A result as read off a results page (or from Pagefind): its title, path and article anchors. */
export interface ResultRow {
  title: string;
  url: string;
  anchors: string[];
  /** Listed under the 部分匹配 separator: the page holds only some of the words. */
  partial?: boolean;
}

/** The outcome of the search shown on the page for `item`. */
export async function readResults(page: Page, base: string, item: SearchCase): Promise<SearchOutcome> {
  const status = page.locator('[data-status]');
  if (!/^找到 \d+ 条结果$/.test((await status.textContent()) ?? '')) return { rank: 0, anchorHit: false, top: [] };
  const results = page.locator('[data-results] > li');
  await results.first().waitFor();
  const rows = await results.evaluateAll((items) =>
    items.slice(0, 5).map((li) => ({
      title: li.querySelector('h2 a')!.textContent ?? '',
      url: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
      anchors: [...li.querySelectorAll('ul a')].map((a) =>
        new URL(a.getAttribute('href')!, location.href).hash.slice(1),
      ),
      partial: li.hasAttribute('data-partial-match'),
    })),
  );
  return judgeRows(rows, base, item);
}

/** Where the answer to `item` stands among `rows` (the first five results). */
export function judgeRows(rows: ResultRow[], base: string, item: SearchCase): SearchOutcome {
  const strip = (path: string) => path.replace(base.replace(/^https?:\/\/[^/]+/, '').replace(/\/$/, ''), '');
  const answers = item.expect === undefined ? [] : Array.isArray(item.expect) ? item.expect : [item.expect];
  const byTitle = item.expectTitle === undefined ? undefined : [item.expectTitle].flat();
  const answering = (row: { title: string; url: string }) =>
    byTitle === undefined ? answers.includes(strip(row.url)) : byTitle.some((title) => row.title.startsWith(title));
  const index = rows.findIndex(answering);
  return {
    rank: index + 1,
    // Any answering result (one version of the law or another) may carry the article link.
    anchorHit: item.anchor !== undefined && rows.some((row) => answering(row) && row.anchors.includes(item.anchor!)),
    top: rows.map((row) => `${row.partial ? '~' : ''}${byTitle === undefined ? strip(row.url) : row.title}`),
  };
}

/** Whether the page shown says that nothing answers the query directly (or found nothing). */
export async function saysNoAnswer(page: Page): Promise<boolean> {
  const status = (await page.locator('[data-status]').textContent()) ?? '';
  return !status.startsWith('找到') || (await page.locator('[data-weak]').isVisible());
}

const pageTexts = new Map<string, Promise<string>>();

/** The indexed text of a built page (its data-pagefind-body element), fetched from the server. */
export function pageText(url: string): Promise<string> {
  const key = url.replace(/[?#].*$/, '');
  let text = pageTexts.get(key);
  if (!text) {
    text = fetch(key)
      .then((response) => response.text())
      .then((html) => {
        const start = html.search(/<[a-z]+[^>]*data-pagefind-body/);
        const body = start < 0 ? html : html.slice(start, html.lastIndexOf('</article>'));
        return body
          .replace(/<(script|style)[^]*?<\/\1>/g, '')
          .replace(/<[^>]+>/g, '')
          .replace(/&[a-z]+;|&#\d+;/g, ' ');
      });
    pageTexts.set(key, text);
  }
  return text;
}

/**
 * Of the first `count` results shown (fetching more as a reader does), the share whose page
 * holds every word the query asked for: for each word, the word or one of its legal terms (the
 * list the page writes on the results, data-words). `share` counts all of them; `whole` only
 * those the page lists as holding every word (above its 部分匹配 separator). Undefined when
 * nothing was listed.
 */
export async function topPrecision(
  page: Page,
  count = 10,
): Promise<{ share: number; whole: number | undefined; shown: number } | undefined> {
  const list = page.locator('[data-results]');
  const items = list.locator(':scope > li');
  if ((await items.count()) === 0) return undefined;
  while ((await items.count()) < count && (await page.locator('[data-more]').isVisible())) {
    const before = await items.count();
    await page.locator('[data-more]').click();
    await page.waitForFunction(
      (n) => {
        const results = document.querySelector('[data-results]')!;
        return results.children.length > n && !results.hasAttribute('aria-busy');
      },
      before,
      { timeout: 20_000 },
    );
  }
  const wanted = JSON.parse((await list.getAttribute('data-words')) ?? '[]') as string[][];
  const shown = await items.evaluateAll(
    (lis, n) =>
      lis.slice(0, n).map((li) => ({
        url: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).href,
        partial: li.hasAttribute('data-partial-match'),
      })),
    count,
  );
  const all = await pagePrecision(
    shown.map((r) => r.url),
    wanted,
  );
  const whole = shown.filter((r) => !r.partial);
  return {
    share: all.share,
    whole: whole.length
      ? (
          await pagePrecision(
            whole.map((r) => r.url),
            wanted,
          )
        ).share
      : undefined,
    shown: all.shown,
  };
}

/** The share of `urls` whose page holds, for every list in `wanted`, one of its words. */
export async function pagePrecision(urls: string[], wanted: string[][]): Promise<{ share: number; shown: number }> {
  const texts = await Promise.all(urls.map(pageText));
  const holding = texts.filter((text) => wanted.every((words) => words.some((word) => text.includes(word))));
  return { share: urls.length ? holding.length / urls.length : 1, shown: urls.length };
}
