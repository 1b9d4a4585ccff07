import { describe, expect, test } from 'vitest';
import { buildDate, isPublished } from '../../../src/lib/publishing';

const now = new Date('2026-06-01T00:00:00Z');

describe('isPublished', () => {
  test('publishes an ordinary entry', () => {
    expect(isPublished({ draft: false }, now, true)).toBe(true);
  });
  test('keeps drafts out of production builds', () => {
    expect(isPublished({ draft: true }, now, true)).toBe(false);
  });
  test('keeps entries dated after the build out until their day', () => {
    expect(isPublished({ draft: false, publishDate: new Date('2026-06-02') }, now, true)).toBe(false);
    expect(isPublished({ draft: false, publishDate: new Date('2026-06-01') }, now, true)).toBe(true);
  });
  test('shows drafts and future entries in development', () => {
    expect(isPublished({ draft: true, publishDate: new Date('2030-01-01') }, now, false)).toBe(true);
  });
});

describe('buildDate', () => {
  test('reads SOURCE_DATE_EPOCH in seconds', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  test('uses the current time without it', () => {
    expect(Math.abs(buildDate({}).getTime() - Date.now())).toBeLessThan(5_000);
  });
  test('refuses a malformed epoch', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
