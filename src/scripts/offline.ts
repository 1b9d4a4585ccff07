// Offline reading (with src/sw/service-worker.js, whose cache names these are): registers the
// service worker, saves the page being read on its first visit, shows when the device is
// offline, and saves a whole course on request.
const PAGES = 'pages-v1';
const ASSETS = 'assets-v1';
const base = import.meta.env.BASE_URL;

/** The page's own files (styles, scripts) that a saved copy needs. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:href|src)="([^"]*\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
}

async function savePages(urls: string[]): Promise<number> {
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  let saved = 0;
  for (const url of urls) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const html = await response.clone().text();
    await pages.put(url, response);
    await Promise.all(assetsOf(html).map(async (asset) => (await assets.match(asset)) ?? (await assets.add(asset))));
    saved += 1;
  }
  return saved;
}

/** Runs `task` once the page has loaded and the browser is idle, so reading starts first. */
function whenIdle(task: () => void) {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 200);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  whenIdle(() => {
    void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(() => {
      // The first page of a visit comes before the worker: save it too, so that it reads offline.
      if (!navigator.serviceWorker.controller && 'caches' in window)
        savePages([location.pathname]).catch(() => undefined);
    });
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
        const count = await savePages(urls);
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
