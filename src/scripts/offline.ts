// Offline reading (with src/sw/service-worker.js; both take their cache names from
// src/sw/cache-names.ts): registers the service worker, saves the page being read on its first
// visit, shows when the device is offline, and saves a whole course on request.
import { cacheNames, pageKey } from '../sw/cache-names';
import { assetReferences, ownAssets } from './own-assets';

const base = import.meta.env.BASE_URL;
const CACHES = cacheNames(base);

/** Puts each of `assets` not yet in `cache` there (through the worker, which has most of them already). */
async function keepAssets(cache: Cache, assets: string[]) {
  await Promise.all(assets.map(async (asset) => (await cache.match(asset)) ?? (await cache.add(asset))));
}

/**
 * Saves pages, each under its address without query, with their own styles and scripts: into
 * the saved cache (with the files, which then outlive the assets cache), or among pages read.
 */
async function savePages(urls: string[], cacheName: string): Promise<number> {
  const cache = await caches.open(cacheName);
  const assets = cacheName === CACHES.saved ? cache : await caches.open(CACHES.assets);
  let saved = 0;
  for (const url of urls) {
    const address = new URL(url, location.href);
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const html = await response.clone().text();
    await cache.put(pageKey(address), response);
    // Parsed, never run or drawn: only the page's own <link>s and <script>s are read.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    await keepAssets(assets, ownAssets(assetReferences(doc), address.href, base));
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

class AppSaveCourse extends HTMLElement {
  connectedCallback() {
    if (!('caches' in window) || !('serviceWorker' in navigator)) return;
    const button = this.querySelector<HTMLButtonElement>('button')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const urls = (this.dataset.urls ?? '').split(' ').filter(Boolean);
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = this.dataset.saving ?? '';
      try {
        const count = await savePages(urls, CACHES.saved);
        status.textContent = (this.dataset.saved ?? '').replace('{count}', String(count));
      } catch {
        status.textContent = this.dataset.failed ?? '';
      } finally {
        button.disabled = false;
      }
    });
    this.hidden = false;
  }
}
customElements.define('app-save-course', AppSaveCourse);
