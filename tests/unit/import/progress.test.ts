import { describe, expect, test } from 'vitest';
import { newTenth, progressLine } from '../../../scripts/import/progress';

describe('progressLine', () => {
  test('shows a bar, the count and the percentage', () => {
    expect(progressLine(396, 1584, 20)).toBe('[#####---------------]  396/1584 25%');
  });
  test('is full at the end', () => {
    expect(progressLine(3, 3, 4)).toBe('[####] 3/3 100%');
  });
});

describe('newTenth', () => {
  test('reports each tenth once, as it is reached', () => {
    const tenths = Array.from({ length: 1584 }, (_, i) => newTenth(i + 1, 1584)).filter((t) => t !== undefined);
    expect(tenths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  test('reports every file of a small import at most once a tenth', () => {
    const tenths = Array.from({ length: 3 }, (_, i) => newTenth(i + 1, 3));
    expect(tenths).toEqual([3, 6, 10]);
  });
});
