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
  /** Paths (or titles, for expectTitle) of the first five results, for messages. */
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
    })),
  );
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
    top: rows.map((row) => (byTitle === undefined ? strip(row.url) : row.title)),
  };
}
