// What a page gives the search index (weights, filters, metadata, sort) and how the search page
// asks Pagefind to rank it: the index side of search, read by Document.astro and SearchMeta.astro
// when pages are built and by the search page when it loads Pagefind.
import { isoDate } from '../lib/dates';
import { nameKeys } from './name-keys';
import { segmentQuery } from './segment';

/** Pagefind weights (data-pagefind-weight) of the parts of a document page; body text weighs 1. */
export const INDEX_WEIGHTS = {
  /** The page's title (h1). */
  title: 10,
  /** The name people search by when it differs from the title (劳动合同法). */
  shortTitle: 10,
  /** The line above the title: a document number, a course's name. */
  eyebrow: 6,
} as const;

/** The filters the search page offers, in its order; each page gives values for some of them. */
export const FILTER_KEYS = ['type', 'topic', 'year', 'issuer', 'status'] as const;

/**
 * A filter the search page does not offer but ranks by (RANK_FILTER): a legal text in force
 * governs a matter (it comes before the lessons and case notes that quote it); a judicial
 * interpretation in force interprets it (after the laws and regulations, before the rest); an
 * amended or repealed text comes after them all.
 */
export const RANK_FILTER = 'rank';
export type SearchRank = 'governing' | 'interpreting' | 'superseded';

/**
 * Pagefind's options on the search page. Laws are long and case notes short: a weaker length
 * penalty keeps the law a query names in view. Titles are matched through "name", the title
 * split into words (see indexEntries), not through "title", which Pagefind cannot split.
 */
export const PAGEFIND_OPTIONS = {
  // Searched on the page's own thread: the worker's script is 12 KB more of a first search, and
  // the plan's many small searches each paid a message to it (bench:search, query time measured).
  noWorker: true,
  excerptLength: 40,
  ranking: { pageLength: 0.2, metaWeights: { title: 0, name: 10 } },
} as const;

export interface SearchFacts {
  /** Content type shown on results and offered as a filter: 政策文件, 课程, 故事... */
  type: string;
  /** Date results sort by and show. */
  date?: Date | undefined;
  /** Further filter values, e.g. { topic: ['劳动合同'], status: ['现行有效'] }. */
  filters?: Record<string, readonly string[]>;
  /** Further values results can show or be ranked by, e.g. { docNumber: '清组发〔2025〕12号' }. */
  meta?: Record<string, string | undefined>;
  /** The name people search by when it differs from the title: 劳动合同法 for 中华人民共和国劳动合同法. */
  shortTitle?: string | undefined;
  /** How the page ranks among the pages holding a query's words (see RANK_FILTER); others rank between. */
  rank?: SearchRank | undefined;
}

/** What SearchMeta writes for a page: Pagefind's "key:value" strings, and the date once. */
export interface IndexEntries {
  /** Indexed as words of the page, with INDEX_WEIGHTS.shortTitle. */
  shortTitle: string | undefined;
  /** data-pagefind-filter values. */
  filters: string[];
  /** data-pagefind-meta values. */
  meta: string[];
  /** The date (2026-03-18) as both meta and sort value. */
  date: string | undefined;
}

// Pagefind reads "key:value, key:value"; an ASCII comma inside a value would split it.
const clean = (value: string) => value.replace(/,/g, '，');

/** The index entries of a page with `title` and `facts`. */
export function indexEntries(title: string, facts: SearchFacts): IndexEntries {
  const { type, date, filters = {}, meta = {}, shortTitle, rank } = facts;
  return {
    shortTitle,
    filters: [
      `type:${clean(type)}`,
      ...(rank ? [`${RANK_FILTER}:${rank}`] : []),
      ...Object.entries(filters).flatMap(([key, list]) => list.map((v) => `${key}:${clean(v)}`)),
    ],
    meta: [
      `type:${clean(type)}`,
      // The title's words, split as the search page splits a query: Pagefind splits metadata at
      // spaces only, so this is what lets a query naming a document (劳动合同法) match its title.
      `name:${clean(segmentQuery(title).join(' '))}`,
      // And the title and short name as one word each (民法典 for 中华人民共和国民法典 and its
      // parts): how the search page finds the document a query names, before those that cite it.
      `key:${nameKeys(title).join(' ')}`,
      ...Object.entries(meta).flatMap(([key, value]) => (value === undefined ? [] : [`${key}:${clean(value)}`])),
    ],
    date: date && isoDate(date),
  };
}
