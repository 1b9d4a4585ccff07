import { describe, expect, test } from 'vitest';
import {
  anchoredHits,
  articleInQuery,
  contentWords,
  docNumberInQuery,
  excerptAround,
  markTerms,
  normalizeQuery,
  parseCharacterTable,
  sameDocNumber,
  segmentQuery,
  splitQuestion,
  toChineseNumber,
  toSimplified,
} from '../../../src/lib/search-query';

describe('normalizeQuery', () => {
  test('turns full-width letters and digits half-width and folds spaces', () => {
    expect(normalizeQuery('  ＱＱ群　１２３３３  ')).toBe('QQ群 12333');
  });
  test('writes article numbers in digits as the texts do: 第19条 → 第十九条', () => {
    expect(normalizeQuery('劳动合同法第19条')).toBe('劳动合同法第十九条');
    expect(normalizeQuery('第 1260 条')).toBe('第一千二百六十条');
  });
});

describe('toChineseNumber', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [19, '十九'],
    [20, '二十'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1260, '一千二百六十'],
  ])('writes %i as %s', (n, text) => expect(toChineseNumber(n)).toBe(text));
});

describe('toSimplified', () => {
  const table = parseCharacterTable('試 试|勞 劳|動 动|黨 党|關 关 関|係 系');
  test('converts Traditional characters and keeps the rest', () => {
    expect(toSimplified('試用期 勞動合同 2026', table)).toBe('试用期 劳动合同 2026');
  });
  test('takes the first Simplified form of a character with several', () => {
    expect(toSimplified('關係', table)).toBe('关系');
  });
});

describe('segmentQuery and contentWords', () => {
  test('split a question into words and keep the ones worth searching', () => {
    const words = segmentQuery('试用期最长多久');
    expect(words.join('')).toBe('试用期最长多久');
    expect(contentWords(words)).not.toContain('多久');
  });
  test('drop question phrases whole before segmenting: 工资被拖欠了怎么办 → 工资 拖欠', () => {
    expect(splitQuestion('工资被拖欠了怎么办')).toEqual({ words: ['工资', '拖欠'], dropped: ['怎么办', '被', '了'] });
  });
  test('keep a query of question words only as it is', () => {
    expect(splitQuestion('怎么')).toEqual({ words: [], dropped: [] });
    expect(splitQuestion('为什么').words).toEqual([]);
  });
  test('keep words separated by spaces apart', () => {
    expect(segmentQuery('12348 法律援助')).toContain('12348');
  });
});

describe('articleInQuery and docNumberInQuery', () => {
  test('find an article number in a query', () => {
    expect(articleInQuery('劳动合同法第十九条')).toBe('第十九条');
    expect(articleInQuery('第十条之一怎么规定')).toBe('第十条之一');
    expect(articleInQuery('试用期')).toBeUndefined();
  });
  test('read a document number whatever its brackets', () => {
    expect(docNumberInQuery('清组发[2025]12号')).toBe('清组发〔2025〕12号');
    expect(docNumberInQuery('清组发（2025）12号')).toBe('清组发〔2025〕12号');
    expect(sameDocNumber('〔2025〕12号', '清组发〔2025〕12号')).toBe(true);
    expect(sameDocNumber('清组发〔2025〕12号', '清组发〔2025〕1号')).toBe(false);
  });
});

describe('anchoredHits', () => {
  const anchors = [
    { element: 'h2', id: 'ch-1', text: '第一章 总则', location: 0 },
    { element: 'p', id: 'art-1', text: '第一条 为了规范管理，制定本办法。', location: 3 },
    { element: 'p', id: 'art-19', text: '第十九条 试用期不得超过六个月。', location: 40 },
    { element: 'section', id: 'policy-meta', text: '文件信息', location: 60 },
  ];
  test('puts each matched word in the article it falls in', () => {
    expect(anchoredHits(anchors, [42, 44])).toEqual([
      { id: 'art-19', title: '第十九条', text: '第十九条 试用期不得超过六个月。' },
    ]);
  });
  test('uses headings too, and ignores anchors of page furniture', () => {
    expect(anchoredHits(anchors, [1, 61]).map((h) => h.id)).toEqual(['ch-1', 'art-19']);
  });
  test('prefers the article whose text holds the most query terms', () => {
    expect(anchoredHits(anchors, [1, 4], 3, ['试用期', '六个月']).map((h) => h.id)).toEqual(['art-19']);
  });
  test('returns at most the limit, in document order', () => {
    expect(anchoredHits(anchors, [45, 4, 1], 2).map((h) => h.id)).toEqual(['ch-1', 'art-1']);
  });
});

describe('excerptAround and markTerms', () => {
  test('cut the text around the first term', () => {
    const text = `${'甲'.repeat(100)}试用期${'乙'.repeat(100)}`;
    const excerpt = excerptAround(text, ['试用期'], 30);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt).toContain('试用期');
    expect(excerpt.endsWith('…')).toBe(true);
  });
  test('mark every term, longest first, without HTML', () => {
    expect(markTerms('试用期和试用工资<b>', ['试用', '试用期'])).toEqual([
      { text: '试用期', match: true },
      { text: '和', match: false },
      { text: '试用', match: true },
      { text: '工资<b>', match: false },
    ]);
  });
});
