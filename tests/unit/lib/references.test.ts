import { describe, expect, test } from 'vitest';
import { findReferenceErrors, policyLinks, versionGroups, type ReferenceInput } from '../../../src/lib/references';

const policy = (id: string, relations: Partial<Record<'supersedes' | 'amends' | 'interprets', string[]>> = {}) => ({
  id,
  filePath: `content/policies/${id}.md`,
  data: { supersedes: [], amends: [], interprets: [], ...relations },
});
const lesson = (id: string, course: string, order: number) => ({
  id,
  filePath: `content/lessons/${id}.mdx`,
  data: { course, order },
});

function input(overrides: Partial<ReferenceInput> = {}): ReferenceInput {
  return {
    policies: [policy('new-rule', { supersedes: ['old-rule'] }), policy('old-rule')],
    courses: [{ id: 'basics' }],
    lessons: [lesson('one', 'basics', 1), lesson('two', 'basics', 2)],
    pages: [{ id: 'about' }],
    allIds: { policies: new Set(['new-rule', 'old-rule']), courses: new Set(['basics']) },
    ...overrides,
  };
}

describe('findReferenceErrors', () => {
  test('accepts content whose references all resolve', () => {
    expect(findReferenceErrors(input())).toEqual([]);
  });
  test('names the file and field of a lesson with an unknown course', () => {
    const errors = findReferenceErrors(input({ lessons: [lesson('one', 'nope', 1)] }));
    expect(errors).toEqual(['content/lessons/one.mdx: field "course": no course has the slug "nope"']);
  });
  test('tells an unpublished course from an unknown one', () => {
    const errors = findReferenceErrors(
      input({
        lessons: [lesson('one', 'later', 1)],
        allIds: { policies: new Set(), courses: new Set(['basics', 'later']) },
      }),
    );
    expect(errors[0]).toMatch(/course "later" is not published in this build/);
  });
  test('names the relation field of a policy pointing at an unknown policy', () => {
    const errors = findReferenceErrors(input({ policies: [policy('new-rule', { amends: ['ghost'] })] }));
    expect(errors).toEqual(['content/policies/new-rule.md: field "amends": no policy has the slug "ghost"']);
  });
  test('refuses a policy that refers to itself', () => {
    expect(findReferenceErrors(input({ policies: [policy('loop', { interprets: ['loop'] })] }))[0]).toMatch(
      /field "interprets": a policy cannot refer to itself/,
    );
  });
  test('refuses two lessons at one position of a course', () => {
    const errors = findReferenceErrors(input({ lessons: [lesson('one', 'basics', 1), lesson('dup', 'basics', 1)] }));
    expect(errors).toEqual([
      'content/lessons/dup.mdx: field "order": 1 is already used in course "basics" by content/lessons/one.mdx',
    ]);
  });
  test('refuses a page slug that a site section uses', () => {
    expect(findReferenceErrors(input({ pages: [{ id: 'policies', filePath: 'content/pages/policies.md' }] }))).toEqual([
      'content/pages/policies.md: field "slug": "policies" is reserved for a site section',
    ]);
  });
});

describe('policyLinks', () => {
  test('computes the inverse side of every declared relation', () => {
    const links = policyLinks([
      policy('new-rule', { supersedes: ['old-rule'], interprets: ['law'] }),
      policy('old-rule'),
      policy('law'),
    ]);
    expect(links.get('old-rule')?.supersededBy).toEqual(['new-rule']);
    expect(links.get('law')?.interpretedBy).toEqual(['new-rule']);
    expect(links.get('new-rule')?.supersedes).toEqual(['old-rule']);
    expect(links.get('new-rule')?.supersededBy).toEqual([]);
  });
});

describe('versionGroups', () => {
  test('joins versions through amends and supersedes chains, both ways', () => {
    const groups = versionGroups([
      policy('law-2012', { amends: ['law-2007'] }),
      policy('law-2007'),
      policy('law-2024', { supersedes: ['law-2012'] }),
      policy('other'),
    ]);
    expect(new Set(groups.get('law-2007'))).toEqual(new Set(['law-2007', 'law-2012', 'law-2024']));
    expect(groups.get('law-2024')).toBe(groups.get('law-2007'));
    expect(groups.has('other')).toBe(false);
  });
  test('does not join documents that only interpret each other', () => {
    expect(versionGroups([policy('rule', { interprets: ['law'] }), policy('law')]).size).toBe(0);
  });
});
