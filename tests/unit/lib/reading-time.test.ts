import { describe, expect, test } from 'vitest';
import { readingMinutes } from '../../../src/lib/reading-time';

describe('readingMinutes', () => {
  test('counts about 300 Chinese characters a minute', () => {
    expect(readingMinutes('党'.repeat(900))).toBe(3);
  });
  test('never says less than one minute', () => {
    expect(readingMinutes('短文')).toBe(1);
  });
  test('does not count markup or component tags', () => {
    const body = `<KeyPoints>\n\n- ${'学'.repeat(600)}\n\n</KeyPoints>`;
    expect(readingMinutes(body)).toBe(2);
  });
});
