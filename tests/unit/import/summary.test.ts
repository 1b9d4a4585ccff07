import { describe, expect, test } from 'vitest';
import { UNKNOWN_ISSUER } from '../../../scripts/import/infer';
import { generateSummary, SUMMARY_MAX, truncate } from '../../../scripts/import/summary';

describe('generateSummary', () => {
  test('says title, issuer, date, event and number of articles, then the first article', () => {
    expect(
      generateSummary({
        title: '中华人民共和国示例法',
        issuer: '全国人民代表大会常务委员会',
        date: '2007-06-29',
        verb: '通过',
        articles: 98,
        opening: '第一条 为了示例，制定本法。',
      }),
    ).toBe(
      '《中华人民共和国示例法》，全国人民代表大会常务委员会2007年6月29日通过，共98条。第一条 为了示例，制定本法。',
    );
  });
  test('nests a quoted title as 〈〉', () => {
    expect(
      generateSummary({
        title: '关于适用《民法典》的解释',
        issuer: '最高人民法院',
        date: '2021-01-01',
        verb: '发布',
        articles: 0,
      }),
    ).toBe('《关于适用〈民法典〉的解释》，最高人民法院2021年1月1日发布。');
  });
  test('stays within the schema limit, cut at a clause', () => {
    const opening = `第一条 ${'为了保障劳动者的合法权益，'.repeat(40)}制定本法。`;
    const summary = generateSummary({
      title: '示例法',
      issuer: '国务院',
      date: '2001-01-01',
      verb: '公布',
      articles: 3,
      opening,
    });
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary).toMatch(/权益……$/);
  });
  test('turns Markdown escapes back into text', () => {
    const summary = generateSummary({
      title: '甲',
      issuer: '乙',
      date: '2001-01-01',
      verb: '公布',
      articles: 1,
      opening: '第一条 以\\*公示\\*为准。',
    });
    expect(summary).toContain('第一条 以*公示*为准。');
  });
});

describe('generateSummary without an issuer or a date', () => {
  const base = { title: '示例说明', verb: '发布', articles: 0, opening: '这份说明没有日期。' };
  test('leaves out an unknown issuer (未注明) and keeps the date', () => {
    expect(generateSummary({ ...base, issuer: UNKNOWN_ISSUER, date: '2014-01-01' })).toBe(
      '《示例说明》，2014年1月1日发布。这份说明没有日期。',
    );
  });
  test('leaves out an unknown date and keeps the issuer', () => {
    expect(generateSummary({ ...base, issuer: '最高人民法院' })).toBe(
      '《示例说明》，最高人民法院发布。这份说明没有日期。',
    );
  });
  test('leaves out the whole clause, verb and all, when neither is known', () => {
    expect(generateSummary({ ...base, issuer: UNKNOWN_ISSUER })).toBe('《示例说明》。这份说明没有日期。');
    expect(generateSummary({ ...base, issuer: UNKNOWN_ISSUER, verb: '通过', articles: 12 })).toBe(
      '《示例说明》，共12条。这份说明没有日期。',
    );
    expect(generateSummary({ title: '示例说明', issuer: UNKNOWN_ISSUER, verb: '发布', articles: 0 })).toBe(
      '《示例说明》。',
    );
  });
  test('never writes 未注明 or a dangling ，发布', () => {
    for (const date of [undefined, '2014-01-01'])
      for (const issuer of [UNKNOWN_ISSUER, '国务院']) {
        const summary = generateSummary({ ...base, issuer, ...(date ? { date } : {}) });
        expect(summary).not.toContain('未注明');
        expect(summary).not.toMatch(/，(?:发布|通过|公布)/);
      }
  });
});

describe('truncate', () => {
  test('leaves short text alone', () => {
    expect(truncate('短文。', 10)).toBe('短文。');
  });
  test('cuts mid-clause when the only boundary is too early', () => {
    expect(truncate(`甲，${'乙'.repeat(20)}`, 12)).toBe(`甲，${'乙'.repeat(8)}……`);
  });
});
