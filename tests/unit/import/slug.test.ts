import { describe, expect, test } from 'vitest';
import { SLUG_PATTERN } from '../../../src/schemas/common';
import { documentSlug, pinyinSlug, SLUG_MAX, uniqueSlugs } from '../../../scripts/import/slug';

describe('pinyinSlug', () => {
  test('writes 中华人民共和国劳动合同法 as lao-dong-he-tong-fa, without the country prefix', () => {
    expect(pinyinSlug('中华人民共和国劳动合同法')).toBe('lao-dong-he-tong-fa');
  });
  test('keeps ASCII letters and digits and lowercases them', () => {
    expect(pinyinSlug('GB/T 16180 劳动能力鉴定')).toBe('gb-t-16180-lao-dong-neng-li-jian-ding');
  });
  test('uses v for ü: 妇女权益保障法', () => {
    expect(pinyinSlug('妇女权益保障法')).toBe('fu-nv-quan-yi-bao-zhang-fa');
  });
  test('drops punctuation: 民法典（合同编）', () => {
    expect(pinyinSlug('民法典（合同编）')).toBe('min-fa-dian-he-tong-bian');
  });
  test("drops an issuer's 关于 opening, which the issuer field already says", () => {
    expect(pinyinSlug('最高人民法院关于审理劳动争议案件的解释')).toBe('shen-li-lao-dong-zheng-yi-an-jian-de-jie-shi');
    expect(pinyinSlug('最高人民法院、最高人民检察院关于办理案件的解释')).toBe('ban-li-an-jian-de-jie-shi');
  });
});

describe('documentSlug', () => {
  test('appends the file name date so that versions differ: ci-shan-fa-2016-03-16', () => {
    expect(documentSlug('中华人民共和国慈善法', '2016-03-16').slug).toBe('ci-shan-fa-2016-03-16');
    expect(documentSlug('中华人民共和国慈善法', '2023-12-29').slug).toBe('ci-shan-fa-2023-12-29');
  });
  test('cuts a long title at a hyphen and adds a stable hash of the full title', () => {
    const title = '国家机关事业单位贯彻国务院关于职工工作时间的规定的实施办法和有关问题的补充说明';
    const first = documentSlug(title, '1995-05-01');
    expect(first.truncated).toBe(true);
    expect(first.slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(first.slug).toMatch(/^guo-jia-ji-guan-[a-z-]+-[0-9a-f]{6}-1995-05-01$/);
    expect(documentSlug(title, '1995-05-01')).toEqual(first);
  });
  test('gives two long titles with the same start different slugs', () => {
    const start = '国家机关事业单位贯彻国务院关于职工工作时间的规定的实施办法';
    expect(documentSlug(`${start}甲`).slug).not.toBe(documentSlug(`${start}乙`).slug);
  });
  test('always makes a valid ASCII slug, even from a title with no letters', () => {
    expect(documentSlug('《》').slug).toMatch(SLUG_PATTERN);
    expect(documentSlug('中华人民共和国慈善法', '2016-03-16').slug).toMatch(SLUG_PATTERN);
  });
});

describe('uniqueSlugs', () => {
  test('keeps the first slug and gives a later document with the same slug a hash of its source', () => {
    const result = uniqueSlugs([
      { source: '社会法/职业病防治法(2018-12-29).md', slug: 'zhi-ye-bing-fang-zhi-fa-2018-12-29' },
      { source: '经济法/职业病防治法(2018-12-29).md', slug: 'zhi-ye-bing-fang-zhi-fa-2018-12-29' },
    ]);
    expect(result[0]).toMatchObject({ slug: 'zhi-ye-bing-fang-zhi-fa-2018-12-29' });
    expect(result[1]!.slug).toMatch(/^zhi-ye-bing-fang-zhi-fa-2018-12-29-[0-9a-f]{6}$/);
    expect(result[1]!.collidedWith).toBe('社会法/职业病防治法(2018-12-29).md');
  });
  test('gives the same hash on every run', () => {
    const items = [
      { source: 'a.md', slug: 'x' },
      { source: 'b.md', slug: 'x' },
    ];
    expect(uniqueSlugs(items)[1]!.slug).toBe(uniqueSlugs(items)[1]!.slug);
  });
  test('gives a source the slug an earlier run gave it, whatever sorts before it now', () => {
    const owners = new Map([['x', 'b.md']]);
    const result = uniqueSlugs(
      [
        { source: 'a.md', slug: 'x' },
        { source: 'b.md', slug: 'x' },
      ],
      owners,
    );
    expect(result[1]).toMatchObject({ slug: 'x' });
    expect(result[0]!.slug).toMatch(/^x-[0-9a-f]{6}$/);
    expect(result[0]!.collidedWith).toBe('b.md');
  });
  test('keeps the hashed slug an earlier run gave, and never takes the slug of an entry not in this run', () => {
    const owners = new Map([
      ['x-123abc', 'b.md'],
      ['y', 'gone.md'],
    ]);
    const result = uniqueSlugs(
      [
        { source: 'b.md', slug: 'x' },
        { source: 'c.md', slug: 'y' },
      ],
      owners,
    );
    expect(result.map((r) => r.slug)).toEqual(['x-123abc', expect.stringMatching(/^y-[0-9a-f]{6}$/)]);
  });
});
