import { describe, expect, test } from 'vitest';
import { excerptAround, markTerms, readingText } from '../../../src/search/excerpts';

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
  test('start at the start of the sentence that holds the terms, never on punctuation', () => {
    const text = `${'甲'.repeat(60)}。劳动者在试用期的工资不得低于本单位相同岗位最低档工资。${'乙'.repeat(60)}`;
    expect(excerptAround(text, ['试用期'], 40)).toMatch(/^劳动者在试用期/);
    expect(excerptAround('。〕2号。第十九条 试用期包含在劳动合同期限内。', ['试用期'], 40)).toMatch(/^第十九条/);
  });
  test('centre on the place where most of the terms stand together', () => {
    const text = `工资${'甲'.repeat(120)}。试用期工资不得低于最低工资标准。${'乙'.repeat(120)}`;
    expect(excerptAround(text, ['试用期', '工资'], 40)).toMatch(/^试用期工资/);
  });
});

describe('readingText', () => {
  test('join Pagefind words and write the block joins as Chinese punctuation', () => {
    expect(readingText('交纳\u200b党费. 交纳\u200b党费\u200b是\u200b义务。. 党章. Rule 1. The end')).toBe(
      '交纳党费。交纳党费是义务。党章。Rule 1. The end',
    );
    expect(readingText('第三条 &lt;甲&gt;、乙. 丙')).toBe('第三条 <甲>、乙。丙');
  });
});
