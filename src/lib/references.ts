import { POLICY_RELATIONS, type PolicyRelation } from '../schemas/policies.ts';
import { reservedSlugs } from './paths.ts';

interface Located {
  id: string;
  filePath?: string | undefined;
}
interface PolicyLike extends Located {
  data: Record<PolicyRelation, string[]>;
}
interface LessonLike extends Located {
  data: { course: string; order: number };
}

/** Entries published in this build, plus the ids of every entry that exists at all. */
export interface ReferenceInput {
  policies: PolicyLike[];
  courses: Located[];
  lessons: LessonLike[];
  pages: Located[];
  /** Ids per collection including drafts and future entries, to tell "unknown" from "unpublished". */
  allIds: { policies: Set<string>; courses: Set<string> };
  /** Policies this portal does not hold but links to elsewhere: the laws of its law library. */
  libraryPolicies?: ReadonlySet<string>;
  /** Other fields that name entries: an event's lesson, a guide's policies, a story's projects. */
  links?: Link[];
}

/** A field of one entry that names entries of another collection. */
export interface Link {
  from: Located;
  field: string;
  /** Singular name of the collection, for the message ("lesson"). */
  kind: string;
  targets: string[];
  /** Published ids of that collection. */
  published: Set<string>;
  /** All ids of that collection, drafts and future entries included. */
  all: Set<string>;
}

/**
 * A reference an edit elsewhere broke, or a clash between two entries: the build goes on, the
 * reference shows as unavailable, and the problem is reported (build log, content health report
 * at /admin/health/).
 */
export interface Problem {
  /** The file that holds the reference, e.g. content/services/legal-aid.md. */
  file: string;
  field: string;
  kind: 'unknown-target' | 'unpublished-target' | 'order-taken' | 'reserved-slug';
  /** The entry referred to: its collection (singular, as in the message) and slug. */
  target?: { kind: string; id: string };
  /** The other entry of a clash (the lesson that has the position already). */
  other?: string;
  /** The value in question: the position, the reserved slug. */
  value?: string | number;
  /** What the site does about it: shows the reference as unavailable, or leaves the entry out. */
  effect: 'shown-unavailable' | 'entry-withheld' | 'ordered-by-slug';
}

/** A problem in words for the build log (the health report has its own words, in Chinese). */
export function problemMessage(problem: Problem): string {
  const where = `${problem.file}: field "${problem.field}"`;
  const target = problem.target;
  const what = {
    'unknown-target': () => `no ${target?.kind} has the slug "${target?.id}"`,
    'unpublished-target': () =>
      `${target?.kind} "${target?.id}" is not published in this build (draft or future publishDate)`,
    'order-taken': () => `${problem.value} is already used in this course by ${problem.other}`,
    'reserved-slug': () => `"${problem.value}" is reserved for a site section`,
  }[problem.kind]();
  const effect = {
    'shown-unavailable': 'the reference is shown as unavailable',
    'entry-withheld': 'the entry is left out of the site until this is fixed',
    'ordered-by-slug': 'the two are listed by slug',
  }[problem.effect];
  return `${where}: ${what}; ${effect}`;
}

const fileOf = (entry: Located) => entry.filePath ?? entry.id;

/**
 * Checks every cross-reference. Only what an entry does to itself is an error that stops the
 * build (the CMS refuses it before saving); what an edit elsewhere breaks (a deleted, renamed or
 * unpublished target) or a clash between two entries is a problem the site survives.
 * `withheld` collects the ids of entries left out because of one (by collection name).
 */
