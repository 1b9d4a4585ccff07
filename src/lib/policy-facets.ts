// The words of the policy filters, for the build (they come from the strings file): the
// listing's filter options and results (PolicyFilters.astro) and the filters the search index
// files each policy under (PolicyView.astro). The values and their order are src/lib/policy-index.ts.
import { t } from './i18n';
import { isoDate } from './dates';
import { issueYear, UNDATED, type FilterField } from './policy-index';
import type { PolicyCategory, PolicyStatus } from '../schemas/policy-values';
import type { SearchFacts as PageSearchFacts, SearchRank } from '../search/index-config';
import { lawShortTitle } from '../search/name-keys';
import type { Policy } from '../schemas/policies';

/** A filter value in words: 现行有效 for in-force, 2024年 for 2024. */
export function facetLabel(field: FilterField, value: string): string {
  switch (field) {
    case 'category':
      return t(`policy.category.${value as PolicyCategory}`);
    case 'status':
      return t(`policy.status.${value as PolicyStatus}`);
    case 'issuer':
      return value;
    case 'year':
      return value === UNDATED ? t('policy.undated') : t('filter.yearValue', { year: value });
  }
}

/** What a policy needs for its search filters. */
export interface SearchFacts {
  issuer: string;
  issueDate?: Date | undefined;
  status: PolicyStatus;
}

/**
 * The search index's filters of a policy, by the listing's rule. Pagefind offers a filter's
 * values as they are written, so the status is filed in the words the listing shows for it;
 * a document without a date is filed under no year.
 */
export function policySearchFilters(policy: SearchFacts): Record<'year' | 'issuer' | 'status', string[]> {
  return {
    year: policy.issueDate ? [issueYear(isoDate(policy.issueDate))] : [],
    issuer: [policy.issuer],
    status: [facetLabel('status', policy.status)],
  };
}

/**
 * How a policy ranks in search among the pages holding a query's words: a text in force governs
 * the matter (a notice or a case note does not, nor a text with no date of issue: a guide filed
 * among the laws, 劳动仲裁和劳动诉讼的攻略, is not known to govern anything); an amended, repealed
 * or not yet effective one ranks after the lessons that explain the current rule.
 */
export function policySearchRank(policy: {
  status: PolicyStatus;
  category: PolicyCategory;
  issueDate?: Date | undefined;
}): SearchRank | undefined {
  if (policy.status !== 'in-force') return 'superseded';
  if (policy.category === 'case' || policy.category === 'notice' || !policy.issueDate) return undefined;
  return policy.category === 'judicial-interpretation' ? 'interpreting' : 'governing';
}

/** What a policy's page (the whole text, or one part of a long one) tells the search index. */
export function policySearchFacts(data: Policy['data']): PageSearchFacts {
  return {
    type: t('search.type.policy'),
    date: data.issueDate,
    filters: { topic: data.topics, ...policySearchFilters(data) },
    meta: { docNumber: data.docNumber },
    rank: policySearchRank(data),
    // Laws are searched by their short name: 劳动合同法, not 中华人民共和国劳动合同法.
    shortTitle: lawShortTitle(data.title),
  };
}
