import { describe, expect, test } from 'vitest';
import data from '../../../src/search/everyday-terms.json';
import { everydayWords, legalTerms, readEverydayTerms } from '../../../src/search/everyday-terms';

const FILE = 'src/search/everyday-terms.json';

describe('readEverydayTerms', () => {
  test('reads the terms the site ships', () => {
    const terms = readEverydayTerms(data, FILE);
    expect(terms['加班']).toEqual(['延长工作时间']);
    expect(terms['社保']).toEqual(['社会保险']);
    expect(everydayWords(terms)).toContain('公积金');
  });
  test('names the file and the entry of a mistake', () => {
    expect(() => readEverydayTerms({ terms: { 加班: '延长工作时间' } }, FILE)).toThrow(
      'src/search/everyday-terms.json: terms["加班"] must be a list of legal terms',
    );
    expect(() => readEverydayTerms({ terms: { 加班: [] } }, FILE)).toThrow('terms["加班"]');
    expect(() => readEverydayTerms({ terms: { 加班: ['延长工作时间', 3] } }, FILE)).toThrow('terms["加班"]');
    expect(() => readEverydayTerms({ terms: { ' ': ['工资'] } }, FILE)).toThrow(`${FILE}: terms has an empty word`);
    expect(() => readEverydayTerms({ words: {} }, FILE)).toThrow(`${FILE}: "terms" must be an object`);
    expect(() => readEverydayTerms({ terms: [] }, FILE)).toThrow(`${FILE}: "terms" must be an object`);
  });
});

describe('legalTerms', () => {
  const terms = readEverydayTerms(data, FILE);
  test('gives each everyday word of a query its legal terms', () => {
    expect([...legalTerms(['公司', '不', '交', '社保'], terms)]).toEqual([
      ['公司', ['用人单位']],
      ['交', ['缴纳', '缴费']],
      ['社保', ['社会保险']],
    ]);
  });
  test('gives an everyday word joined with one more character its terms, but not the name of a law', () => {
    expect([...legalTerms(['加班费', '公司法'], terms)]).toEqual([['加班费', ['延长工作时间']]]);
  });
  test('takes no word for an everyday word because an object has a property of that name', () => {
    expect(legalTerms(['constructor', 'toString', '__proto__'], terms).size).toBe(0);
  });
});
