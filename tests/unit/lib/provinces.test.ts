import { describe, expect, test } from 'vitest';
import { provinceSlug, provinceSlugs } from '../../../src/lib/provinces';

describe('provinceSlug', () => {
  test('gives a province, with or without its suffix, its usual romanized name', () => {
    expect(provinceSlug('广东省')).toBe('guangdong');
    expect(provinceSlug('广东')).toBe('guangdong');
    expect(provinceSlug('上海市')).toBe('shanghai');
    expect(provinceSlug('广西壮族自治区')).toBe('guangxi');
    expect(provinceSlug('新疆维吾尔自治区')).toBe('xinjiang');
    expect(provinceSlug('香港特别行政区')).toBe('xianggang');
  });
  test('tells 山西 and 陕西 apart', () => {
    expect(provinceSlug('山西省')).toBe('shanxi');
    expect(provinceSlug('陕西省')).toBe('shaanxi');
  });
  test('gives a name outside the table its pinyin', () => {
    expect(provinceSlug('长三角')).toBe('changsanjiao');
  });
});

describe('provinceSlugs', () => {
  test('maps each name once', () => {
    expect([...provinceSlugs(['广东省', '浙江省', '广东省'])]).toEqual([
      ['广东省', 'guangdong'],
      ['浙江省', 'zhejiang'],
    ]);
  });
  test('refuses two spellings of one province, naming both', () => {
    expect(() => provinceSlugs(['广东省', '广东'])).toThrow(
      /"广东省" and "广东" both give the page \/stations\/guangdong\//,
    );
  });
});
