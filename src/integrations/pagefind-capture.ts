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

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = (globalThis as typeof globalThis & { [PAGE_SINK]?: PageSink })[PAGE_SINK];
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const html = await response.text();
  if (html.includes('data-pagefind-body')) await sink(builtPath(context.url.pathname, import.meta.env.BASE_URL), html);
  return new Response(html, response);
};
