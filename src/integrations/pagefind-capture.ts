// Build-time middleware (added by the Pagefind integration, pagefind.ts): hands each rendered page
// that holds a data-pagefind-body element to the search index as soon as Astro renders it, so
// Pagefind indexes on a second core while Astro renders the rest. Nothing happens outside a build.
import type { MiddlewareHandler } from 'astro';

/** Where the integration listens, on globalThis: the middleware runs in Astro's rendering bundle. */
export const PAGE_SINK = Symbol.for('portal.pagefind.pages');
/**
 * Takes a page's path in the built site (policies/x/index.html) and its HTML; resolves when the
 * next page may come (Pagefind has not fallen too far behind).
 */
export type PageSink = (path: string, html: string) => Promise<void>;

/** A rendered page's file in the built site, from its address: /portal/policies/x/ → policies/x/index.html. */
export function builtPath(pathname: string, base: string): string {
  const path = decodeURI(pathname);
  const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : `${relative}.html`;
}

/** The attribute that makes a page indexable, as bytes: most pages are looked at without being decoded. */
const BODY_MARKER = Buffer.from('data-pagefind-body');
const decoder = new TextDecoder();

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = (globalThis as typeof globalThis & { [PAGE_SINK]?: PageSink })[PAGE_SINK];
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  // Bytes in and the same bytes out: a page Pagefind does not index (a handout, a listing) is
  // never decoded, and no page is encoded again.
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.includes(BODY_MARKER))
    await sink(builtPath(context.url.pathname, import.meta.env.BASE_URL), decoder.decode(bytes));
  return new Response(bytes, response);
};
