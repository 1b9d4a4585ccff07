import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clearStaleStore } from '../../../src/integrations/content-schema-cache';

// Astro clears its content store only when src/content.config.ts itself changes; a change to a
// schema it imports must clear it too (a field with a default was missing from cached entries).

function project() {
  const root = mkdtempSync(join(tmpdir(), 'schema-cache-'));
  mkdirSync(join(root, 'src/schemas'), { recursive: true });
  writeFileSync(join(root, 'src/content.config.ts'), 'export const collections = {};\n');
  writeFileSync(join(root, 'src/schemas/pages.ts'), 'export const pages = z.object({ title: z.string() });\n');
  const cache = join(root, 'cache');
  mkdirSync(cache);
  const store = join(cache, 'data-store.json');
  const parsed = () => writeFileSync(store, '{"entries":[]}');
  return { root, cache, store, parsed };
}

describe('the content store is cleared when a schema changes', () => {
  test('a store without a record of the schemas it was made with is cleared', () => {
    const { root, cache, store, parsed } = project();
    parsed();
    expect(clearStaleStore(root, cache)).toBe(true);
    expect(existsSync(store)).toBe(false);
  });

  test('unchanged schemas keep the store; a changed or added schema file clears it', () => {
    const { root, cache, store, parsed } = project();
    clearStaleStore(root, cache);
    parsed();
    expect(clearStaleStore(root, cache)).toBe(false);
    expect(existsSync(store)).toBe(true);

    writeFileSync(
      join(root, 'src/schemas/pages.ts'),
      'export const pages = z.object({ title: z.string(), answers: z.array(z.string()).default([]) });\n',
    );
    expect(clearStaleStore(root, cache)).toBe(true);
    expect(existsSync(store)).toBe(false);

    parsed();
    expect(clearStaleStore(root, cache)).toBe(false);
    writeFileSync(join(root, 'src/schemas/answers.ts'), 'export const answers = z.object({});\n');
    expect(clearStaleStore(root, cache)).toBe(true);
  });

  test('a first build (no store yet) has nothing to clear', () => {
    const { root, cache } = project();
    expect(clearStaleStore(root, cache)).toBe(false);
  });
});
