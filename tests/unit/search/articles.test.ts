import { describe, expect, test } from 'vitest';
import { articleInQuery, withoutArticle } from '../../../src/search/articles';

describe('articleInQuery', () => {
  test('find an article number in a query', () => {
    expect(articleInQuery('劳动合同法第十九条')).toBe('第十九条');
    expect(articleInQuery('第十条之一怎么规定')).toBe('第十条之一');
    expect(articleInQuery('试用期')).toBeUndefined();
  });
});

describe('withoutArticle', () => {
  test('searches 劳动法第三十六条 as 劳动法', () => {
    expect(withoutArticle('劳动法第三十六条')).toBe('劳动法');
    expect(withoutArticle('民法典 第一千二百六十条 规定')).toBe('民法典 规定');
  });
  test('keeps a query that is only an article number, or has none', () => {
    expect(withoutArticle('第十九条')).toBe('第十九条');
    expect(withoutArticle('试用期')).toBe('试用期');
  });
});
