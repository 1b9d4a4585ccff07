import { describe, expect, test } from 'vitest';
import {
  isNameKey,
  lawShortTitle,
  nameInQuery,
  nameKey,
  nameKeys,
  namesInQuery,
  shortName,
} from '../../../src/search/name-keys';

describe('shortName and nameKey', () => {
  test('name a law without 中华人民共和国, as one ASCII word no text word begins', () => {
    expect(shortName('中华人民共和国劳动合同法')).toBe('劳动合同法');
    expect(shortName('工伤保险条例')).toBe('工伤保险条例');
    expect(nameKey('民法典')).toMatch(/^_[0-9a-z]{7}$/);
    expect(nameKey('民法 典')).toBe(nameKey('民法典'));
    expect(nameKey('民法典')).not.toBe(nameKey('劳动法'));
    expect(nameKeys('中华人民共和国民法典 合同编')).toContain(nameKey('民法典'));
    expect(nameKeys('工伤保险条例')).toEqual([nameKey('工伤保险条例')]);
  });
});

describe('lawShortTitle', () => {
  test('gives a law the name people search it by, and other documents none', () => {
    expect(lawShortTitle('中华人民共和国劳动合同法')).toBe('劳动合同法');
    // The part of a law keeps its space, as the page writes it.
    expect(lawShortTitle('中华人民共和国民法典 合同编')).toBe('民法典 合同编');
    expect(lawShortTitle('工伤保险条例')).toBeUndefined();
  });
});

describe('nameInQuery', () => {
  test('takes a query of one word of 2 to 30 characters as a name', () => {
    expect(nameInQuery(' 民法典 ')).toBe('民法典');
    expect(nameInQuery('劳动合同法 试用期')).toBeUndefined();
    expect(nameInQuery('法')).toBeUndefined();
    expect(nameInQuery('法'.repeat(31))).toBeUndefined();
    expect(nameInQuery('法'.repeat(30))).toBe('法'.repeat(30));
  });
});

describe('namesInQuery', () => {
  test('takes the whole query, or the words that end like a name, and what replaced a law', () => {
    expect(namesInQuery('民法典')).toEqual(['民法典']);
    expect(namesInQuery('劳动法 加班')).toEqual(['劳动法']);
    expect(namesInQuery('试用期 工资')).toEqual([]);
    expect(namesInQuery('婚姻法')).toEqual(['婚姻法', '民法典婚姻家庭编', '民法典']);
    // The part of the Code is found by its key, the key of its title without spaces.
    expect(nameKeys('中华人民共和国民法典 婚姻家庭编')).toContain(nameKey('民法典婚姻家庭编'));
  });
});

describe('isNameKey', () => {
  test('knows a name key from an article key and from text', () => {
    for (const name of ['民法典', '中华人民共和国劳动合同法', '工伤保险条例', ''])
      expect(isNameKey(nameKey(name))).toBe(true);
    expect(isNameKey('_a1079z')).toBe(false);
    expect(isNameKey('_a126y1z')).toBe(false);
    expect(isNameKey('劳动')).toBe(false);
  });
});
