/* global self, caches, clients, fetch */
// The service worker (served as <base>sw.js by src/pages/sw.js.ts, which fills in BASE, the cache
// names and the limits from src/sw/cache-names.ts, the one place they are written).
// - Pages: network first, so a new build's pages replace the saved ones whenever there is a
//   connection; the saved copy (or the offline page) when there is none. A page is kept under
//   its address without the query: /search/?q=… and /search/ are one entry.
// - Pages the member saved on purpose (a course, src/client/save-course.ts) sit in their own cache,
//   which is never trimmed and outlives a change of CACHE_VERSION; reading them online updates
//   them there. Other pages are trimmed, oldest first, except the offline page.
// - Hashed assets (_astro/): saved on first use and kept; their names change when they do.
// - The search index: network first, saved as used, trimmed, so searches made online work
//   offline without pushing anything else out.
// Nothing is fetched that the reader did not open, except a course saved for offline reading
// at the reader's request.
const BASE = '__BASE__';
const CACHES = '__CACHES__';
const LEGACY = '__LEGACY_CACHES__';
const LIMITS = '__CACHE_LIMITS__';
const OFFLINE = new URL(`${BASE}offline/`, self.location.origin).href;

/** A page's or a search file's key: its address without query (pageKey in cache-names.ts). */
const keyOf = (url) => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHES.pages)
      .then((cache) => cache.add(OFFLINE))
      .then(() => self.skipWaiting()),
  );
});

/** Copies every entry of cache `from` into cache `to` (under `keyOf` keys when `byPath`). */
async function move(from, to, { byPath = false, filter = () => true } = {}) {
  const source = await caches.open(from);
  const target = await caches.open(to);
  for (const request of await source.keys()) {
    if (!filter(request)) continue;
    const response = await source.match(request);
    if (response) await target.put(byPath ? keyOf(request.url) : request, response);
  }
}

// Earlier versions' caches of this site go; what the member saved moves to the current saved
// cache first, and so do the first worker's pages (saved courses were among them) and assets.
async function cleanUp() {
  const current = Object.values(CACHES);
  for (const key of await caches.keys()) {
    if (current.includes(key)) continue;
    if (key.startsWith(`${BASE}:saved-`)) await move(key, CACHES.saved);
    else if (key === LEGACY.pages) await move(key, CACHES.pages, { byPath: true });
    else if (key === LEGACY.assets)
      await move(key, CACHES.assets, { filter: (request) => new URL(request.url).pathname.startsWith(BASE) });
    else if (!key.startsWith(`${BASE}:`)) continue;
    await caches.delete(key);
  }
  await trim(CACHES.pages, LIMITS.pages);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(cleanUp().then(() => clients.claim()));
});

/** Keeps the newest `limit` entries of a cache; the offline page always stays. */
async function trim(name, limit) {
  const cache = await caches.open(name);
  const keys = (await cache.keys()).filter((request) => request.url !== OFFLINE);
  for (const request of keys.slice(0, Math.max(0, keys.length - limit))) await cache.delete(request);
}

async function page(event) {
  const key = keyOf(event.request.url);
  const saved = await caches.open(CACHES.saved);
  const pages = await caches.open(CACHES.pages);
  try {
    const response = await fetch(event.request);
    if (response.ok && !response.redirected) {
      if (await saved.match(key)) await saved.put(key, response.clone());
      else {
        await pages.put(key, response.clone());
        event.waitUntil(trim(CACHES.pages, LIMITS.pages));
      }
    }
    return response;
  } catch (error) {
    const copy = (await saved.match(key)) ?? (await pages.match(key)) ?? (await pages.match(OFFLINE));
    if (copy) return copy;
    throw error;
  }
}

async function searchFile(event) {
  // Pagefind asks for pagefind-entry.json?ts=<time> on every load: the path is the file.
  const key = keyOf(event.request.url);
  const cache = await caches.open(CACHES.search);
  try {
    const response = await fetch(event.request);
    if (response.ok) {
      await cache.put(key, response.clone());
      event.waitUntil(trim(CACHES.search, LIMITS.search));
    }
    return response;
  } catch (error) {
    const copy = await cache.match(key);
    if (copy) return copy;
    throw error;
  }
}

async function networkFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const saved = await cache.match(request);
    if (saved) return saved;
    throw error;
  }
}

async function cacheFirst(request) {
  // A saved page's styles and scripts are in the saved cache, which outlives the assets cache.
  const saved = await (await caches.open(CACHES.saved)).match(request);
  if (saved) return saved;
  const cache = await caches.open(CACHES.assets);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  // Audio and video ask for byte ranges, answered 206, which the Cache API refuses to store: a
  // worker that tried would fail the request and the player with it. The browser fetches them.
  if (request.headers.has('range')) return;
  const path = url.pathname.slice(BASE.length);
  if (request.mode === 'navigate') event.respondWith(page(event));
  else if (path.startsWith('_astro/')) event.respondWith(cacheFirst(request));
  else if (path.startsWith('pagefind/')) event.respondWith(searchFile(event));
  else if (path.startsWith('uploads/') || path === 'favicon.svg')
    event.respondWith(networkFirst(request, CACHES.assets));
});
