// Which files a saved copy of a page needs (src/client/offline.ts): the page's own styles and
// scripts, never what its text links to or shows.

/** An element of a page that loads or names a file: a <link> with its rel, or a <script src>. */
export interface AssetReference {
  element: 'link' | 'script';
  /** The <link>'s rel attribute, as written. */
  rel?: string;
  /** The href or src attribute, as written. */
  url: string;
}

/** The <link href> and <script src> elements of a document (the one shown, or one parsed from a fetched page). */
export function assetReferences(doc: ParentNode): AssetReference[] {
  return [...doc.querySelectorAll('link[href], script[src]')].map((element) =>
    element.localName === 'link'
      ? { element: 'link', rel: element.getAttribute('rel') ?? '', url: element.getAttribute('href') ?? '' }
      : { element: 'script', url: element.getAttribute('src') ?? '' },
  );
}

const OWN_RELS = ['stylesheet', 'modulepreload'];

/**
 * The addresses of a page's own styles and scripts: stylesheets, module preloads and scripts on
 * the page's origin under the site's `<base>_astro/`, each once. Links (<a>), images and anything
 * on another origin are left out, so a page's text cannot make the device fetch a file.
 */
export function ownAssets(references: readonly AssetReference[], pageUrl: string, base: string): string[] {
  const page = new URL(pageUrl);
  const prefix = `${base.endsWith('/') ? base : `${base}/`}_astro/`;
  const found = new Set<string>();
  for (const reference of references) {
    if (reference.element === 'link') {
      const rels = (reference.rel ?? '').toLowerCase().split(/\s+/);
      if (!OWN_RELS.some((rel) => rels.includes(rel))) continue;
    }
    // A backslash is read as a slash by the URL parser; no file of the build has one.
    if (reference.url === '' || reference.url.includes('\\')) continue;
    let url: URL;
    try {
      url = new URL(reference.url, page);
    } catch {
      continue;
    }
    if (url.origin !== page.origin || !url.pathname.startsWith(prefix)) continue;
    url.hash = '';
    found.add(url.href);
  }
  return [...found];
}

/**
 * The modules a built script imports when it runs (`import{t as e}from"./chunk.js"`,
 * `import"./chunk.js"`), by ownAssets' rule: a saved page's scripts need them too. Imports on
 * demand (`import("./x.js")`, such as the Traditional converter) are left out, as the page did
 * not load them either.
 */
export function moduleImports(code: string, scriptUrl: string, base: string): string[] {
  const references = [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((match): AssetReference => ({
    element: 'script',
    url: match[1]!,
  }));
  return ownAssets(references, scriptUrl, base);
}
