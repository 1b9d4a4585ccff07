import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The sources that decide how a content file is parsed: the collections, their schemas, and the
 * modules and strings the schemas' checks use. Any change to them may change a parsed entry.
 */
export const SCHEMA_SOURCES = [
  'src/content.config.ts',
  'src/collections.ts',
  'src/site.config.ts',
  'src/schemas',
  'src/lib',
  'src/i18n',
];
const STORE = 'data-store.json';
const STAMP = 'content-schemas.sha256';

/** Every file under `paths` (files or folders, relative to `root`), sorted, so that the hash is stable. */
function filesUnder(root: string, paths: string[]): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else found.push(path);
  };
  for (const path of paths) walk(join(root, path));
  return found.sort();
}

/** One hash over the names and contents of the schema sources. */
export function schemaDigest(root: string, paths: string[] = SCHEMA_SOURCES): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(root, paths)) hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Clears Astro's content store in `cacheDir` when the schema sources differ from the last build's,
 * and records the new digest. Returns whether it cleared a store.
 */
export function clearStaleStore(root: string, cacheDir: string, paths: string[] = SCHEMA_SOURCES): boolean {
  const digest = schemaDigest(root, paths);
  const stampFile = join(cacheDir, STAMP);
  const store = join(cacheDir, STORE);
  const stale = existsSync(store) && (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== digest);
  if (stale) rmSync(store);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampFile, digest);
  return stale;
}

/**
 * Astro keeps parsed entries in its cache (data-store.json) and clears them when the text of
 * src/content.config.ts changes, not when a schema it imports does: a field added with a default
 * is then missing from every entry parsed before, and the build reads stale data or fails far from
 * the cause ("x is not iterable"). This clears the store whenever the schema sources change, so a
 * checkout that pulls a schema change builds right the first time; unchanged schemas keep the
 * cache (and its speed).
 */
export function contentSchemaCache(): AstroIntegration {
  return {
    name: 'portal:content-schema-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        if (clearStaleStore(root, fileURLToPath(config.cacheDir)))
          logger.info('content schemas changed since the last build: content cache cleared');
      },
    },
  };
}
