import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { STORE_MODULE, storeModuleCode, storeOnDiskPlugin } from '../../../src/integrations/content-store-on-disk';

// A static build reads Astro's content store from its cache file when the pages render, instead
// of carrying it in the server bundle as one string (src/integrations/content-store-on-disk.ts).

const ROOT = resolve(import.meta.dirname, '../../..');

/** Imports a module's code as a file, as the build's renderer does. */
async function importCode(code: string): Promise<{ default: unknown }> {
  const file = join(mkdtempSync(join(tmpdir(), 'store-module-')), 'store.mjs');
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: unknown };
}

describe('the content store module', () => {
  test('is the module Astro’s content runtime imports', async () => {
    const consts = (await import(
      /* @vite-ignore */ pathToFileURL(join(ROOT, 'node_modules/astro/dist/content/consts.js')).href
    )) as { RESOLVED_DATA_STORE_VIRTUAL_ID: string };
    expect(STORE_MODULE).toBe(consts.RESOLVED_DATA_STORE_VIRTUAL_ID);
  });

  test('gives the entries of the store file, read when it is imported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const storeFile = join(dir, 'data-store.json');
    // Astro writes the store flattened by devalue; the module's default export is that array.
    const store = [['Map', 1], 'policies', ['Map', 3], 'labor-law', { title: '劳动合同法 "引号" \\ 反斜杠' }];
    writeFileSync(storeFile, JSON.stringify(store));
    const loaded: { bytes?: number } = {};
    const plugin = storeOnDiskPlugin(storeFile, (bytes) => (loaded.bytes = bytes));
    const load = plugin.load as { order: string; handler: (id: string) => { code: string } | null };
    // Before Astro's own loader, which would inline the file.
    expect(load.order).toBe('pre');
    expect(plugin.apply).toBe('build');
    expect(load.handler('\0astro:content')).toBeNull();
    const { code } = load.handler(STORE_MODULE)!;
    expect(code).not.toContain('劳动合同法');
    expect(loaded.bytes).toBe(Buffer.byteLength(JSON.stringify(store)));
    expect((await importCode(code)).default).toEqual(store);
  });

  test('is an empty store when Astro wrote none (a site without content)', async () => {
    const code = storeModuleCode(join(mkdtempSync(join(tmpdir(), 'store-')), 'data-store.json'));
    expect((await importCode(code)).default).toEqual(new Map());
  });
});
