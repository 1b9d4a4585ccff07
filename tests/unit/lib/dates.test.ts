import { describe, expect, test } from 'vitest';
import { formatDate, formatDay, isoDate, newestFirst } from '../../../src/lib/dates';

describe('formatDate', () => {
  test('writes a calendar date the Chinese way, in UTC', () => {
    expect(formatDate(new Date('2026-03-08T00:00:00Z'))).toBe('2026年3月8日');
  });
});

describe('isoDate', () => {
  test('gives YYYY-MM-DD for <time datetime>', () => {
    expect(isoDate(new Date('2026-03-08T00:00:00Z'))).toBe('2026-03-08');
  });
});

describe('newestFirst', () => {
  test('puts undated items last', () => {
    const items = [
      { id: 'x', d: undefined },
      { id: 'y', d: new Date('2020-01-01') },
    ];
    expect(
      newestFirst(
        items,
        (i) => i.d,
        (i) => i.id,
      ).map((i) => i.id),
    ).toEqual(['y', 'x']);
  });
  test('sorts by date descending and breaks ties by key', () => {
    const items = [
      { id: 'b', d: new Date('2026-01-01') },
      { id: 'c', d: new Date('2026-05-01') },
      { id: 'a', d: new Date('2026-01-01') },
    ];
    expect(
      newestFirst(
        items,
        (i) => i.d,
        (i) => i.id,
      ).map((i) => i.id),
    ).toEqual(['c', 'a', 'b']);
  });
});

describe('formatDay', () => {
  test('writes a day from data as 年月日, without leading zeros', () => {
    expect(formatDay('2026-03-08')).toBe('2026年3月8日');
    expect(formatDay('2026-11-28T09:30:00.000Z')).toBe('2026年11月28日');
  });
  test('leaves anything that is not a day as it is', () => {
    expect(formatDay('')).toBe('');
    expect(formatDay('明天')).toBe('明天');
  });
});
