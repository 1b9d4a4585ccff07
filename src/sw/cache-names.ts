// The caches of offline reading, named once for both sides: src/client/offline.ts imports
// this module, and src/pages/sw.js.ts writes its values into the service worker at build time.

/**
 * Bumped when what the pages, assets or search caches hold changes shape: the next worker then
 * deletes the older ones on activation. The saved cache is not versioned with them.
 */
export const CACHE_VERSION = 2;

/** How many entries the trimmed caches keep, oldest dropped first. */
export const CACHE_LIMITS = {
  /** Pages read on this device (one entry per address, query left out). */
  pages: 200,
  /** Search index files: each search fetches a few index chunks and five result fragments. */
  search: 150,
} as const;

export interface CacheNames {
  /** Pages read on this device, trimmed to CACHE_LIMITS.pages; also holds the offline page, never trimmed. */
  pages: string;
  /** Hashed styles and scripts (_astro/), uploads and the icon. */
  assets: string;
  /** Pagefind's files, trimmed to CACHE_LIMITS.search. */
  search: string;
  /**
   * Pages the member saved on purpose (a course for offline reading) with the styles and scripts
   * they need: never trimmed, and kept when the other caches' version changes.
   */
  saved: string;
}

/**
 * The cache names of a site at `base`. The base is part of the name, so that two sites on one
 * origin (one at /, one at /portal/) neither share nor delete each other's caches.
 */
export function cacheNames(base: string, version: number = CACHE_VERSION): CacheNames {
  return {
    pages: `${base}:pages-v${version}`,
    assets: `${base}:assets-v${version}`,
    search: `${base}:search-v${version}`,
    saved: `${base}:saved-v1`,
  };
}

/**
 * The first worker's caches, before names carried the base. Its pages cache mixed saved courses
 * with pages merely read, so the next worker moves their entries instead of dropping them.
 */
export const LEGACY_CACHES = { pages: 'pages-v1', assets: 'assets-v1' } as const;

/** The key a page (or a search file) is kept under: its address without query or fragment. */
export function pageKey(url: string | URL, base?: string | URL): string {
  const parsed = new URL(url, base);
  return `${parsed.origin}${parsed.pathname}`;
}
