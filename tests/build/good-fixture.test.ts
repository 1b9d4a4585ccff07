import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/fixture-site';
import strings from '../../src/i18n/zh-CN.json';

// The good fixture site, built twice: the site every bad-content fixture breaks one file of
// (tests/build/bad-content.test.ts), a build's reproducibility, and a site config edit (no
// example banner). One pair of builds serves all three, for CI time.

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
  // SITE_EXAMPLE_BANNER=off stands in for an organization's edit of src/site.config.ts (exampleBanner).
  const env = { SOURCE_DATE_EPOCH: '1790000000', SITE_EXAMPLE_BANNER: 'off' };
  // One after the other: two Astro builds at once share Vite's dependency cache.
  first = await buildFixture(undefined, env);
  // The second indexes its pages in Pagefind indexes of three pages, merged into one
  // (src/integrations/pagefind.ts does so on large sites to bound memory): the same bytes.
  second = await buildFixture(undefined, { ...env, PAGEFIND_SHARD_PAGES: '3' });
}, 240_000);

test('two clean builds of the same content give byte-identical output, search index (one Pagefind index, or several merged) and share cards included', () => {
  expect(first.code, first.output).toBe(0);
  expect(second.code, second.output).toBe(0);
  expect(first.output).toMatch(/ 1 index merged;/);
  // Both read Astro's content store from its cache file as the pages rendered, not from the bundle.
  expect(first.output).toMatch(/content store read from \S+data-store\.json when pages render/);
  expect(second.output).toMatch(/content store read from \S+data-store\.json when pages render/);
  expect(Number(/ (\d+) indexes merged;/.exec(second.output)?.[1])).toBeGreaterThan(2);
  const a = digest(join(first.dir, 'dist'));
  const b = digest(join(second.dir, 'dist'));
  expect([...a.keys()].some((file) => file.startsWith('pagefind/index/'))).toBe(true);
  // Share cards are PNGs set by Pango and quantized by libimagequant: they are compared too.
  // (Policies' cards are drawn on the phone: a law corpus would pay one per law.)
  expect([...a.keys()].filter((file) => /^cards\/.+\.png$/.test(file)).sort()).toEqual([
    'cards/lessons/sample-lesson.png',
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

test('the good fixture site builds, so each bad-content failure is its broken file', () => {
  expect(first.output).toContain('Complete!');
  const lesson = readFileSync(join(first.dir, 'dist/lessons/sample-lesson/index.html'), 'utf8');
  expect(lesson).toContain('示例第一课');
});

// An organization with its own content turns the "示例" banner off, and no page shows it then.
describe('exampleBanner: false', () => {
  test('no page carries the banner or its words', () => {
    for (const path of ['', 'policies', 'search', 'me']) {
      const html = readFileSync(join(first.dir, 'dist', path, 'index.html'), 'utf8');
      expect(html, path).toContain('<header');
      expect(html, path).not.toContain('data-example-banner');
      expect(html, path).not.toContain(strings['site.exampleNotice']);
    }
  });
});
