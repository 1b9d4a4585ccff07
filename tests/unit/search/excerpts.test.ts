import { describe, expect, test } from 'vitest';
import { excerptAround, markTerms } from '../../../src/search/excerpts';

describe('excerptAround and markTerms', () => {
  test('cut the text around the first term', () => {
    const text = `${'甲'.repeat(100)}试用期${'乙'.repeat(100)}`;
    const excerpt = excerptAround(text, ['试用期'], 30);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt).toContain('试用期');
    expect(excerpt.endsWith('…')).toBe(true);
  });
  test('centre on the typed phrase rather than an earlier single word of it', () => {
    const text = `将组织关系转移到单位${'甲'.repeat(200)}应当转移组织关系${'乙'.repeat(50)}`;
    expect(excerptAround(text, ['转移', '组织', '关系', '转移组织关系'], 40)).toContain('转移组织关系');
  });
  test('mark every term, longest first, without HTML', () => {
    expect(markTerms('试用期和试用工资<b>', ['试用', '试用期'])).toEqual([
      { text: '试用期', match: true },
      { text: '和', match: false },
      { text: '试用', match: true },
      { text: '工资<b>', match: false },
    ]);
  });
});
