import { describe, expect, test } from 'vitest';
import { boundQuery, boundTerms, MAX_QUERY_CHARS, MAX_TERMS, MAX_TERM_CHARS } from '../../../src/search/bounds';
import { markTerms } from '../../../src/search/excerpts';

describe('bounds on what a query or an address can ask for', () => {
  test('a query is trimmed, and cut to 200 characters', () => {
    expect(boundQuery('  试用期  ')).toEqual({ query: '试用期', cut: false });
    const long = '试用期工资'.repeat(8000);
    const bounded = boundQuery(long);
    expect(bounded).toEqual({ query: long.slice(0, MAX_QUERY_CHARS), cut: true });
    expect(boundQuery('试'.repeat(MAX_QUERY_CHARS)).cut).toBe(false);
  });
  test('a query is cut between characters, never inside one written with two code units', () => {
    const bounded = boundQuery('𠀀'.repeat(300));
    expect(Array.from(bounded.query)).toHaveLength(MAX_QUERY_CHARS);
    expect(bounded.query).toBe('𠀀'.repeat(MAX_QUERY_CHARS));
  });
  test('highlight terms: each once, none empty or too long, 20 at most, in order', () => {
    const terms = ['', '的', '的', 'x'.repeat(MAX_TERM_CHARS + 1), 'y'.repeat(MAX_TERM_CHARS)];
    expect(boundTerms(terms)).toEqual(['的', 'y'.repeat(MAX_TERM_CHARS)]);
    const many = Array.from({ length: 5000 }, (_, i) => `词${i}`);
    expect(boundTerms(many)).toEqual(many.slice(0, MAX_TERMS));
  });
  test('marking 5,000 terms, or the words of a 40,000-character query, neither throws nor slows', () => {
    const text = '试用期工资的规定';
    const many = Array.from({ length: 5000 }, (_, i) => (i === 4 ? '工资' : `词${i}`));
    expect(markTerms(text, many)).toEqual([
      { text: '试用期', match: false },
      { text: '工资', match: true },
      { text: '的规定', match: false },
    ]);
    const words = Array.from({ length: 40_000 }, (_, i) => `${i}`);
    expect(() => markTerms(text, words)).not.toThrow();
    expect(() => markTerms(text, ['试用期工资'.repeat(8000)])).not.toThrow();
  });
});
