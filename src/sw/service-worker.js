/* global self, caches, clients, fetch */
// The service worker (served as <base>sw.js by src/pages/sw.js.ts, which fills in BASE).
// - Pages: network first, so a new build's pages replace the saved ones whenever there is a
//   connection; the saved copy (or the offline page) when there is none.
// - Hashed assets (_astro/): saved on first use and kept; their names change when they do.
// - The search index: network first, saved as used, so searches made online work offline.
// Nothing is fetched that the reader did not open, except a course saved for offline reading
// at the reader's request (src/scripts/offline.ts).
const BASE = '__BASE__';
const PAGES = 'pages-v1';
const ASSETS = 'assets-v1';
const OFFLINE = `${BASE}offline/`;
const MAX_PAGES = 300;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(PAGES)
      .then((cache) => cache.add(OFFLINE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => ![PAGES, ASSETS].includes(key)).map((key) => caches.delete(key))),
      )
      .then(() => clients.claim()),
  );
});

async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(key);
}

async function networkFirst(request, cacheName, fallback) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(request, response.clone());
      if (cacheName === PAGES) void trim(cache);
    }
    return response;
  } catch (error) {
    const saved =
      (await cache.match(request, { ignoreSearch: cacheName === PAGES })) ??
      (fallback && (await cache.match(fallback)));
    if (saved) return saved;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const path = url.pathname.slice(BASE.length);
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, PAGES, OFFLINE));
  else if (path.startsWith('_astro/')) event.respondWith(cacheFirst(request));
  else if (path.startsWith('pagefind/') || path.startsWith('uploads/') || path === 'favicon.svg')
    event.respondWith(networkFirst(request, ASSETS));
});
