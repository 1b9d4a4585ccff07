import { describe, expect, test } from 'vitest';
import { formatRange, isTimeZone, parseLocalTime, zonedInstant, zoneName } from '../../../src/lib/event-time';

const at = (text: string, zone: string) => zonedInstant(parseLocalTime(text)!, zone).toISOString();

describe('event times', () => {
  test('a wall-clock time in a zone is the right instant', () => {
    expect(at('2026-12-05 19:30', 'Asia/Shanghai')).toBe('2026-12-05T11:30:00.000Z');
    expect(at('2027-02-20 14:00', 'Europe/Berlin')).toBe('2027-02-20T13:00:00.000Z');
    expect(at('2027-07-01 14:00', 'Europe/Berlin')).toBe('2027-07-01T12:00:00.000Z');
    expect(at('2026-06-01 12:00', 'Australia/Sydney')).toBe('2026-06-01T02:00:00.000Z');
    expect(at('2026-06-01 12:00', 'America/Los_Angeles')).toBe('2026-06-01T19:00:00.000Z');
  });
  test('daylight saving: a skipped time moves forward, a repeated one takes its first instant', () => {
    // Berlin skips 02:00–03:00 on 2027-03-28 and repeats 02:00–03:00 on 2027-10-31.
    expect(at('2027-03-28 02:30', 'Europe/Berlin')).toBe('2027-03-28T01:30:00.000Z');
    expect(at('2027-10-31 02:30', 'Europe/Berlin')).toBe('2027-10-31T00:30:00.000Z');
    expect(at('2026-11-01 01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });
  test('only times that exist parse', () => {
    expect(parseLocalTime('2026-02-29 10:00')).toBeUndefined();
    expect(parseLocalTime('2028-02-29 10:00')).toBeDefined();
    expect(parseLocalTime('2026-12-05 24:00')).toBeUndefined();
    expect(parseLocalTime('2026-12-05T19:30')).toEqual({ year: 2026, month: 12, day: 5, hour: 19, minute: 30 });
  });
  test('time zones are IANA names', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Asia/Beijing')).toBe(false);
    expect(isTimeZone('CST')).toBe(false);
  });
  test('a range reads in Chinese in any zone, with the date of the end only when it differs', () => {
    const start = zonedInstant(parseLocalTime('2026-12-05 19:30')!, 'Asia/Shanghai');
    const end = zonedInstant(parseLocalTime('2026-12-05 21:00')!, 'Asia/Shanghai');
    expect(formatRange(start, end, 'Asia/Shanghai')).toBe('2026年12月5日星期六 19:30–21:00');
    expect(formatRange(start, end, 'Europe/Berlin')).toBe('2026年12月5日星期六 12:30–14:00');
    expect(formatRange(start, end, 'America/Los_Angeles')).toBe('2026年12月5日星期六 03:30–05:00');
    expect(formatRange(start, end, 'Pacific/Auckland')).toBe('2026年12月6日星期日 00:30–02:00');
    const late = zonedInstant(parseLocalTime('2026-12-05 23:00')!, 'Asia/Shanghai');
    const next = zonedInstant(parseLocalTime('2026-12-06 01:00')!, 'Asia/Shanghai');
    expect(formatRange(late, next, 'Asia/Shanghai')).toBe('2026年12月5日星期六 23:00 – 2026年12月6日星期日 01:00');
    expect(zoneName('Asia/Shanghai', start)).toBe('中国标准时间');
  });
});
