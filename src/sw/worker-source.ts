import source from './service-worker.js?raw';
import { CACHE_LIMITS, LEGACY_CACHES, cacheNames } from './cache-names';

/**
 * The service worker's source for a site at `base`. The worker is a plain script, not a module:
 * the values it shares with the page scripts (src/sw/cache-names.ts) are written into it here,
 * each in place of its quoted placeholder. A placeholder missing from it is a build error.
 */
export function workerSource(base: string): string {
  const values: Record<string, unknown> = {
    __BASE__: base,
    __CACHES__: cacheNames(base),
    __LEGACY_CACHES__: LEGACY_CACHES,
    __CACHE_LIMITS__: CACHE_LIMITS,
  };
  return Object.entries(values).reduce((text, [name, value]) => {
    const placeholder = `'${name}'`;
    if (!text.includes(placeholder)) throw new Error(`src/sw/service-worker.js: no ${placeholder} to fill in`);
    return text.replace(placeholder, () => JSON.stringify(value));
  }, source);
}
