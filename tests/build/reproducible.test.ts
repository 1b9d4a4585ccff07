import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/fixture-site';

/** Every file of a build folder with the SHA-256 of its bytes. */
function digest(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false })) {
    try {
      files.set(
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      );
    } catch {
      // A folder.
    }
  }
  return files;
}

let first: BuildResult;
let second: BuildResult;

beforeAll(async () => {
  // The build date is pinned, as a release build would pin it; each build has a fresh cache.
  const env = { SOURCE_DATE_EPOCH: '1790000000' };
  // One after the other: two Astro builds at once share Vite's dependency cache.
  first = await buildFixture(undefined, env);
  second = await buildFixture(undefined, env);
}, 240_000);

test('two clean builds of the same content give byte-identical output, search index and share cards included', () => {
  expect(first.code, first.output).toBe(0);
  expect(second.code, second.output).toBe(0);
  const a = digest(join(first.dir, 'dist'));
  const b = digest(join(second.dir, 'dist'));
  expect([...a.keys()].some((file) => file.startsWith('pagefind/index/'))).toBe(true);
  // Share cards are PNGs set by Pango and quantized by libimagequant: they are compared too.
  expect([...a.keys()].filter((file) => /^cards\/.+\.png$/.test(file)).sort()).toEqual([
    'cards/lessons/sample-lesson.png',
    'cards/policies/old-rule.png',
    'cards/policies/sample-rule.png',
    'cards/stories/sample-story.png',
  ]);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
});

test('a build of good content, MDX lessons included, prints no warning', () => {
  expect(first.code, first.output).toBe(0);
  // Astro's "use astro:head-inject" directive warning is filtered in astro.config.mjs; any other
  // warning (Astro's [WARN], Vite's, Rolldown's boxed ones) is one a newcomer would have to learn to ignore.
  expect(first.output.split('\n').filter((line) => /warn|╭─/i.test(line))).toEqual([]);
});
