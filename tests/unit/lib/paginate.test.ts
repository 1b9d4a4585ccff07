import { describe, expect, test } from 'vitest';
import { paginate } from '../../../src/lib/paginate';

const items = Array.from({ length: 45 }, (_, i) => i);

describe('paginate', () => {
  test('splits 45 items into pages of 20, 20 and 5', () => {
    const pages = paginate(items, 20, '/policies/');
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p.current)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });
  test('links pages to their neighbours', () => {
    const [first, second, third] = paginate(items, 20, '/policies/');
    expect(first).toMatchObject({ prev: undefined, next: '/policies/page/2/' });
    expect(second).toMatchObject({ prev: '/policies/', next: '/policies/page/3/' });
    expect(third).toMatchObject({ prev: '/policies/page/2/', next: undefined });
  });
  test('gives an empty listing one empty page', () => {
    expect(paginate([], 20, '/stories/')).toEqual([
      { items: [], current: 1, total: 1, prev: undefined, next: undefined },
    ]);
  });
  test('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0, '/x/')).toThrow(/positive integer/);
  });
});
