import { describe, expect, test } from 'vitest';
import { toChineseNumber } from '../../../src/search/numerals';

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
