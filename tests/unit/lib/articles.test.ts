import { describe, expect, test } from 'vitest';
import {
  ARTICLE_START,
  articleAnchor,
  articleKey,
  isArticleKey,
  parseChineseNumber,
  parseDivision,
} from '../../../src/lib/articles';

describe('parseChineseNumber', () => {
  test('reads 一千二百六十 as 1260', () => {
    expect(parseChineseNumber('一千二百六十')).toBe(1260);
  });
  test('reads 十九 as 19, with no digit before the ten', () => {
    expect(parseChineseNumber('十九')).toBe(19);
  });
  test('reads 一百零五 as 105 and 二百 as 200', () => {
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('二百')).toBe(200);
  });
  test('reads 一千二百五十九 as 1259', () => {
    expect(parseChineseNumber('一千二百五十九')).toBe(1259);
  });
  test('passes ASCII digits through', () => {
    expect(parseChineseNumber('42')).toBe(42);
  });
  test('refuses text that is not a numeral', () => {
    expect(parseChineseNumber('总则')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });
});

describe('articleAnchor', () => {
  test('links 第一千二百六十条 to art-1260', () => {
    expect(articleAnchor('第一千二百六十条 本法自2021年1月1日起施行。')).toBe('art-1260');
  });
  test('links 第十条之一 to art-10-1', () => {
    expect(articleAnchor('第十条之一 用人单位不得……')).toBe('art-10-1');
  });
  test('reads an article followed by a full-width space', () => {
    expect(articleAnchor('第三条\u3000工资应当以货币形式支付。')).toBe('art-3');
  });
  test('reads 第 10 条 written with digits', () => {
    expect(articleAnchor('第 10 条 内容')).toBe('art-10');
  });
  test('does not take a sentence that mentions an article later on', () => {
    expect(ARTICLE_START.test('依照本法第十条的规定')).toBe(false);
  });
});

describe('articleKey', () => {
  test('gives each article one ASCII word, none the start of another', () => {
    expect(articleKey('art-264')).toBe('_a264z');
    expect(articleKey('art-10-1')).toBe('_a10y1z');
    expect(articleKey('ch-1')).toBeUndefined();
    // Pagefind finds the words a term begins: 第一百二十六条 must not find 第一千二百六十条.
    const keys = ['art-126', 'art-1260', 'art-126-1', 'art-126-10'].map((a) => articleKey(a)!);
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a)).toBe(false);
    expect(keys.every(isArticleKey)).toBe(true);
    expect(isArticleKey('_1v5ozz0')).toBe(false);
    expect(isArticleKey('_a264z ')).toBe(true);
  });
});

describe('parseDivision', () => {
  test('reads 第二章 劳动合同的订立 as chapter 2', () => {
    expect(parseDivision('第二章 劳动合同的订立')).toEqual({ kind: 'chapter', number: 2 });
  });
  test('tells 第一分编 from 第一编', () => {
    expect(parseDivision('第一分编 通则')).toEqual({ kind: 'subpart', number: 1 });
    expect(parseDivision('第三编 合同')).toEqual({ kind: 'part', number: 3 });
  });
  test('reads a section written with a full-width space', () => {
    expect(parseDivision('第二节\u3000劳务派遣')).toEqual({ kind: 'section', number: 2 });
  });
  test('is undefined for an article', () => {
    expect(parseDivision('第十条 内容')).toBeUndefined();
  });
});
