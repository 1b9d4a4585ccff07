// What a visit's first search costs on the wire: shared by bench-search.ts and bench-scale.ts.
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from '@playwright/test';

export const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };

/**
 * A response's body as sent. Chromium reports no size for a worker's own script
 * (pagefind-worker.js): that one is measured by compressing the body as the server did.
 */
export async function wireBytes(request: Request): Promise<number> {
  const sizes = await request.sizes();
  if (sizes.responseBodySize > 0) return sizes.responseBodySize;
  const response = await request.response();
  if (!response) return 0;
  const body = await response.body();
  return response.headers()['content-encoding'] === 'gzip' ? gzipSync(body).length : body.length;
}

/** A fresh phone on `base` + `path`, counting the bytes on the wire of Pagefind's files (gzip included). */
export async function openCounting(browser: Browser, base: string, path: string) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const counter = { bytes: 0, all: false };
  page.on('requestfinished', (request) => {
    if (!counter.all && !new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    void wireBytes(request).then(
      (size) => (counter.bytes += size),
      () => undefined,
    );
  });
  await page.goto(`${base}${path}`);
  return { context, page, counter };
}

/** Waits until the site's /search/ page has shown the outcome of its query. */
export async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-status]')?.textContent ?? '';
    return (
      text !== '' && !text.includes('正在搜索') && !document.querySelector('[data-results]')?.hasAttribute('aria-busy')
    );
  });
  await page.waitForLoadState('networkidle');
}

/** Bytes of Pagefind's files fetched by each query as a visit's first, by address (/search/?q=…). */
export async function firstSearchBytes(browser: Browser, base: string, queries: string[]): Promise<number[]> {
  const bytes: number[] = [];
  for (const query of queries) {
    const fresh = await openCounting(browser, base, `search/?q=${encodeURIComponent(query)}`);
    await searchSettled(fresh.page);
    bytes.push(fresh.counter.bytes);
    await fresh.context.close();
  }
  return bytes;
}

/**
 * The same for plain Pagefind on a site without the portal's search page (the bare build): a
 * fresh phone on any page imports /pagefind/pagefind.js, searches and loads the first ten
 * results' data, which is what a results list shows.
 */
export async function plainFirstSearchBytes(
  browser: Browser,
  base: string,
  path: string,
  queries: string[],
): Promise<number[]> {
  const bytes: number[] = [];
  for (const query of queries) {
    const fresh = await openCounting(browser, base, path);
    await fresh.page.evaluate(async (q) => {
      // A string, so that no bundler touches the import.
      const file = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ file)) as {
        search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    }, query);
    await fresh.page.waitForLoadState('networkidle');
    bytes.push(fresh.counter.bytes);
    await fresh.context.close();
  }
  return bytes;
}

export const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
