import { describe, expect, test } from 'vitest';
import { hasTraditional, parseCharacterTable, toSimplified, traditionalBitmap } from '../../../src/search/traditional';

describe('toSimplified', () => {
  const table = parseCharacterTable('試 试|勞 劳|動 动|黨 党|關 关 関|係 系');
  test('converts Traditional characters and keeps the rest', () => {
    expect(toSimplified('試用期 勞動合同 2026', table)).toBe('试用期 劳动合同 2026');
  });
  test('takes the first Simplified form of a character with several', () => {
    expect(toSimplified('關係', table)).toBe('关系');
  });
});

describe('traditionalBitmap and hasTraditional', () => {
  const bitmap = traditionalBitmap(parseCharacterTable('試 试|動 动|劳 劳'));
  test('mark the characters the table converts, and only those', () => {
    expect(hasTraditional('試用期', bitmap)).toBe(true);
    expect(hasTraditional('勞動', bitmap)).toBe(true);
    expect(hasTraditional('试用期 劳动 abc 123', bitmap)).toBe(false);
  });
  test('fit the CJK blocks in 3.5 KB of base64', () => {
    expect(atob(bitmap).length).toBe((0xa000 - 0x3400) / 8);
  });
});
