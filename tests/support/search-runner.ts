import type { Page } from '@playwright/test';

export interface SearchCase {
  kind: string;
  query: string;
  /** Site-relative path of the page that answers the query, or of each page that does. */
  expect: string | string[];
  /** The article (or section) anchor that answers it, when one does. */
  anchor?: string;
}

export interface SearchOutcome {
  /** 1-based rank of the expected page among the results, 0 when it is not listed. */
  rank: number;
  /** Whether the expected page's result links to the expected anchor. */
  anchorHit: boolean;
  /** Paths of the first five results, for messages. */
  top: string[];
}

/** Runs one query on the search page of the site at `base` and reads the results as a reader sees them. */
export async function runSearch(page: Page, base: string, item: SearchCase): Promise<SearchOutcome> {
  await page.goto(`${base}search/?q=${encodeURIComponent(item.query)}`);
  const status = page.locator('[data-status]');
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-status]')?.textContent ?? '';
      return text !== '' && !text.includes('正在搜索');
    },
    undefined,
    { timeout: 20_000 },
  );
  if (!/^找到 \d+ 条结果$/.test((await status.textContent()) ?? '')) return { rank: 0, anchorHit: false, top: [] };
  const results = page.locator('[data-results] > li');
  await results.first().waitFor();
  const rows = await results.evaluateAll((items) =>
    items.slice(0, 5).map((li) => ({
      url: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
      anchors: [...li.querySelectorAll('ul a')].map((a) =>
        new URL(a.getAttribute('href')!, location.href).hash.slice(1),
      ),
    })),
  );
  const strip = (path: string) => path.replace(base.replace(/^https?:\/\/[^/]+/, '').replace(/\/$/, ''), '');
  const answers = Array.isArray(item.expect) ? item.expect : [item.expect];
  const index = rows.findIndex((row) => answers.includes(strip(row.url)));
  return {
    rank: index + 1,
    anchorHit: index >= 0 && item.anchor !== undefined && rows[index]!.anchors.includes(item.anchor),
    top: rows.map((row) => strip(row.url)),
  };
}
