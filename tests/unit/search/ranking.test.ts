import { describe, expect, test } from 'vitest';
import { byProximity, coverSpan, softAnd, withPartialMatches } from '../../../src/search/ranking';

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

describe('softAnd', () => {
  test('counts an everyday word for less than its legal term', () => {
    const r = (id: string, score: number) => ({ id, score });
    // 公司 in the title of 公司法 scores high; 社会保险法 uses 用人单位 and 社会保险.
    const ranked = softAnd([
      [[r('company-law', 10), r('insurance-law', 1)], [r('insurance-law', 5)]],
      [[r('company-law', 1)], [r('insurance-law', 6)]],
    ]);
    expect(ranked.map((x) => x.id)).toEqual(['insurance-law', 'company-law']);
  });
});
