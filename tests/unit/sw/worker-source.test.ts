import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CACHE_LIMITS, CACHE_VERSION, LEGACY_CACHES, cacheNames } from '../../../src/sw/cache-names';
import { workerSource } from '../../../src/sw/worker-source';

const ROOT = join(import.meta.dirname, '../../..');

describe('the service worker and the page scripts share their cache names', () => {
  test('the worker is given the names, limits and base of its site at build time', () => {
    const worker = workerSource('/portal/');
    expect(worker).toContain(`const BASE = "/portal/";`);
    expect(worker).toContain(`const CACHES = ${JSON.stringify(cacheNames('/portal/'))};`);
    expect(worker).toContain(`const LEGACY = ${JSON.stringify(LEGACY_CACHES)};`);
    expect(worker).toContain(`const LIMITS = ${JSON.stringify(CACHE_LIMITS)};`);
    expect(worker).not.toMatch(/'__[A-Z_]+__'/);
  });

  test('neither the worker nor offline.ts writes a cache name of its own', () => {
    for (const file of ['src/sw/service-worker.js', 'src/client/offline.ts', 'src/client/save-course.ts']) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(source, file).not.toMatch(/['"`](?:pages|assets|search|saved)-v\d/);
      expect(source, file).not.toMatch(/v\$\{/);
    }
    expect(readFileSync(join(ROOT, 'src/client/offline.ts'), 'utf8')).toContain("from '../sw/cache-names'");
  });

  test('two sites on one origin have caches of their own; the saved cache keeps its name across versions', () => {
    const root = Object.values(cacheNames('/'));
    const portal = Object.values(cacheNames('/portal/'));
    expect(root.filter((name) => portal.includes(name))).toEqual([]);
    expect(root.every((name) => name.startsWith('/:'))).toBe(true);
    const next = cacheNames('/', CACHE_VERSION + 1);
    expect(next.saved).toBe(cacheNames('/').saved);
    expect([next.pages, next.assets, next.search]).not.toContain(cacheNames('/').pages);
  });
});
