import { describe, expect, test } from 'vitest';
import { policySchema } from '../../../src/schemas/policies';
import { entries, frontmatter, GOOD_FIXTURES } from '../../support/frontmatter';
import { expectIssueAt } from '../../support/schema-check';

const good = frontmatter(`${GOOD_FIXTURES}/policies/sample-rule.md`);

describe('policySchema', () => {
  test('accepts the good fixture and fills defaults', () => {
    const data = policySchema.parse(good);
    expect(data.issueDate?.toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(data).toMatchObject({ draft: false, attachments: [], amends: [], interprets: [], supersedes: ['old-rule'] });
  });
  test.each(entries('policies'))('accepts the sample policy %s', (file) => {
    expect(policySchema.safeParse(frontmatter(file)).error?.issues ?? []).toEqual([]);
  });
  test('accepts a document whose issue date is unknown', () => {
    expect(policySchema.safeParse({ ...good, issueDate: undefined }).success).toBe(true);
  });
  test('requires a title and an issuer', () => {
    for (const field of ['title', 'issuer']) {
      expectIssueAt(policySchema, { ...good, [field]: undefined }, field);
    }
  });
  test('refuses a status outside the four legal states', () => {
    expectIssueAt(policySchema, { ...good, status: '有效' }, 'status');
  });
  test('refuses a date that does not exist or is not YYYY-MM-DD', () => {
    expect(expectIssueAt(policySchema, { ...good, effectiveDate: '2026-02-30' }, 'effectiveDate')).toMatch(/exists/);
    expectIssueAt(policySchema, { ...good, issueDate: '2026年1月15日' }, 'issueDate');
  });
  test('refuses a relation that is not a slug', () => {
    expectIssueAt(policySchema, { ...good, amends: ['旧办法'] }, 'amends.0');
  });
  test('refuses a source address that is not a URL', () => {
    expectIssueAt(policySchema, { ...good, source: { name: '县政府网', url: 'www.example' } }, 'source.url');
  });
  test('refuses a summary longer than 300 characters', () => {
    expectIssueAt(policySchema, { ...good, summary: '长'.repeat(301) }, 'summary');
  });
});
