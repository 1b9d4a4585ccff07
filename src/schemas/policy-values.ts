// The fixed value lists of policies, apart from the schema so that browser code can use them
// without bundling Zod.

/** Legal force of a document; labels live in the strings file under policy.status.*. */
export const POLICY_STATUSES = ['in-force', 'amended', 'repealed', 'not-yet-effective'] as const;

/** Kind of document; labels live in the strings file under policy.category.*. */
export const POLICY_CATEGORIES = [
  'constitution',
  'law',
  'administrative-regulation',
  'department-rule',
  'local-regulation',
  'local-government-rule',
  'judicial-interpretation',
  'party-regulation',
  'local-document',
  'normative-document',
  'notice',
  'case',
] as const;

/** Relations declared on one side only; the inverse side is computed at build time. */
export const POLICY_RELATIONS = ['supersedes', 'amends', 'interprets'] as const;

export type PolicyStatus = (typeof POLICY_STATUSES)[number];
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];
export type PolicyRelation = (typeof POLICY_RELATIONS)[number];
