import { SITE } from '../site.config.ts';
import { isoDate } from './dates.ts';
import { facetCounts, type PolicySummary } from './policy-index.ts';
import { paginate } from './paginate.ts';
import { listingPath } from './paths.ts';
import { loadSite, type SiteData } from './site-data.ts';

type Listed = 'policies' | 'stories';

const ROOTS: Record<Listed, string> = { policies: listingPath('policies'), stories: listingPath('stories') };

/** Pages of a paginated listing, newest first. */
export async function listingPages<K extends Listed>(kind: K) {
  const items: SiteData[K] = (await loadSite())[kind];
  const root = ROOTS[kind];
  return { root, count: items.length, pages: paginate<SiteData[K][number]>(items, SITE.pageSize, root) };
}

/** getStaticPaths for /<listing>/page/<n>/: every page but the first, which lives at the root. */
export async function laterPagePaths<K extends Listed>(kind: K) {
  const { pages, count } = await listingPages(kind);
  return pages.slice(1).map((page) => ({ params: { page: String(page.current) }, props: { page, count } }));
}

let summaries: Promise<PolicySummary[]> | undefined;

/**
 * The published policies, newest first, as the listing filters see them. Every listing page
 * and /policies/index.json read it, so a build computes it once (dev recomputes for edits).
 */
export function policySummaries(): Promise<PolicySummary[]> {
  if (import.meta.env.DEV_SERVER) return summarize();
  summaries ??= summarize();
  return summaries;
}

async function summarize(): Promise<PolicySummary[]> {
  return (await loadSite()).policies.map((policy) => ({
    slug: policy.id,
    title: policy.data.title,
    docNumber: policy.data.docNumber,
    issuer: policy.data.issuer,
    issueDate: policy.data.issueDate ? isoDate(policy.data.issueDate) : '',
    status: policy.data.status,
    category: policy.data.category,
  }));
}

/** The filter options with their counts over all published policies, computed once per build. */
export async function policyFacets(): Promise<ReturnType<typeof facetCounts>> {
  if (import.meta.env.DEV_SERVER) return facetCounts(await summarize());
  facets ??= policySummaries().then(facetCounts);
  return facets;
}
let facets: Promise<ReturnType<typeof facetCounts>> | undefined;
