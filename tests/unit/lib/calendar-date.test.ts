import { describe, expect, test } from 'vitest';
import { findImpossibleDates, parseCalendarDate } from '../../../src/lib/calendar-date';

describe('parseCalendarDate', () => {
  test('reads YYYY-MM-DD as UTC midnight', () => {
    expect(parseCalendarDate('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
  test('accepts 29 February in a leap year only', () => {
    expect(parseCalendarDate('2028-02-29')).toBeDefined();
    expect(parseCalendarDate('2026-02-29')).toBeUndefined();
  });
  test('refuses dates that do not exist instead of rolling them over', () => {
    expect(parseCalendarDate('2026-02-30')).toBeUndefined();
    expect(parseCalendarDate('2026-13-01')).toBeUndefined();
  });
  test('refuses other notations', () => {
    expect(parseCalendarDate('2026/02/03')).toBeUndefined();
    expect(parseCalendarDate('2026年2月3日')).toBeUndefined();
  });
});

describe('findImpossibleDates', () => {
  test('finds an unquoted impossible date in the frontmatter, nested or not', () => {
    const source = '---\ntitle: 示例\nissueDate: 2026-02-30\nconsent:\n  date: 2025-04-31\n---\n正文 2026-02-30';
    expect(findImpossibleDates(source)).toEqual([
      { field: 'issueDate', value: '2026-02-30' },
      { field: 'date', value: '2025-04-31' },
    ]);
  });
  test('passes real dates and ignores the body', () => {
    expect(findImpossibleDates('---\nissueDate: 2026-02-28\n---\n2026-02-30')).toEqual([]);
  });
});
