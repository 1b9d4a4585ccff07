// Offline reading (with src/sw/service-worker.js; both take their cache names from
// src/sw/cache-names.ts): registers the service worker, saves the page being read on its first
// visit and shows when the device is offline. Loaded on every page (Base.astro); saving a whole
// course on request (save-course.ts) uses its savePages.
import { cacheNames, pageKey } from '../sw/cache-names';
import { assetReferences, moduleImports, ownAssets } from './own-assets';

const base = import.meta.env.BASE_URL;
export const CACHES = cacheNames(base);

/**
 * Puts each of `assets` not yet in `cache` there (through the worker, which has most of them
 * already), with the modules its scripts import: a saved page's scripts then run offline even
 * once the assets cache is gone.
 */
async function keepAssets(cache: Cache, assets: string[], kept = new Set<string>()) {
  const fresh = assets.filter((asset) => !kept.has(asset));
  for (const asset of fresh) kept.add(asset);
  const imports = await Promise.all(
    fresh.map(async (asset) => {
      let response = await cache.match(asset);
      if (!response) {
        await cache.add(asset);
        response = await cache.match(asset);
      }
      if (!response || !new URL(asset).pathname.endsWith('.js')) return [];
      return moduleImports(await response.text(), asset, base);
    }),
  );
  if (imports.flat().length > 0) await keepAssets(cache, imports.flat(), kept);
}

/**
 * Saves pages, each under its address without query, with their own styles and scripts: into
 * the saved cache (with the files, which then outlive the assets cache), or among pages read.
 */
export async function savePages(urls: string[], cacheName: string): Promise<number> {
  const cache = await caches.open(cacheName);
  const assets = cacheName === CACHES.saved ? cache : await caches.open(CACHES.assets);
  // The pages of a course share most of their files: each is looked at once.
  const kept = new Set<string>();
  let saved = 0;
  for (const url of urls) {
    const address = new URL(url, location.href);
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const html = await response.clone().text();
    await cache.put(pageKey(address), response);
    // Parsed, never run or drawn: only the page's own <link>s and <script>s are read.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    await keepAssets(assets, ownAssets(assetReferences(doc), address.href, base), kept);
    saved += 1;
  }
  return saved;
}

const isSaved = async () => Boolean(await (await caches.open(CACHES.saved)).match(pageKey(location.href)));

/** Runs `task` once the page has loaded and the browser is idle, so reading starts first. */
function whenIdle(task: () => void) {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 200);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  whenIdle(() => {
    const controlled = navigator.serviceWorker.controller !== null;
    void navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then(async () => {
        if (!('caches' in window)) return;
        // The first page of a visit comes before the worker: save it too, so that it reads offline.
        if (!controlled) await savePages([location.pathname], (await isSaved()) ? CACHES.saved : CACHES.pages);
        // A saved page the worker has just updated may use new styles: keep them with it.
        else if (await isSaved())
          await keepAssets(await caches.open(CACHES.saved), ownAssets(assetReferences(document), location.href, base));
      })
      .catch(() => undefined);
  });
}

const banner = document.querySelector<HTMLElement>('[data-offline-banner]');
const showBanner = () => banner && (banner.hidden = navigator.onLine);
window.addEventListener('online', showBanner);
window.addEventListener('offline', showBanner);
showBanner();
