import { describe, expect, test } from 'vitest';
import { fill, plural } from '../../../src/lib/messages';

describe('fill', () => {
  test('puts each value in its placeholder', () => {
    expect(fill('找到 {count} 个，第 {page} 页', { count: 12, page: 2 })).toBe('找到 12 个，第 2 页');
  });
  test('leaves a placeholder without a value visible', () => {
    expect(fill('共 {total} 课', {})).toBe('共 {total} 课');
  });
});

describe('plural', () => {
  test('Chinese has one form, filled with the count', () => {
    expect(plural('已保存 {count} 课', 1)).toBe('已保存 1 课');
    expect(plural({ other: '已保存 {count} 课' }, 3)).toBe('已保存 3 课');
  });
  test('picks the form the locale’s plural rules name', () => {
    const saved = { one: '{count} lesson saved', other: '{count} lessons saved' };
    expect(plural(saved, 1, {}, 'en')).toBe('1 lesson saved');
    expect(plural(saved, 2, {}, 'en')).toBe('2 lessons saved');
  });
});
