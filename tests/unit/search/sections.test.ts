import { describe, expect, test } from 'vitest';
import { anchoredHits, anchorSections } from '../../../src/search/sections';

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

  test('among articles holding the terms alike, prefer the one opening a chapter named by a term, then the most mentions', () => {
    const law = [
      ...['第一章', ' ', '总则'],
      ...['第一条', ' ', '为了', '保障', '工伤', '职工', '，', '预防', '工伤', '。'],
      ...['第二条', ' ', '单位', '应当', '参加', '工伤', '保险', '。'],
      ...['第三章', ' ', '工伤', '认定'],
      ...['第十四条', ' ', '职工', '有', '下列', '情形', '的', '，', '认定', '为', '工伤', '。'],
      ...['第十五条', ' ', '视同', '工伤', '。'],
    ];
    const place = (word: string) => law.indexOf(word);
    const chapters = anchorSections(
      [
        { element: 'h2', id: 'ch-1', text: '第一章 总则', location: 0 },
        { element: 'a', id: 'art-1', text: '第一条', location: place('第一条') },
        { element: 'a', id: 'art-2', text: '第二条', location: place('第二条') },
        { element: 'h2', id: 'ch-3', text: '第三章 工伤认定', location: place('第三章') },
        { element: 'a', id: 'art-14', text: '第十四条', location: place('第十四条') },
        { element: 'a', id: 'art-15', text: '第十五条', location: place('第十五条') },
      ],
      law.join('\u200b'),
    );
    expect(anchoredHits(chapters, [], 3, ['工伤']).map((h) => h.id)).toEqual(['art-14', 'art-1', 'art-2']);
    // A heading holding the term comes after the articles that do.
    expect(anchoredHits(chapters, [], 6, ['工伤']).map((h) => h.id)).toEqual([
      'art-14',
      'art-1',
      'art-2',
      'art-15',
      'ch-3',
    ]);
  });

  test('an article giving the term in more sentences before one repeating it within fewer', () => {
    const text = [
      ['第二条', '职工连续工作1年以上的，享受带薪年休假。'],
      ['第三条', '已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；已满20年的，年休假15天。'],
      ['第七条', '不安排年休假又不给予年休假工资报酬的，责令改正；逾期不改正的，支付年休假工资报酬和年休假赔偿金。'],
    ];
    const words = text.flatMap(([title, body]) => [title!, ' ', body!]);
    const sections = anchorSections(
      text.map(([title], i) => ({ element: 'a', id: `art-${[2, 3, 7][i]}`, text: title!, location: i * 3 })),
      words.join('\u200b'),
    );
    // 第七条 holds 年休假 four times in two sentences, 第三条 three times in three.
    expect(anchoredHits(sections, [], 2, ['年休假']).map((h) => h.id)).toEqual(['art-3', 'art-7']);
  });
});
