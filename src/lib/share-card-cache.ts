import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the build's share-card route finds the cache folder (set by src/integrations/share-card-cache.ts). */
export const CARD_CACHE_ENV = 'PORTAL_SHARE_CARD_CACHE';

/** What this build did with its cards. */
export interface CardCacheStats {
  /** File names of the cards the build asked for. */
  used: Set<string>;
  reused: number;
  rendered: number;
}

// On globalThis: the route runs from Astro's bundle of the site, the integration from the config,
// two copies of this module in one process that must count together.
const KEY = Symbol.for('portal.shareCardCache');
export function cardCacheStats(): CardCacheStats {
  const store = globalThis as { [KEY]?: CardCacheStats };
  store[KEY] ??= { used: new Set(), reused: 0, rendered: 0 };
  return store[KEY];
}

/** Name of the cached file of a card: a hash of what it says. */
export const cardKey = (text: unknown) => `${createHash('sha256').update(JSON.stringify(text)).digest('hex')}.png`;

/**
 * A card's bytes from the cache folder, else rendered and stored there. Without a cache folder
 * (the dev server, unit tests), just rendered.
 */
export async function cachedCard<T>(
  text: T,
  render: (text: T) => Promise<Uint8Array<ArrayBuffer>>,
  dir = process.env[CARD_CACHE_ENV],
): Promise<Uint8Array<ArrayBuffer>> {
  if (!dir) return render(text);
  const stats = cardCacheStats();
  const name = cardKey(text);
  stats.used.add(name);
  const file = join(dir, name);
  if (existsSync(file)) {
    stats.reused += 1;
    return new Uint8Array(readFileSync(file));
  }
  const bytes = await render(text);
  stats.rendered += 1;
  // Written aside, then renamed: a build stopped midway leaves no half card to reuse.
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
  return bytes;
}
