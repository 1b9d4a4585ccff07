import { describe, expect, test } from 'vitest';
import { afterTitle, filterValues, resultLink, resultView, type ResultData } from '../../../src/search/view';

// A law as Pagefind gives it: words split by zero-width spaces, an anchor for each article.
const words = [
  ...['劳动合同法'],
  ...['第十八条', ' ', '劳动合同', '期限', '。'],
  ...['第十九条', ' ', '试用期', '不得', '超过', '六个月', '。'],
];
const data: ResultData = {
  url: '/policies/labour-law/#top',
  excerpt: '<mark>试用期</mark>不得超过六个月',
  raw_content: words.join('\u200b'),
  meta: { title: '劳动合同法', type: '政策文件', date: '2012-12-28' },
  anchors: [
    { element: 'p', id: 'art-18', text: '第十八条', location: words.indexOf('第十八条') },
    { element: 'p', id: 'art-19', text: '第十九条', location: words.indexOf('第十九条') },
  ],
  locations: [words.indexOf('劳动合同')],
};

describe('resultLink', () => {
  test('carries the words to highlight and the article to open', () => {
    expect(resultLink('/policies/x/#top', ['试用期', '工资'], 'art-19')).toBe(
      '/policies/x/?hl=%E8%AF%95%E7%94%A8%E6%9C%9F%20%E5%B7%A5%E8%B5%84#art-19',
    );
    expect(resultLink('/policies/x/', [])).toBe('/policies/x/');
  });
});

describe('resultView', () => {
  test('shows type and date, the title, the excerpt as text, and the articles holding the terms', () => {
    const view = resultView(data, ['试用期'], undefined);
    expect(view.line).toBe('政策文件 · 2012年12月28日');
    expect(view.title).toBe('劳动合同法');
    expect(view.href).toBe(`/policies/labour-law/?hl=${encodeURIComponent('试用期')}`);
    // Cut from the page's own text at the start of the sentence, not Pagefind's excerpt.
    expect(view.excerpt).toBe('第十九条 试用期不得超过六个月。');
    expect(view.articles).toEqual([
      {
        title: '第十九条',
        href: `/policies/labour-law/?hl=${encodeURIComponent('试用期')}#art-19`,
        excerpt: '第十九条 试用期不得超过六个月。',
      },
    ]);
  });
  test('shows only the article asked for, and none where the document does not have it', () => {
    expect(resultView(data, ['劳动合同'], '第十八条').articles.map((a) => a.title)).toEqual(['第十八条']);
    expect(resultView(data, ['试用期'], '第九十条').articles).toEqual([]);
  });
  test("picks the article by the words that are not the document's own name", () => {
    // 劳动合同 stands in the title 劳动合同法 and in 第十八条; 试用期 only in 第十九条.
    const titled = { ...data, meta: { ...data.meta, title: '中华人民共和国劳动合同法' } };
    expect(resultView(titled, ['劳动合同', '试用期'], undefined).articles.map((a) => a.title)).toEqual(['第十九条']);
    // Only words of the name: they pick the article as before.
    expect(resultView(titled, ['劳动合同'], undefined).articles.map((a) => a.title)).toEqual(['第十八条']);
    // The other word stands in no article (an everyday word): the name's words pick.
    const elsewhere = { ...titled, locations: [words.indexOf('试用期')] };
    expect(resultView(elsewhere, ['劳动合同', '打工'], undefined).articles.map((a) => a.title)).toEqual(['第十八条']);
  });
  test('shows none of the article keys the index holds, and keeps word places right', () => {
    // As Pagefind writes a page whose article numbers carry their key (data-pagefind-index-attrs).
    const keyed = [
      ...['刑法', '. '],
      ...['_a264z', '. ', '第二', '百', '六十', '四条 ', '盗窃', '公私', '财物', '，', '数额', '较大', '的', '。 '],
      ...['_a265z', '. ', '第二', '百', '六十', '五条 ', '以', '牟利', '为', '目的', '。'],
    ];
    const view = resultView(
      {
        url: '/policies/criminal-law/',
        excerpt: '',
        raw_content: keyed.join('\u200b'),
        meta: { title: '刑法' },
        anchors: [
          { element: 'a', id: 'art-264', text: '第二百六十四条', location: keyed.indexOf('_a264z') },
          { element: 'a', id: 'art-265', text: '第二百六十五条', location: keyed.indexOf('_a265z') },
        ],
        locations: [keyed.indexOf('盗窃')],
      },
      ['盗窃'],
      undefined,
    );
    expect(view.excerpt).toBe('第二百六十四条 盗窃公私财物，数额较大的。 第二百六十五条 以牟利为目的。');
    expect(view.articles).toEqual([
      expect.objectContaining({ title: '第二百六十四条', excerpt: '第二百六十四条 盗窃公私财物，数额较大的。' }),
    ]);
  });
  test('falls back to the address for a page without a title, and to the matched words without terms', () => {
    const view = resultView({ ...data, meta: {} }, [], undefined);
    expect(view.title).toBe('/policies/labour-law/#top');
    expect(view.line).toBe('');
    expect(view.articles.map((a) => a.title)).toEqual(['第十八条']);
  });
});

describe('afterTitle', () => {
  test('leaves out the document number and title that open the text', () => {
    expect(afterTitle('清组发〔2025〕12号。清源县办法。第一条 为了', '清源县办法')).toBe('第一条 为了');
    expect(afterTitle('第一条 为了', '清源县办法')).toBe('第一条 为了');
  });
});

describe('filterValues', () => {
  test('offers years newest first and other values by their count', () => {
    expect(filterValues('year', { '2023': 9, '2025': 1, '2024': 4 })).toEqual([
      ['2025', 1],
      ['2024', 4],
      ['2023', 9],
    ]);
    expect(filterValues('topic', { 工资: 2, 党费: 7, 社保: 4 })).toEqual([
      ['党费', 7],
      ['社保', 4],
      ['工资', 2],
    ]);
  });
});
