import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cutBetween,
  compare,
  readPagefindFile,
  mergeIndexes,
  runsOf,
  PAGEFIND_FORMAT,
  type Word,
} from '../../../src/integrations/pagefind-chunks';
import { chunkItems, keyChunkItems, mergeApart } from '../../../src/integrations/pagefind-merge';

const word = (text: string, locations: number): Word => [
  text,
  [[0, Array.from({ length: locations }, (_, i) => i), []]],
  [],
];

describe('runsOf', () => {
  test('cuts runs at the limit, but never between words sharing their first two characters', () => {
    const words = [word('合同', 5), word('合同法', 5), word('合法', 2), word('民法', 3), word('民法典', 3)];
    const runs = [...runsOf(words, 8)].map((run) => run.map((w) => w[0]));
    // Items are locations plus one per page: 6, 6, 3, 4, 4.
    expect(runs).toEqual([
      ['合同', '合同法'],
      ['合法', '民法', '民法典'],
    ]);
  });

  test('words kept apart get runs of their own, cut at their own limit whatever their first characters', () => {
    const apart = (w: string) => (w.startsWith('_') ? 4 : undefined);
    const words = [
      word('2021', 1),
      word('_0abc', 1),
      word('_0abd', 1),
      word('_0xyz', 1),
      word('_1abc', 1),
      word('a', 1),
    ];
    const runs = [...runsOf(words, 100, apart)].map((run) => run.map((w) => w[0]));
    // Each key is two items: two keys a run, though _0abc, _0abd and _0xyz share their first two characters.
    expect(runs).toEqual([['2021'], ['_0abc', '_0abd'], ['_0xyz', '_1abc'], ['a']]);
  });
});

