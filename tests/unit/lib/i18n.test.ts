import { describe, expect, test } from 'vitest';
import strings from '../../../src/i18n/zh-CN.json';
import { t, type StringKey } from '../../../src/lib/i18n';

describe('t', () => {
  test('fills placeholders', () => {
    expect(t('lesson.position', { index: 2, total: 7 })).toBe('第 2 课，共 7 课');
  });
  test('leaves a placeholder without a value visible rather than printing "undefined"', () => {
    expect(t('lesson.position', { index: 2 })).toBe('第 2 课，共 {total} 课');
  });
  test('throws on an unknown key', () => {
    expect(() => t('no.such.key' as StringKey)).toThrow(/Unknown UI string key/);
  });
});

describe('strings file', () => {
  test('uses flat "area.key" keys with non-empty values', () => {
    for (const [key, value] of Object.entries(strings)) {
      expect(key).toMatch(/^[a-z]+(\.[A-Za-z0-9-]+)+$/);
      expect(value.trim()).not.toBe('');
    }
  });
  test('has a label for every policy status and category', async () => {
    const { POLICY_CATEGORIES, POLICY_STATUSES } = await import('../../../src/schemas/policies');
    for (const status of POLICY_STATUSES) expect(strings).toHaveProperty([`policy.status.${status}`]);
    for (const category of POLICY_CATEGORIES) expect(strings).toHaveProperty([`policy.category.${category}`]);
  });
});
