import { describe, expect, test } from 'vitest';
import {
  libraryHref,
  libraryLocation,
  libraryManifestText,
  libraryOf,
  parseLibraryManifest,
  resolveCited,
  type LibraryManifest,
} from '../../../src/lib/library';
import { libraryIndex } from '../../../src/search/library';
import { PAGEFIND_OPTIONS } from '../../../src/search/index-config';

const FILE = 'library/library.json';

// A manifest as a library build writes it (src/pages/[library].json.ts), for two laws of the
// fixture corpus.
const manifest: LibraryManifest = {
  format: 1,
  title: '示例省法规库',
  base: '/library/',
  policies: [
    {
      slug: 'zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14',
      title: '职工带薪年休假条例',
      docNumber: '中华人民共和国国务院令第514号',
      status: 'in-force',
      articles: ['art-1', 'art-2', 'art-3', 'art-10'],
      path: 'policies/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14/',
    },
    {
      slug: 'ju-zhu-zheng-zan-xing-tiao-li-2015-11-26',
      title: '居住证暂行条例',
      status: 'in-force',
      articles: ['art-1', 'art-2'],
      path: 'policies/ju-zhu-zheng-zan-xing-tiao-li-2015-11-26/',
    },
  ],
};
const text = (value: unknown) => JSON.stringify(value);
const broken = (change: (copy: Record<string, unknown> & { policies: Record<string, unknown>[] }) => void) => {
  const copy = structuredClone(manifest) as unknown as Record<string, unknown> & {
    policies: Record<string, unknown>[];
  };
  change(copy);
  return () => parseLibraryManifest(text(copy), FILE);
};