test('words compare by code point, as Pagefind (Rust) orders them, astral characters after the rest of Unicode', () => {
  const byCodePoint = (a: string, b: string) => {
    const x = Array.from(a, (c) => c.codePointAt(0)!);
    const y = Array.from(b, (c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  };
  // CJK, a full-width letter (U+FF21, above the surrogates), astral CJK (U+20000, 𠀀), Latin.
  const alphabet = ['劳', '动', 'Ａ', '\u{20000}', '\u{2A6D6}', 'a', 'é', '_'];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const word = () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
      '',
    );
  for (let i = 0; i < 2000; i++) {
    const [a, b] = [word(), word()];
    expect(Math.sign(compare(a, b)), `${a} against ${b}`).toBe(Math.sign(byCodePoint(a, b)));
  }
  expect(compare('\u{20000}', 'Ａ')).toBeGreaterThan(0);
  expect('\u{20000}' < 'Ａ').toBe(true); // what plain UTF-16 order would get wrong
});

describe('cutBetween', () => {
  /** Each run's first and last word, each boundary cut as the merge cuts it. */
  const rangesOf = (runs: Word[][]) => {
    const ranges = runs.map((run): [string, string] => [run[0]![0], run.at(-1)![0]]);
    for (let i = 0; i + 1 < ranges.length; i++) cutBetween(ranges[i]!, ranges[i + 1]!);
    return ranges;
  };
  test('cuts ranges between chunks as Pagefind does: one character past what the words share', () => {
    const runs = [[word('apple', 1), word('applied', 1)], [word('apricot', 1), word('banana', 1)], [word('band', 1)]];
    // 'app' would sort before the chunk's own first word, so that end stays whole.
    expect(rangesOf(runs)).toEqual([
      ['apple', 'applied'],
      ['apr', 'bana'],
      ['band', 'band'],
    ]);
  });
});

describe('mergeIndexes re-cutting one index Pagefind wrote, in place', () => {
  let dir: string;
  const before: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    const { index } = await createIndex({ forceLanguage: 'zh-cn' });
    const texts = [
      '劳动合同法规定试用期',
      '民法典规定诉讼时效期间为三年',
      '社会保险法规定基本养老保险关系随本人转移',
      '工伤保险条例规定工伤认定',
    ];
    for (const [i, text] of texts.entries())
      await index!.addHTMLFile({
        url: `/p${i}/`,
        content: `<html lang="zh-cn"><body><h1>${text}</h1><p>${text.repeat(3)} 第${i}条</p></body></html>`,
      });
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    await close();
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const meta = readPagefindFile(
      join(dir, 'pagefind', `pagefind.${entry.languages['zh-cn'].hash}.pf_meta`),
    ) as unknown[];
    for (const [, , hash] of meta[2] as string[][])
      before.push(
        ...(readPagefindFile(join(dir, 'pagefind/index', `${hash}.pf_index`)) as [Word[]])[0].map((w) => w[0]),
      );
  }, 60_000);
  afterAll(() => close());

  test('keeps every word, in order, across more and smaller chunks whose ranges hold their words', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    cpSync(join(dir, 'pagefind'), work, { recursive: true });
    const { before: was, after } = await mergeIndexes([{ dir: work }], work, 12);
    expect(after).toBeGreaterThan(was);
    const entry = JSON.parse(readFileSync(join(work, 'pagefind-entry.json'), 'utf8'));
    const meta = readPagefindFile(join(work, `pagefind.${entry.languages['zh-cn'].hash}.pf_meta`)) as unknown[];
    const chunks = meta[2] as [string, string, string][];
    expect(chunks).toHaveLength(after);
    // Short content-hash names (five base-36 characters unless taken), listed in the metadata.
    for (const [, , name] of chunks) expect(name).toMatch(/^[0-9a-z]{5,}$/);
    expect(new Set(chunks.map(([, , name]) => name)).size).toBe(chunks.length);
    expect(readdirSync(join(work, 'index')).sort()).toEqual(chunks.map(([, , hash]) => `${hash}.pf_index`).sort());
    const words: string[] = [];
    for (const [from, to, hash] of chunks) {
      const run = (readPagefindFile(join(work, 'index', `${hash}.pf_index`)) as [Word[]])[0].map((w) => w[0]);
      expect(run[0]!.startsWith(from)).toBe(true);
      expect(run.at(-1)!.startsWith(to)).toBe(true);
      words.push(...run);
    }
    expect(words).toEqual(before);
  });

  test("cuts at the size a function of the index's words gives, and says which", async () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const meta = readPagefindFile(join(dir, 'pagefind', `pagefind.${entry.languages['zh-cn'].hash}.pf_meta`)) as [
      string,
      [string, number][],
    ];
    const words = meta[1].reduce((sum, [, count]) => sum + count, 0);
    const recut = async (limit: number | ((words: number) => number)) => {
      const work = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
      cpSync(join(dir, 'pagefind'), work, { recursive: true });
      return mergeIndexes([{ dir: work }], work, limit);
    };
    const asked: number[] = [];
    const byWords = await recut((n) => {
      asked.push(n);
      return 12;
    });
    expect(asked).toEqual([words]);
    expect(words).toBeGreaterThan(0);
    const fixed = await recut(12);
    expect(byWords).toEqual(fixed);
    expect(fixed.limit).toBe(12);
    // A larger size makes fewer chunks.
    expect((await recut(() => 40)).after).toBeLessThan(fixed.after);
  });

  test('refuses an index written by another Pagefind release', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    cpSync(join(dir, 'pagefind'), work, { recursive: true });
    const entryPath = join(work, 'pagefind-entry.json');
    writeFileSync(entryPath, readFileSync(entryPath, 'utf8').replace(`"${PAGEFIND_FORMAT}"`, '"9.9.9"'));
    await expect(mergeIndexes([{ dir: work }], work, 12)).rejects.toThrow(
      /Pagefind 9\.9\.9 is installed.*knows the 1\.6\.0 file layout only/,
    );
  });

  test("merged in a worker thread, gives the same index, and fails with the merge's own message", async () => {
    const inThread = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    const inWorker = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    cpSync(join(dir, 'pagefind'), inThread, { recursive: true });
    cpSync(join(dir, 'pagefind'), inWorker, { recursive: true });
    const here = await mergeIndexes([{ dir: inThread }], inThread, chunkItems, keyChunkItems);
    expect(await mergeApart([{ dir: inWorker }], inWorker)).toEqual(here);
    const listing = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
    expect(listing(inWorker)).toEqual(listing(inThread));
    for (const name of listing(inThread).filter((n) => n.endsWith('.pf_meta') || n.endsWith('.pf_index')))
      expect(readFileSync(join(inWorker, name)).equals(readFileSync(join(inThread, name)))).toBe(true);

    const old = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    cpSync(join(dir, 'pagefind'), old, { recursive: true });
    const entryPath = join(old, 'pagefind-entry.json');
    writeFileSync(entryPath, readFileSync(entryPath, 'utf8').replace(`"${PAGEFIND_FORMAT}"`, '"9.9.9"'));
    await expect(mergeApart([{ dir: old }], old)).rejects.toThrow(/Pagefind 9\.9\.9 is installed/);
  });

  test('is written for the installed Pagefind release', () => {
    // An upgrade fails here first, before any build: check the index layout, and measure with
    // `npm run bench:search` whether the re-cut still fetches less than Pagefind's own chunks cut
    // by PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (see README, 搜索); if not, drop pagefind-chunks.ts.
    const installed = (
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../node_modules/pagefind/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    expect(
      installed,
      `Pagefind ${installed} is installed; src/integrations/pagefind-chunks.ts reads ${PAGEFIND_FORMAT}`,
    ).toBe(PAGEFIND_FORMAT);
  });
});
