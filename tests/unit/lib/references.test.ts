import { describe, expect, test } from 'vitest';
import {
  checkReferences,
  policyLinks,
  problemMessage,
  versionGroups,
  type ReferenceInput,
} from '../../../src/lib/references';

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

const messages = (result: ReturnType<typeof checkReferences>) => result.problems.map(problemMessage);

describe('checkReferences', () => {
  test('a policy implementing a law of the law library is no problem; one in neither place still is', () => {
    const policies = [policy('county-rule', { interprets: ['national-law', 'gone-law'] })];
    const allIds = { policies: new Set(['county-rule']), courses: new Set(['basics']) };
    const result = checkReferences(input({ policies, allIds, libraryPolicies: new Set(['national-law']) }));
    expect(messages(result)).toEqual([
      'content/policies/county-rule.md: field "interprets": no policy has the slug "gone-law"; the reference is shown as unavailable',
    ]);
    // Without the library the law is as missing as any other.
    expect(messages(checkReferences(input({ policies, allIds })))).toHaveLength(2);
  });
  test('accepts content whose references all resolve', () => {
    expect(checkReferences(input())).toEqual({
      errors: [],
      problems: [],
      withheld: { lessons: new Set(), pages: new Set() },
    });
  });
  test('a lesson whose course is gone is left out and reported, naming its file and field', () => {
    const result = checkReferences(input({ lessons: [lesson('one', 'nope', 1)] }));
    expect(result.errors).toEqual([]);
    expect(messages(result)).toEqual([
      'content/lessons/one.mdx: field "course": no course has the slug "nope"; the entry is left out of the site until this is fixed',
    ]);
    expect(result.withheld.lessons).toEqual(new Set(['one']));
  });
  test('tells an unpublished course from an unknown one', () => {
    const result = checkReferences(
      input({
        lessons: [lesson('one', 'later', 1)],
        allIds: { policies: new Set(), courses: new Set(['basics', 'later']) },
      }),
    );
    expect(messages(result)[0]).toMatch(/course "later" is not published in this build/);
  });
  test('a policy pointing at a deleted policy keeps building; the relation shows as unavailable', () => {
    const result = checkReferences(input({ policies: [policy('new-rule', { amends: ['ghost'] })] }));
    expect(result.errors).toEqual([]);
    expect(messages(result)).toEqual([
      'content/policies/new-rule.md: field "amends": no policy has the slug "ghost"; the reference is shown as unavailable',
    ]);
  });
  test('refuses a policy that refers to itself: that is the entry’s own mistake', () => {
    expect(checkReferences(input({ policies: [policy('loop', { interprets: ['loop'] })] })).errors[0]).toMatch(
      /field "interprets": a policy cannot refer to itself/,
    );
  });
  test('two lessons at one position of a course are reported and kept, ordered by slug', () => {
    const result = checkReferences(input({ lessons: [lesson('one', 'basics', 1), lesson('dup', 'basics', 1)] }));
    expect(result.errors).toEqual([]);
    expect(messages(result)).toEqual([
      'content/lessons/one.mdx: field "order": 1 is already used in this course by content/lessons/dup.mdx; the two are listed by slug',
    ]);
  });
  test('a page whose slug a site section uses is left out and reported', () => {
    const result = checkReferences(input({ pages: [{ id: 'policies', filePath: 'content/pages/policies.md' }] }));
    expect(messages(result)).toEqual([
      'content/pages/policies.md: field "slug": "policies" is reserved for a site section; the entry is left out of the site until this is fixed',
    ]);
    expect(result.withheld.pages).toEqual(new Set(['policies']));
  });
  test('a link to a lesson that is left out counts as broken too', () => {
    const event = { id: 'meeting', filePath: 'content/events/meeting.md' };
    const result = checkReferences(
      input({
        lessons: [lesson('orphan', 'gone', 1)],
        links: [
          {
            from: event,
            field: 'lesson',
            kind: 'lesson',
            targets: ['orphan'],
            published: new Set(['orphan']),
            all: new Set(['orphan']),
          },
        ],
      }),
    );
    expect(messages(result)).toContain(
      'content/events/meeting.md: field "lesson": lesson "orphan" is not published in this build (draft or future publishDate); the reference is shown as unavailable',
    );
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