describe('libraryLocation (site.config.ts library)', () => {
  test('no library: both settings empty', () => {
    expect(libraryLocation({ url: '', manifest: '' })).toBeUndefined();
  });
  test('a same-origin path needs no other origin', () => {
    expect(libraryLocation({ url: '/library/', manifest: 'library/library.json' })).toEqual({
      url: '/library/',
      origin: undefined,
      manifest: 'library/library.json',
    });
  });
  test('an https base URL gives exactly its origin for the CSP', () => {
    expect(libraryLocation({ url: 'https://fagui.example.gov.cn/library/', manifest: 'l.json' })).toEqual({
      url: 'https://fagui.example.gov.cn/library/',
      origin: 'https://fagui.example.gov.cn',
      manifest: 'l.json',
    });
  });
  test.each([
    [{ url: '/library/', manifest: '' }, /field "library.manifest": is empty/],
    [{ url: '', manifest: 'l.json' }, /field "library.url": is empty/],
    [{ url: '/library', manifest: 'l.json' }, /field "library.url": "\/library" must end with "\/"/],
    [{ url: 'http://fagui.example.gov.cn/', manifest: 'l.json' }, /must be an https address/],
    [{ url: '//fagui.example.gov.cn/', manifest: 'l.json' }, /must be a path on this site/],
    [{ url: 'https://u:p@fagui.example.gov.cn/', manifest: 'l.json' }, /without user, query or fragment/],
    [{ url: 'library/', manifest: 'l.json' }, /neither a path on this site/],
  ])('refuses %j, naming the field', (settings, message) => {
    expect(() => libraryLocation(settings)).toThrow(message);
    expect(() => libraryLocation(settings)).toThrow(/^src\/site\.config\.ts: field "library\./);
  });
});

describe('parseLibraryManifest', () => {
  test('reads what a library build writes, in the same bytes twice', () => {
    const written = libraryManifestText(manifest);
    expect(parseLibraryManifest(written, FILE).policies.map((p) => p.slug)).toEqual([
      'ju-zhu-zheng-zan-xing-tiao-li-2015-11-26',
      'zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14',
    ]);
    expect(libraryManifestText(parseLibraryManifest(written, FILE))).toBe(written);
  });
  test('names the file when it is not JSON', () => {
    expect(() => parseLibraryManifest('{"format": 1,', FILE)).toThrow(/^library\/library\.json: not JSON/);
  });
  test.each([
    ['format', (m: Record<string, unknown>) => (m.format = 2), 'field "format": must be 1'],
    ['base', (m: Record<string, unknown>) => (m.base = 'library'), 'field "base": must be the path'],
    [
      'a slug',
      (m: { policies: Record<string, unknown>[] }) => (m.policies[1]!.slug = '居住证'),
      'field "policies[1].slug": must be a slug',
    ],
    [
      'an article',
      (m: { policies: Record<string, unknown>[] }) => (m.policies[0]!.articles = ['art-1', '第二条']),
      'field "policies[0].articles[1]": must be article anchors',
    ],
    [
      'a path out of the library',
      (m: { policies: Record<string, unknown>[] }) => (m.policies[0]!.path = '../portal/'),
      'field "policies[0].path": must be a path inside the library',
    ],
    [
      'a status',
      (m: { policies: Record<string, unknown>[] }) => (m.policies[0]!.status = '现行有效'),
      'field "policies[0].status"',
    ],
    [
      'a missing title',
      (m: { policies: Record<string, unknown>[] }) => delete m.policies[1]!.title,
      'field "policies[1].title"',
    ],
    [
      'an unknown field',
      (m: { policies: Record<string, unknown>[] }) => (m.policies[0]!.url = 'https://elsewhere.example/'),
      'field "policies[0]"',
    ],
  ] as const)('refuses a wrong %s, naming the file and the field', (_, change, message) => {
    const parse = broken(change as never);
    expect(parse).toThrow(/^library\/library\.json: not a law library manifest/);
    expect(parse).toThrow(message);
  });
  test('refuses a law listed twice, naming both places', () => {
    const parse = broken((m) => (m.policies[1]!.slug = m.policies[0]!.slug));
    expect(parse).toThrow(
      'field "policies[1].slug": "zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14" is listed already at policies[0]',
    );
  });
  test('names every mistake at once', () => {
    const parse = broken((m) => {
      m.format = 0;
      m.policies[0]!.status = 'valid';
    });
    expect(parse).toThrow(/field "format"[\s\S]*field "policies\[0\]\.status"/);
  });
});

describe('resolving a cited policy', () => {
  const library = libraryOf({ url: '/library/', origin: undefined, manifest: FILE }, manifest);
  const leave = manifest.policies[0]!;
  test("the portal's own page first, then the library's, else missing", () => {
    const portal = new Set(['ju-zhu-zheng-zan-xing-tiao-li-2015-11-26', 'county-rule']);
    expect(resolveCited('ju-zhu-zheng-zan-xing-tiao-li-2015-11-26', portal, library)).toEqual({
      where: 'portal',
      id: 'ju-zhu-zheng-zan-xing-tiao-li-2015-11-26',
    });
    expect(resolveCited(leave.slug, portal, library)).toMatchObject({
      where: 'library',
      href: '/library/policies/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14/',
    });
    expect(resolveCited('no-such-law', portal, library)).toEqual({ where: 'missing', id: 'no-such-law' });
    expect(resolveCited(leave.slug, portal, undefined)).toEqual({ where: 'missing', id: leave.slug });
  });
  test("an article links to its anchor in the library; one the law lacks, to the law's page", () => {
    expect(resolveCited(leave.slug, new Set(), library, 'art-3')).toMatchObject({
      href: '/library/policies/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14/#art-3',
    });
    expect(libraryHref(library, leave, 'art-99')).toBe(
      '/library/policies/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14/',
    );
  });
  test('a library on another site links there', () => {
    const remote = libraryOf(
      { url: 'https://fagui.example.gov.cn/library/', origin: 'https://fagui.example.gov.cn', manifest: FILE },
      manifest,
    );
    expect(libraryHref(remote, leave, 'art-2')).toBe(
      'https://fagui.example.gov.cn/library/policies/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14/#art-2',
    );
  });
});

describe('libraryIndex (merging the library into the search)', () => {
  test("searches the library's Pagefind folder with the portal's own ranking, linking to the library", () => {
    expect(libraryIndex('/library/')).toEqual({
      indexPath: '/library/pagefind/',
      entry: '/library/pagefind/pagefind-entry.json',
      options: { ...PAGEFIND_OPTIONS, baseUrl: '/library/' },
    });
    expect(libraryIndex('https://fagui.example.gov.cn/library/').indexPath).toBe(
      'https://fagui.example.gov.cn/library/pagefind/',
    );
  });
  test('refuses an address that is not a library base', () => {
    expect(() => libraryIndex('/library')).toThrow(/not a library base/);
    expect(() => libraryIndex('http://fagui.example.gov.cn/library/')).toThrow(/not a library base/);
  });
});
