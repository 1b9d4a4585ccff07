import { describe, expect, test } from 'vitest';
import { COLLECTION_NAMES, REFERENCE_FIELDS } from '../../../src/collections';
import { referrersOf } from '../../../src/lib/referrers';

const entry = (collection: string, id: string, data: Record<string, unknown>) => ({
  collection,
  id,
  data: { title: id, ...data },
});

describe('referrersOf', () => {
  test('lists, for a policy, the guides that cite it and the policies that amend it', () => {
    const index = referrersOf(
      [
        entry('policies', 'wage-rule', {}),
        entry('policies', 'wage-rule-2026', { amends: ['wage-rule'], supersedes: [], interprets: [] }),
        entry('services', 'unpaid-wages', { policies: ['wage-rule', 'other'] }),
        entry('services', 'legal-aid', { policies: ['wage-rule'] }),
      ],
      REFERENCE_FIELDS,
    );
    expect(index['policies/wage-rule']).toEqual([
      { collection: 'policies', slug: 'wage-rule-2026', title: 'wage-rule-2026', field: 'amends' },
      { collection: 'services', slug: 'legal-aid', title: 'legal-aid', field: 'policies' },
      { collection: 'services', slug: 'unpaid-wages', title: 'unpaid-wages', field: 'policies' },
    ]);
  });

  test('follows single references: a lesson’s course, an event’s lesson', () => {
    const index = referrersOf(
      [entry('lessons', 'dues', { course: 'basics' }), entry('events', 'live', { lesson: 'dues' })],
      REFERENCE_FIELDS,
    );
    expect(index['courses/basics']?.map((r) => r.slug)).toEqual(['dues']);
    expect(index['lessons/dues']?.map((r) => r.slug)).toEqual(['live']);
  });

  test('follows references inside a list: a guided answer’s outcomes citing policies and guides', () => {
    const index = referrersOf(
      [
        entry('answers', 'leaving-home', {
          outcomes: [
            { policies: ['transfer-rule'], services: [] },
            { policies: ['card-rule', 'transfer-rule'], services: ['return-home-report'] },
          ],
        }),
      ],
      REFERENCE_FIELDS,
    );
    expect(index['policies/transfer-rule']).toEqual([
      { collection: 'answers', slug: 'leaving-home', title: 'leaving-home', field: 'outcomes.policies' },
    ]);
    expect(index['policies/card-rule']?.map((r) => r.slug)).toEqual(['leaving-home']);
    expect(index['services/return-home-report']?.map((r) => r.field)).toEqual(['outcomes.services']);
  });

  test('every reference field of the registry names a collection of the registry', () => {
    expect(REFERENCE_FIELDS.length).toBeGreaterThan(0);
    for (const { to } of REFERENCE_FIELDS) expect(COLLECTION_NAMES).toContain(to);
  });
});
