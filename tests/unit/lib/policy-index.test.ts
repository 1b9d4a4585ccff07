import { describe, expect, test } from 'vitest';
import {
  decodePolicyIndex,
  encodePolicyIndex,
  facetCounts,
  filterPolicies,
  type PolicySummary,
  UNDATED,
} from '../../../src/lib/policy-index';

const policies: PolicySummary[] = [
  {
    slug: 'a',
    title: '甲办法',
    docNumber: '清组发〔2025〕1号',
    issuer: '县委组织部',
    issueDate: '2025-03-01',
    status: 'in-force',
    category: 'local-document',
  },
  { slug: 'b', title: '乙通知', issuer: '县人社局', issueDate: '2025-01-09', status: 'in-force', category: 'notice' },
  {
    slug: 'c',
    title: '丙办法',
    issuer: '县委组织部',
    issueDate: '2019-04-10',
    status: 'repealed',
    category: 'local-document',
  },
];

describe('encodePolicyIndex', () => {
  test('round-trips through the compact form', () => {
    const index = JSON.parse(JSON.stringify(encodePolicyIndex(policies)));
    expect(decodePolicyIndex(index)).toEqual(policies);
  });
  test('stores each issuer once', () => {
    expect(encodePolicyIndex(policies).issuers).toHaveLength(2);
  });
});

describe('filterPolicies', () => {
  test('keeps every policy without filters', () => {
    expect(filterPolicies(policies, {})).toEqual(policies);
  });
  test('combines filters: in-force documents of one issuer', () => {
    expect(filterPolicies(policies, { status: 'in-force', issuer: '县委组织部' }).map((p) => p.slug)).toEqual(['a']);
  });
  test('filters by the year of issue', () => {
    expect(filterPolicies(policies, { year: '2019' }).map((p) => p.slug)).toEqual(['c']);
  });
  test('gives documents without a date their own year value', () => {
    const undated = { ...policies[0]!, slug: 'd', issueDate: '' };
    expect(filterPolicies([...policies, undated], { year: UNDATED }).map((p) => p.slug)).toEqual(['d']);
  });
});

describe('facetCounts', () => {
  test('counts each value, years newest first', () => {
    const facets = facetCounts(policies);
    expect(facets.year).toEqual([
      ['2025', 2],
      ['2019', 1],
    ]);
    expect(facets.status).toEqual([
      ['in-force', 2],
      ['repealed', 1],
    ]);
    expect(facets.issuer[0]).toEqual(['县委组织部', 2]);
  });
});
