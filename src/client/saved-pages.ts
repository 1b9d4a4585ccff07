// The pages kept on this device, read for the search page when Pagefind's files cannot be
// fetched (src/search/offline.ts searches them): the courses saved for offline reading and the
// pages read, as the service worker and offline.ts keep them in Cache Storage. Loaded by the
// search page only.
import type { SavedPage } from '../search/offline';

// Elements whose end is a break in the text: without a space there, a heading and the paragraph
// after it would read as one sentence in an excerpt (the HTML is parsed, never laid out, so
// innerText cannot tell).
const BLOCKS =
  'address,article,aside,blockquote,dd,div,dl,dt,figcaption,h1,h2,h3,h4,h5,h6,header,li,p,section,td,th,tr';

/** What search reads of a page's HTML; undefined for a page search does not index (a listing, the offline page). */
export function readPage(url: string, html: string): SavedPage | undefined {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const meta = (key: string) =>
    doc
      .querySelector(`[data-pagefind-meta^="${key}:"]`)
      ?.getAttribute('data-pagefind-meta')
      ?.slice(key.length + 1);
  const filters: Record<string, string[]> = {};
  for (const element of doc.querySelectorAll('[data-pagefind-filter]')) {
    const value = element.getAttribute('data-pagefind-filter')!;
    const colon = value.indexOf(':');
    if (colon > 0) (filters[value.slice(0, colon)] ??= []).push(value.slice(colon + 1));
  }
  const text = body.cloneNode(true) as Element;
  // What Pagefind leaves out, and what the reader does not see (the index's metadata, a mark
  // shown only once a lesson is done): an excerpt shows only text the page shows.
  for (const element of text.querySelectorAll('[data-pagefind-ignore], [hidden], script, style, template, noscript'))
    element.remove();
  for (const element of text.querySelectorAll(BLOCKS)) element.after(' ');
  return {
    url,
    title: body.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? url,
    type: meta('type') ?? '',
    date: meta('date'),
    filters,
    text: (text.textContent ?? '').replace(/\s+/g, ' ').trim(),
  };
}

// Read once per visit of the search page: pages do not change while there is no connection.
const read = new Map<string, SavedPage | undefined>();

/**
 * The pages of this site kept in the caches `names` (the saved pages', then the read pages'),
 * each once, the first copy found. Only pages of this origin under `base`, only HTML.
 */
export async function savedPages(names: readonly string[], base: string): Promise<SavedPage[]> {
  const pages = new Map<string, SavedPage>();
  for (const name of names) {
    // Opening a cache that is not there would make an empty one.
    if (!(await caches.has(name))) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (url.origin !== location.origin || !url.pathname.startsWith(base) || pages.has(url.pathname)) continue;
      if (!read.has(url.pathname)) {
        const response = await cache.match(request);
        const html = response?.headers.get('content-type')?.includes('text/html') ? await response.text() : undefined;
        read.set(url.pathname, html === undefined ? undefined : readPage(url.pathname, html));
      }
      const page = read.get(url.pathname);
      if (page) pages.set(url.pathname, page);
    }
  }
  return [...pages.values()];
}
