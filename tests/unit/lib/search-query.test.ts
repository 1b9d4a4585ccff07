import { describe, expect, test } from 'vitest';
import {
  anchorSections,
  anchoredHits,
  articleInQuery,
  boundQuery,
  boundTerms,
  MAX_QUERY_CHARS,
  MAX_TERMS,
  MAX_TERM_CHARS,
  byProximity,
  coverSpan,
  hasTraditional,
  nameKey,
  nameKeys,
  shortName,
  softAnd,
  traditionalBitmap,
  withPartialMatches,
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

describe('anchorSections and anchoredHits', () => {
  // A page as Pagefind stores it: words split by zero-width spaces, anchors at word positions.
  const words = [
    ...['第一章', ' ', '总则'],
    ...['第一条', ' ', '为了', '规范', '管理', '，', '制定', '本', '办法', '。'],
    ...['第十九条', ' ', '试用期', '不得', '超过', '六个月', '。'],
    ...['文件', '信息', '&lt;', '附件', '&gt;'],
  ];
  const at = (word: string) => words.indexOf(word);
  const anchors = [
    { element: 'h2', id: 'ch-1', text: '第一章 总则', location: 0 },
    { element: 'a', id: 'art-1', text: '第一条', location: at('第一条') },
    { element: 'a', id: 'art-19', text: '第十九条', location: at('第十九条') },
    { element: 'section', id: 'policy-meta', text: '文件信息', location: at('文件') },
  ];
  const sections = anchorSections(anchors, words.join('\u200b'));

  test('give each article the words from its number to the next anchor', () => {
    expect(sections.map((s) => [s.id, s.title, s.text])).toEqual([
      ['ch-1', '第一章 总则', '第一章 总则'],
      ['art-1', '第一条', '第一条 为了规范管理，制定本办法。'],
      ['art-19', '第十九条', '第十九条 试用期不得超过六个月。'],
    ]);
  });
  test('put each matched word in the article it falls in', () => {
    expect(anchoredHits(sections, [at('试用期'), at('六个月')])).toEqual([
      { id: 'art-19', title: '第十九条', text: '第十九条 试用期不得超过六个月。' },
    ]);
  });
  test('use headings too, and ignore anchors of page furniture', () => {
    expect(anchoredHits(sections, [1, at('附件')]).map((h) => h.id)).toEqual(['ch-1', 'art-19']);
  });
  test('prefer the article whose text holds the most query terms', () => {
    expect(anchoredHits(sections, [1, 4], 3, ['试用期', '六个月']).map((h) => h.id)).toEqual(['art-19']);
  });
  test('return at most the limit, in document order', () => {
    expect(anchoredHits(sections, [at('六个月'), at('规范'), 1], 2).map((h) => h.id)).toEqual(['ch-1', 'art-1']);
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
  test('centre on the typed phrase rather than an earlier single word of it', () => {
    const text = `将组织关系转移到单位${'甲'.repeat(200)}应当转移组织关系${'乙'.repeat(50)}`;
    expect(excerptAround(text, ['转移', '组织', '关系', '转移组织关系'], 40)).toContain('转移组织关系');
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

describe('bounds on what a query or an address can ask for', () => {
  test('a query is trimmed, and cut to 200 characters', () => {
    expect(boundQuery('  试用期  ')).toEqual({ query: '试用期', cut: false });
    const long = '试用期工资'.repeat(8000);
    const bounded = boundQuery(long);
    expect(bounded).toEqual({ query: long.slice(0, MAX_QUERY_CHARS), cut: true });
    expect(boundQuery('试'.repeat(MAX_QUERY_CHARS)).cut).toBe(false);
  });
  test('a query is cut between characters, never inside one written with two code units', () => {
    const bounded = boundQuery('𠀀'.repeat(300));
    expect(Array.from(bounded.query)).toHaveLength(MAX_QUERY_CHARS);
    expect(bounded.query).toBe('𠀀'.repeat(MAX_QUERY_CHARS));
  });
  test('highlight terms: each once, none empty or too long, 20 at most, in order', () => {
    const terms = ['', '的', '的', 'x'.repeat(MAX_TERM_CHARS + 1), 'y'.repeat(MAX_TERM_CHARS)];
    expect(boundTerms(terms)).toEqual(['的', 'y'.repeat(MAX_TERM_CHARS)]);
    const many = Array.from({ length: 5000 }, (_, i) => `词${i}`);
    expect(boundTerms(many)).toEqual(many.slice(0, MAX_TERMS));
  });
  test('marking 5,000 terms, or the words of a 40,000-character query, neither throws nor slows', () => {
    const text = '试用期工资的规定';
    const many = Array.from({ length: 5000 }, (_, i) => (i === 4 ? '工资' : `词${i}`));
    expect(markTerms(text, many)).toEqual([
      { text: '试用期', match: false },
      { text: '工资', match: true },
      { text: '的规定', match: false },
    ]);
    const words = Array.from({ length: 40_000 }, (_, i) => `${i}`);
    expect(() => markTerms(text, words)).not.toThrow();
    expect(() => markTerms(text, ['试用期工资'.repeat(8000)])).not.toThrow();
  });
});

describe('coverSpan', () => {
  test('is the fewest consecutive positions holding one position of each word', () => {
    expect(coverSpan([[5], [6]])).toBe(2);
    expect(coverSpan([[1, 40], [90, 43], [45]])).toBe(6);
    expect(coverSpan([[3], []])).toBe(Infinity);
  });
});

describe('byProximity', () => {
  const results = [{ id: 'note' }, { id: 'law' }, { id: 'other' }];
  // 欺诈 行为 三倍: the note has the words far apart, the law within one article.
  const positions = new Map([
    [
      '欺诈',
      new Map([
        ['note', [3]],
        ['law', [500]],
        ['other', [10]],
      ]),
    ],
    [
      '行为',
      new Map([
        ['note', [4]],
        ['law', [501]],
        ['other', [90]],
      ]),
    ],
    [
      '三倍',
      new Map([
        ['note', [400]],
        ['law', [530]],
        ['other', [200]],
      ]),
    ],
  ]);
  test('puts pages with every word within one passage first, keeping the order among equals', () => {
    expect(byProximity(results, ['欺诈', '行为', '三倍'], [], positions).map((r) => r.id)).toEqual([
      'law',
      'note',
      'other',
    ]);
  });
  test('counts a typed phrase found as a phrase', () => {
    const order = byProximity(results, ['欺诈', '行为', '三倍'], [['欺诈', '行为']], positions);
    expect(order.map((r) => r.id)).toEqual(['law', 'note', 'other']);
    expect(byProximity(results, ['欺诈', '行为'], [['欺诈', '行为']], positions).map((r) => r.id)).toEqual([
      'note',
      'law',
      'other',
    ]);
  });
});

describe('softAnd and withPartialMatches', () => {
  const r = (id: string, score: number) => ({ id, score });
  test('softAnd ranks by words held (any alternative), then by the summed best scores', () => {
    const groups = [
      [[r('a', 1), r('b', 5)], [r('c', 9)]], // 加班 | 延长工作时间
      [[r('a', 1), r('c', 1)]], // 小时
    ];
    expect(softAnd(groups).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
  test('withPartialMatches keeps the full matches first, then most words', () => {
    const single = new Map([
      ['外地', [r('full', 3), r('two', 1), r('one', 9)]],
      ['报到', [r('full', 3), r('two', 1)]],
    ]);
    expect(withPartialMatches([r('full', 6)], ['外地', '报到'], single).map((x) => x.id)).toEqual([
      'full',
      'two',
      'one',
    ]);
  });
});

describe('traditionalBitmap and hasTraditional', () => {
  const bitmap = traditionalBitmap(parseCharacterTable('試 试|動 动|劳 劳'));
  test('mark the characters the table converts, and only those', () => {
    expect(hasTraditional('試用期', bitmap)).toBe(true);
    expect(hasTraditional('勞動', bitmap)).toBe(true);
    expect(hasTraditional('试用期 劳动 abc 123', bitmap)).toBe(false);
  });
  test('fit the CJK blocks in 3.5 KB of base64', () => {
    expect(atob(bitmap).length).toBe((0xa000 - 0x3400) / 8);
  });
});

describe('segmentQuery with words to keep', () => {
  test('keeps everyday words whole that the browser would split', () => {
    expect(segmentQuery('公司不交社保怎么办', ['社保'])).toContain('社保');
    expect(splitQuestion('公积金怎么提取', ['公积金']).words).toEqual(['公积金', '提取']);
  });
});

describe('shortName and nameKey', () => {
  test('name a law without 中华人民共和国, as one ASCII word no text word begins', () => {
    expect(shortName('中华人民共和国劳动合同法')).toBe('劳动合同法');
    expect(shortName('工伤保险条例')).toBe('工伤保险条例');
    expect(nameKey('民法典')).toMatch(/^_[0-9a-z]{7}$/);
    expect(nameKey('民法 典')).toBe(nameKey('民法典'));
    expect(nameKey('民法典')).not.toBe(nameKey('劳动法'));
    expect(nameKeys('中华人民共和国民法典 合同编')).toContain(nameKey('民法典'));
    expect(nameKeys('工伤保险条例')).toEqual([nameKey('工伤保险条例')]);
  });
});
