import {
  POLICY_CATEGORIES,
  POLICY_STATUSES,
  type PolicyCategory,
  type PolicyStatus,
} from '../schemas/policy-values.ts';

/** What the listing filters need of one policy. */
export interface PolicySummary {
  slug: string;
  title: string;
  docNumber?: string | undefined;
  issuer: string;
  /** YYYY-MM-DD, or '' when unknown. */
  issueDate: string;
  status: PolicyStatus;
  category: PolicyCategory;
}

/**
 * The compact form served as /policies/index.json: one array per policy, with issuers,
 * statuses and categories as indexes into shared lists. For 1,584 laws this is a few
 * dozen KB gzipped, fetched only when a reader first uses a filter.
 */
export interface PolicyIndex {
  issuers: string[];
  statuses: readonly PolicyStatus[];
  categories: readonly PolicyCategory[];
  /** [slug, title, docNumber, issuer index, issue date, status index, category index] */
  items: [string, string, string, number, string, number, number][];
}

export function encodePolicyIndex(policies: PolicySummary[]): PolicyIndex {
  const issuers = [...new Set(policies.map((p) => p.issuer))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return {
    issuers,
    statuses: POLICY_STATUSES,
    categories: POLICY_CATEGORIES,
    items: policies.map((p) => [
      p.slug,
      p.title,
      p.docNumber ?? '',
      issuers.indexOf(p.issuer),
      p.issueDate,
      POLICY_STATUSES.indexOf(p.status),
      POLICY_CATEGORIES.indexOf(p.category),
    ]),
  };
}

export function decodePolicyIndex(index: PolicyIndex): PolicySummary[] {
  return index.items.map(([slug, title, docNumber, issuer, issueDate, status, category]) => ({
    slug,
    title,
    docNumber: docNumber || undefined,
    issuer: index.issuers[issuer]!,
    issueDate,
    status: index.statuses[status]!,
    category: index.categories[category]!,
  }));
}

/**
 * The policy filters, one rule for the listing's filters (/policies/, in the browser) and for the
 * filters the search index files each policy under (src/lib/policy-facets.ts): which value a
 * policy has for each filter, and in which order a filter offers its values.
 */
export const FILTER_FIELDS = ['category', 'status', 'issuer', 'year'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type PolicyFilters = Partial<Record<FilterField, string>>;

/** The year filter's value for documents without a known date. */
export const UNDATED = 'undated';

/** The year filter's value of a policy issued on `issueDate` (YYYY-MM-DD, or '' when unknown). */
export function issueYear(issueDate: string): string {
  return issueDate.slice(0, 4) || UNDATED;
}

const valueOf = (policy: PolicySummary, field: FilterField) =>
  field === 'year' ? issueYear(policy.issueDate) : policy[field];

/** The policies matching every filter that is set; order is kept. */
export function filterPolicies(policies: PolicySummary[], filters: PolicyFilters): PolicySummary[] {
  const active = FILTER_FIELDS.filter((field) => filters[field]);
  return policies.filter((policy) => active.every((field) => valueOf(policy, field) === filters[field]));
}

/** A filter's value with how many documents have it. */
export type FacetOption = [value: string, count: number];

/** The order a filter offers its values in: years newest first, the others by count, then by name. */
export function compareFacetOptions(field: string): (a: FacetOption, b: FacetOption) => number {
  return field === 'year'
    ? (a, b) => b[0].localeCompare(a[0])
    : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN');
}

/** Each value of each filter with how many policies have it, in the order compareFacetOptions gives. */
export function facetCounts(policies: PolicySummary[]): Record<FilterField, FacetOption[]> {
  const count = (field: FilterField) => {
    const counts = new Map<string, number>();
    for (const policy of policies) counts.set(valueOf(policy, field), (counts.get(valueOf(policy, field)) ?? 0) + 1);
    return [...counts.entries()].sort(compareFacetOptions(field));
  };
  return { category: count('category'), status: count('status'), issuer: count('issuer'), year: count('year') };
}
