import { describe, expect, test } from 'vitest';
import { telHref } from '../../../src/lib/phone';

describe('telHref', () => {
  test('dials the digits of a number written with hyphens and spaces', () => {
    expect(telHref('0769-0000 1234')).toBe('tel:076900001234');
    expect(telHref('12333')).toBe('tel:12333');
  });
  test('keeps the + of a number abroad', () => {
    expect(telHref('+49 89 123456')).toBe('tel:+4989123456');
  });
  test('drops whatever else a configured number is written with', () => {
    expect(telHref('(0769) 0000.1234')).toBe('tel:076900001234');
  });
});
