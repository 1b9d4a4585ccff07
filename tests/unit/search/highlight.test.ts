import { describe, expect, test } from 'vitest';
import { MAX_HIGHLIGHTS, termOffsets } from '../../../src/search/highlight';

describe('termOffsets', () => {
  test('finds every place of each term, term by term', () => {
    expect(termOffsets('试用期工资，试用期', ['试用期', '工资'], MAX_HIGHLIGHTS)).toEqual([
      [0, 3],
      [6, 9],
      [3, 5],
    ]);
  });
  test('stops at the room left', () => {
    expect(termOffsets('的的的的的', ['的'], 2)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(termOffsets('的的', ['的'], 0)).toEqual([]);
  });
  test('skips an empty term rather than loop on it', () => {
    expect(termOffsets('工资', ['', '工资'], MAX_HIGHLIGHTS)).toEqual([[0, 2]]);
  });
});
