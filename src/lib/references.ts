import { POLICY_RELATIONS, type PolicyRelation } from '../schemas/policies.ts';
import { RESERVED_SEGMENTS } from './paths.ts';

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

function where(entry: Located, field: string): string {
  return `${entry.filePath ?? entry.id}: field "${field}"`;
}

function missing(kind: string, id: string, exists: boolean): string {
  return exists
    ? `${kind} "${id}" is not published in this build (draft or future publishDate)`
    : `no ${kind} has the slug "${id}"`;
}

/**
 * Every broken cross-reference, as messages naming the file and the field. A reference must
 * point at an entry published in the same build, so a live page never links to a hidden one.
 */
export function findReferenceErrors(input: ReferenceInput): string[] {
  const errors: string[] = [];
  const policyIds = new Set(input.policies.map((p) => p.id));
  const courseIds = new Set(input.courses.map((c) => c.id));

  for (const policy of input.policies) {
    for (const relation of POLICY_RELATIONS) {
      for (const target of policy.data[relation]) {
        if (target === policy.id) errors.push(`${where(policy, relation)}: a policy cannot refer to itself`);
        else if (!policyIds.has(target))
          errors.push(`${where(policy, relation)}: ${missing('policy', target, input.allIds.policies.has(target))}`);
      }
    }
  }

  const orders = new Map<string, LessonLike>();
  for (const lesson of input.lessons) {
    const { course, order } = lesson.data;
    if (!courseIds.has(course)) {
      errors.push(`${where(lesson, 'course')}: ${missing('course', course, input.allIds.courses.has(course))}`);
      continue;
    }
    const key = `${course}#${order}`;
    const other = orders.get(key);
    if (other)
      errors.push(
        `${where(lesson, 'order')}: ${order} is already used in course "${course}" by ${other.filePath ?? other.id}`,
      );
    else orders.set(key, lesson);
  }

  for (const link of input.links ?? []) {
    for (const target of link.targets) {
      if (!link.published.has(target))
        errors.push(`${where(link.from, link.field)}: ${missing(link.kind, target, link.all.has(target))}`);
    }
  }

  for (const page of input.pages) {
    if (RESERVED_SEGMENTS.includes(page.id))
      errors.push(`${where(page, 'slug')}: "${page.id}" is reserved for a site section`);
  }
  return errors;
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