export function checkReferences(input: ReferenceInput): {
  errors: string[];
  problems: Problem[];
  withheld: { lessons: Set<string>; pages: Set<string> };
} {
  const errors: string[] = [];
  const problems: Problem[] = [];
  const withheld = { lessons: new Set<string>(), pages: new Set<string>() };
  const policyIds = new Set(input.policies.map((p) => p.id));
  const courseIds = new Set(input.courses.map((c) => c.id));
  const broken = (exists: boolean): Problem['kind'] => (exists ? 'unpublished-target' : 'unknown-target');

  for (const policy of input.policies) {
    for (const relation of POLICY_RELATIONS) {
      for (const target of policy.data[relation]) {
        if (target === policy.id)
          errors.push(`${fileOf(policy)}: field "${relation}": a policy cannot refer to itself`);
        else if (!policyIds.has(target) && !input.libraryPolicies?.has(target))
          problems.push({
            file: fileOf(policy),
            field: relation,
            kind: broken(input.allIds.policies.has(target)),
            target: { kind: 'policy', id: target },
            effect: 'shown-unavailable',
          });
      }
    }
  }

  const orders = new Map<string, LessonLike>();
  for (const lesson of [...input.lessons].sort((a, b) => a.id.localeCompare(b.id))) {
    const { course, order } = lesson.data;
    if (!courseIds.has(course)) {
      problems.push({
        file: fileOf(lesson),
        field: 'course',
        kind: broken(input.allIds.courses.has(course)),
        target: { kind: 'course', id: course },
        effect: 'entry-withheld',
      });
      withheld.lessons.add(lesson.id);
      continue;
    }
    const key = `${course}#${order}`;
    const other = orders.get(key);
    if (other)
      problems.push({
        file: fileOf(lesson),
        field: 'order',
        kind: 'order-taken',
        value: order,
        other: fileOf(other),
        effect: 'ordered-by-slug',
      });
    else orders.set(key, lesson);
  }

  for (const link of input.links ?? []) {
    for (const target of link.targets) {
      if (!link.published.has(target) || (link.kind === 'lesson' && withheld.lessons.has(target)))
        problems.push({
          file: fileOf(link.from),
          field: link.field,
          kind: broken(link.all.has(target)),
          target: { kind: link.kind, id: target },
          effect: 'shown-unavailable',
        });
    }
  }

  for (const page of input.pages) {
    if (reservedSlugs('pages').includes(page.id)) {
      problems.push({
        file: fileOf(page),
        field: 'slug',
        kind: 'reserved-slug',
        value: page.id,
        effect: 'entry-withheld',
      });
      withheld.pages.add(page.id);
    }
  }
  return { errors, problems, withheld };
}

export type PolicyLinks = Record<
  'supersedes' | 'supersededBy' | 'amends' | 'amendedBy' | 'interprets' | 'interpretedBy',
  string[]
>;

const INVERSE = { supersedes: 'supersededBy', amends: 'amendedBy', interprets: 'interpretedBy' } as const;

/** Both directions of every policy relation, from the side that declares it. */
export function policyLinks(policies: PolicyLike[]): Map<string, PolicyLinks> {
  const links = new Map<string, PolicyLinks>();
  const of = (id: string): PolicyLinks => {
    let entry = links.get(id);
    if (!entry) {
      entry = { supersedes: [], supersededBy: [], amends: [], amendedBy: [], interprets: [], interpretedBy: [] };
      links.set(id, entry);
    }
    return entry;
  };
  for (const policy of policies) {
    of(policy.id);
    for (const relation of POLICY_RELATIONS) {
      for (const target of policy.data[relation]) {
        of(policy.id)[relation].push(target);
        of(target)[INVERSE[relation]].push(policy.id);
      }
    }
  }
  return links;
}

/**
 * Versions of one document: policies joined through `amends` or `supersedes`, each mapped to
 * the whole group (itself included). A policy with no other version maps to nothing.
 */
export function versionGroups(policies: PolicyLike[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const up = parent.get(id) ?? id;
    if (up === id) return id;
    const root = find(up);
    parent.set(id, root);
    return root;
  };
  for (const policy of policies) {
    for (const target of [...policy.data.amends, ...policy.data.supersedes]) parent.set(find(target), find(policy.id));
  }
  const groups = new Map<string, string[]>();
  for (const policy of policies) {
    const root = find(policy.id);
    groups.set(root, [...(groups.get(root) ?? []), policy.id]);
  }
  const byId = new Map<string, string[]>();
  for (const members of groups.values()) {
    if (members.length > 1) for (const id of members) byId.set(id, members);
  }
  return byId;
}
