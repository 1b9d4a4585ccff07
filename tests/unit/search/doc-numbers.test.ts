import { describe, expect, test } from 'vitest';
import { docNumberInQuery, sameDocNumber } from '../../../src/search/doc-numbers';

describe('docNumberInQuery and sameDocNumber', () => {
  test('read a document number whatever its brackets', () => {
    expect(docNumberInQuery('清组发[2025]12号')).toBe('清组发〔2025〕12号');
    expect(docNumberInQuery('清组发（2025）12号')).toBe('清组发〔2025〕12号');
    expect(sameDocNumber('〔2025〕12号', '清组发〔2025〕12号')).toBe(true);
    expect(sameDocNumber('清组发〔2025〕12号', '清组发〔2025〕1号')).toBe(false);
  });
  test('find nothing in a query without one, and match no document without one', () => {
    expect(docNumberInQuery('试用期 2025年')).toBeUndefined();
    expect(sameDocNumber('〔2025〕12号', undefined)).toBe(false);
  });
});
