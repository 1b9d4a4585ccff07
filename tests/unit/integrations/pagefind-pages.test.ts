import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ShardedIndex, sortValuesOf } from '../../../src/integrations/pagefind';
import { chunkItems } from '../../../src/integrations/pagefind-merge';
import { builtPath } from '../../../src/integrations/pagefind-capture';

test('a rendered page is indexed under its file in the built site, below the base', () => {
  expect(builtPath('/policies/lao-dong-fa/', '/')).toBe('policies/lao-dong-fa/index.html');
  expect(builtPath('/portal/policies/lao-dong-fa/', '/portal/')).toBe('policies/lao-dong-fa/index.html');
  expect(builtPath('/', '/')).toBe('index.html');
  expect(builtPath('/portal/404', '/portal/')).toBe('404.html');
  expect(builtPath('/stories/%E5%BC%A0/', '/')).toBe('stories/张/index.html');
});

test("a page's sort values are read as Pagefind reads key:value", () => {
  expect(
    sortValuesOf('<span data-pagefind-sort="date:2024-05-01"></span><b data-pagefind-sort="weight: 3 "></b>'),
  ).toEqual({ date: '2024-05-01', weight: '3' });
  expect(sortValuesOf('<p data-pagefind-sort-x="a:b">a</p>')).toEqual({});
  expect(sortValuesOf('<i data-pagefind-sort="title:A &amp; B"></i>')).toEqual({ title: 'A & B' });
  expect(sortValuesOf('<i data-pagefind-sort="title:&#34;民法典&#34; &#x2014; &copy2"></i>')).toEqual({
    title: '"民法典" \u2014 &copy2',
  });
});

test("word-index chunks keep the corpus's size up to its index, then grow with the index's square root", () => {
  // The law corpus's index holds about 5.2 million words: chunks of 8,000 items.
  for (const words of [0, 40_000, 5_157_974, 5_200_000]) expect(chunkItems(words)).toBe(8000);
  // Four times the words, twice the chunk; a 10,000-document index (34 million words), 20,000.
  expect(chunkItems(4 * 5_200_000)).toBe(16_000);
  expect(chunkItems(34_441_663)).toBe(21_000);
  let last = 0;
  for (let words = 1e6; words < 2e8; words *= 1.3) {
    expect(chunkItems(words)).toBeGreaterThanOrEqual(last);
    expect(chunkItems(words) % 1000).toBe(0);
    last = chunkItems(words);
  }
});

/** Every file of a Pagefind folder, by path, for byte-for-byte comparison. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((path) => statSync(join(dir, path)).isFile())
      .sort()
      .map((path) => [path, readFileSync(join(dir, path)).toString('base64')]),
  );
}

describe('a site indexed in several Pagefind indexes', () => {
  // Pages of a small portal: laws with filters, dates and document numbers (a metadata field the
  // first pages lack), a page without a date, and Latin words whose variants (café) span indexes.
  const texts: [string, string, string, string][] = [
    ['劳动合同法', '用人单位与劳动者订立劳动合同，试用期不得超过六个月。café', '2012-12-28', ''],
    ['社会保险法', '基本养老保险关系随本人转移，缴费年限累计计算。', '2018-12-29', ''],
    ['工伤保险条例', '职工在工作时间和工作场所内，因工作原因受到事故伤害的，应当认定为工伤。', '2010-12-20', ''],
    ['职工带薪年休假条例', '职工累计工作已满1年不满10年的，年休假5天。cafe', '2007-12-14', '国务院令第514号'],
    ['流动党员报到指南', '外出务工的党员应当在到达后及时向流入地党组织报到。', '', ''],
    [
      '保障农民工工资支付条例',
      '农民工有按时足额获得工资的权利，任何单位和个人不得拖欠农民工工资。CAFÉ',
      '2019-12-30',
      '国务院令第724号',
    ],
    ['民法典', '诉讼时效期间为三年。法律另有规定的，依照其规定。', '2020-05-28', '主席令第45号'],
  ];
  const page = ([title, text, date, docNumber]: [string, string, string, string], i: number) =>
    `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body>` +
    `<h1 data-pagefind-meta="title">${title}</h1>` +
    (date ? `<span data-pagefind-sort="date:${date}" data-pagefind-meta="date:${date}"></span>` : '') +
    (docNumber ? `<span data-pagefind-meta="docNumber:${docNumber}"></span>` : '') +
    `<span data-pagefind-filter="type:${i % 2 ? '法律' : '行政法规'}"></span>` +
    `<span data-pagefind-filter="year:${date.slice(0, 4) || '未注明'}"></span>` +
    `<p>${text}</p><p id="art-1">第一条 ${text}</p></main></body></html>`;

  const build = async (perShard: number) => {
    const work = mkdtempSync(join(tmpdir(), 'pagefind-shards-'));
    const index = new ShardedIndex(work, perShard);
    // Out of date order, as a site renders them.
    for (const [i, t] of texts.entries()) index.add(`policies/p${i}/index.html`, page(t, i));
    const out = join(work, 'pagefind');
    const done = await index.finish(out).finally(() => index.close());
    return { out, done };
  };

  test('gives the same files, byte for byte, as one index of all the pages', async () => {
    const one = await build(100);
    const three = await build(3);
    const single = await build(1);
    expect(one.done.indexes).toBe(1);
    expect(three.done.indexes).toBe(3);
    expect(single.done.indexes).toBe(texts.length);
    const expected = files(one.out);
    expect(Object.keys(expected).some((path) => path.startsWith('filter/'))).toBe(true);
    expect(files(three.out)).toEqual(expected);
    expect(files(single.out)).toEqual(expected);
  }, 60_000);
});
