import { describe, expect, test } from 'vitest';
import { facetLabel, policySearchFilters, policySearchRank } from '../../../src/lib/policy-facets';
import { compareFacetOptions, facetCounts, UNDATED, type FacetOption } from '../../../src/lib/policy-index';

describe('facetLabel', () => {
  test('names each filter value as the listing shows it', () => {
    expect(facetLabel('status', 'in-force')).toBe('现行有效');
    expect(facetLabel('category', 'notice')).toBe('工作通知');
    expect(facetLabel('year', '2024')).toBe('2024年');
    expect(facetLabel('year', UNDATED)).toBe('日期不详');
    expect(facetLabel('issuer', '中共清源县委组织部')).toBe('中共清源县委组织部');
  });
});

describe('policySearchFilters', () => {
  test('files a policy under the year the listing filters it by, and its status in the listing’s words', () => {
    const policy = { issuer: '县委组织部', issueDate: new Date('2024-12-31T00:00:00Z'), status: 'repealed' as const };
    const listed = facetCounts([
      {
        slug: 'a',
        title: '甲',
        issuer: policy.issuer,
        issueDate: '2024-12-31',
        status: 'repealed',
        category: 'notice',
      },
    ]);
    expect(policySearchFilters(policy)).toEqual({
      year: listed.year.map(([year]) => year),
      issuer: ['县委组织部'],
      status: listed.status.map(([status]) => facetLabel('status', status)),
    });
    expect(policySearchFilters(policy).status).toEqual(['已废止']);
  });

  test('files a document without a date under no year', () => {
    expect(policySearchFilters({ issuer: '县人社局', status: 'in-force' }).year).toEqual([]);
  });
});

describe('policySearchRank', () => {
  const issued = new Date('2008-01-01');
  test('a dated text in force governs; a case or notice does not; another status is superseded', () => {
    expect(policySearchRank({ status: 'in-force', category: 'law', issueDate: issued })).toBe('governing');
    expect(policySearchRank({ status: 'in-force', category: 'case', issueDate: issued })).toBeUndefined();
    expect(policySearchRank({ status: 'in-force', category: 'notice', issueDate: issued })).toBeUndefined();
    expect(policySearchRank({ status: 'repealed', category: 'law', issueDate: issued })).toBe('superseded');
  });
  test('a judicial interpretation in force interprets the law rather than governs', () => {
    const interpretation = { status: 'in-force' as const, category: 'judicial-interpretation' as const };
    expect(policySearchRank({ ...interpretation, issueDate: issued })).toBe('interpreting');
    expect(policySearchRank({ ...interpretation, status: 'repealed', issueDate: issued })).toBe('superseded');
    expect(policySearchRank({ status: 'in-force', category: 'department-rule', issueDate: issued })).toBe('governing');
  });
  test('a text with no date of issue (a guide filed among the laws) is not ranked as governing', () => {
    expect(policySearchRank({ status: 'in-force', category: 'normative-document' })).toBeUndefined();
  });
});

describe('compareFacetOptions', () => {
  test('orders years newest first and other values by count, then by name', () => {
    const years: FacetOption[] = [
      ['2019', 5],
      ['2025', 1],
      ['2021', 3],
    ];
    expect(years.sort(compareFacetOptions('year')).map(([year]) => year)).toEqual(['2025', '2021', '2019']);
    const issuers: FacetOption[] = [
      ['乙局', 2],
      ['丙局', 4],
      ['甲局', 2],
    ];
    expect(issuers.sort(compareFacetOptions('issuer')).map(([issuer]) => issuer)).toEqual(['丙局', '甲局', '乙局']);
  });
});
