import { describe, expect, test } from 'vitest';
import { normalizeQuery } from '../../../src/search/normalize';

describe('normalizeQuery', () => {
  test('turns full-width letters and digits half-width and folds spaces', () => {
    expect(normalizeQuery('  ＱＱ群　１２３３３  ')).toBe('QQ群 12333');
  });
  test('writes article numbers in digits as the texts do: 第19条 → 第十九条', () => {
    expect(normalizeQuery('劳动合同法第19条')).toBe('劳动合同法第十九条');
    expect(normalizeQuery('第 1260 条')).toBe('第一千二百六十条');
  });
});
