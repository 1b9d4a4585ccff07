// The search plan: what the search page shows for a query, decided from Pagefind's results.
// Pagefind is reached only through the functions passed in (see PlanContext), so the plan runs
// the same in the browser and in unit tests with plain data.
import { articleInQuery, withoutArticle } from './articles';
import { boundTerms, MAX_QUERY_CHARS } from './bounds';
import { docNumberInQuery, sameDocNumber } from './doc-numbers';
import { everydayWords, legalTerms, type EverydayTerms } from './everyday-terms';
import { nameInQuery, nameKey } from './name-keys';
import { normalizeQuery } from './normalize';
import { queryWords } from './question';
import { byProximity, softAnd, withPartialMatches, type WordPositions } from './ranking';
import { segmentQuery } from './segment';
import { hasTraditional, toSimplified } from './traditional';

/** What the plan reads of one Pagefind result (the rest, such as data(), it passes through). */
export interface RawResult {
  /** Pagefind's page id. */
  id: string;
  score: number;
  /** Where on the page the words searched for stand (word positions). */
  words: readonly number[];
}

/** Per filter, each value's count of pages among the results. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One Pagefind search: its results, best first, and the filters' counts for them. */
export interface RawSearch<R extends RawResult> {
  results: R[];
  filters: FilterCounts;
}

/** Pagefind's search options: the filters chosen and the sort. */
export interface SearchOptions {
  filters: Record<string, string>;
  sort?: { date: 'desc' };
}

/** What the reader asked for. */
export interface SearchRequest {
  /** The query as typed, already bounded (boundQuery). */
  query: string;
  /** Whether the query was cut to MAX_QUERY_CHARS. */
  cut: boolean;
  /** One value per filter chosen; filters not chosen are left out. */
  filters: Record<string, string>;
  /** '' for relevance, 'date' for newest first. */
  sort: string;
}

/** How the plan reaches Pagefind and the data it needs. */
export interface PlanContext<R extends RawResult> {
  /** Pagefind's search: words separated by spaces, all of them wanted; null browses. */
  search: (term: string | null, options: SearchOptions) => Promise<RawSearch<R>>;
  /** A result's metadata (Pagefind fetches the page's fragment for it). */
  meta: (result: R) => Promise<Readonly<Record<string, string | undefined>>>;
  /** OpenCC's Traditional → Simplified table, fetched only for a query that may need it. */
  simplifiedTable: () => Promise<ReadonlyMap<string, string>>;
  /** Which characters the table converts (traditionalBitmap). */
  traditional: string;
  /** Everyday words and their legal terms. */
  everyday: EverydayTerms;
  /** The reader reads the site in Traditional characters (the 简/繁 switch), and expects the conversion. */
  readsTraditional: boolean;
}

/**
 * A step the plan took, in the order taken:
 * - prompt: nothing typed and no filter chosen; nothing searched.
 * - browse: filters or a sort without a query; every page that fits, in Pagefind's order.
 * - traditional: the query had Traditional characters (or found nothing) and was searched in Simplified.
 * - question: question words were left out (试用期最长多久 → 试用期 最长); pages ranked by how many words they hold.
 * - everyday: everyday words were searched with their legal terms too (社保 → 社会保险), ranked as a question.
 * - all-words: the pages holding every word, those holding them close together first.
 * - some-words: no page held every word: words were left out until some page held the rest.
 * - partial: few pages held every word; pages holding some of them follow.
 * - article: the query asks for an article (第十九条); results show that article where they have it.
 * - doc-number: the query holds a document number; the document with that number comes first.
 * - named: the query names a document (民法典); that document comes first.
 */
export type PlanPath =
  | 'prompt'
  | 'browse'
  | 'traditional'
  | 'question'
  | 'everyday'
  | 'all-words'
  | 'some-words'
  | 'partial'
  | 'article'
  | 'doc-number'
  | 'named';

/** A note shown above the results: a message of the strings file (search.<key>) and its values. */
export interface Note {
  key: 'tooLong' | 'converted' | 'everyday' | 'dropped';
  params: Record<string, string | number>;
}

/** What the search page shows. */
export interface Plan<R extends RawResult> {
  paths: PlanPath[];
  /** The results, in the order shown. */
  results: R[];
  /** The words to highlight in results and on the page opened (bounded). */
  terms: string[];
  /** The article asked for (第十九条), shown alone under a result that has it. */
  article: string | undefined;
  notes: Note[];
  /** The filters' counts for these results; undefined when nothing was searched. */
  counts: FilterCounts | undefined;
}

// With fewer pages than this holding every word, pages holding some of them follow.
const FEW = 10;
// Asked for a document number, the results whose metadata is read to find the document.
const DOC_NUMBER_HEAD = 20;
// Any Chinese character: a Chinese query that finds nothing is tried in Simplified characters.
const CHINESE = /[\u3400-\u9fff]/;

/** Pagefind's options for the reader's filters and sort. */
export function searchOptions(filters: Record<string, string>, sort: string): SearchOptions {
  return { filters, ...(sort === 'date' ? { sort: { date: 'desc' as const } } : {}) };
}

/** Decides what the search page shows for `request`, searching through `context`. */
export async function planSearch<R extends RawResult>(
  request: SearchRequest,
  context: PlanContext<R>,
): Promise<Plan<R>> {
  const notes: Note[] = request.cut ? [{ key: 'tooLong', params: { max: MAX_QUERY_CHARS } }] : [];
  let query = normalizeQuery(request.query);
  const options = searchOptions(request.filters, request.sort);
  const browsing = Object.keys(request.filters).length > 0 || request.sort === 'date';
  if (!query && !browsing)
    return { paths: ['prompt'], results: [], terms: [], article: undefined, notes, counts: undefined };
  if (!query) {
    const all = await context.search(null, options);
    return { paths: ['browse'], results: all.results, terms: [], article: undefined, notes, counts: all.filters };
  }

  const paths: PlanPath[] = [];
  const search = (words: string[]) => context.search(words.join(' '), options);
  const keep = everydayWords(context.everyday);
  // The texts are in Simplified characters: a query with Traditional ones (試用期) is read in
  // Simplified, and so is one in Chinese that finds nothing. The table is fetched only then.
  const traditional = hasTraditional(query, context.traditional);
  // 劳动法第三十六条 is searched as 劳动法; the article is picked among the results' anchors.
  let text = withoutArticle(query);
  // A question (试用期最长多久) is searched by its content words.
  let { words, dropped } = queryWords(text, keep);
  let found = traditional ? undefined : await search(words);
  if (!found || (found.results.length === 0 && CHINESE.test(query))) {
    const simplified = toSimplified(query, await context.simplifiedTable());
    if (simplified !== query) {
      // A reader of the site in Traditional characters expects it; others are told.
      if (!context.readsTraditional) notes.push({ key: 'converted', params: { query: simplified } });
      paths.push('traditional');
      query = simplified;
      text = withoutArticle(query);
      ({ words, dropped } = queryWords(text, keep));
      found = undefined;
    }
    found ??= await search(words);
  }

  // A question, or a query with an everyday word (加班), ranks pages by how many of the words
  // (or their legal terms: 延长工作时间) they hold; other queries want every word.
  const question = dropped.length > 0;
  const legal = legalTerms(words, context.everyday);
  const soft = question || legal.size > 0;
  if (question) paths.push('question');
  if (legal.size > 0) paths.push('everyday');
  const single =
    words.length > 1 || soft
      ? await wordSearches(search, [...words, ...[...legal.values()].flat()])
      : new Map<string, R[]>();
  let results: R[];
  let highlight = words;
  if (soft) {
    const groups = words.map((word) => [word, ...(legal.get(word) ?? [])].map((w) => single.get(w) ?? []));
    results = softAnd(groups);
    dropped.push(...words.filter((_, i) => groups[i]!.every((list) => list.length === 0)));
    const used = [...legal].flatMap(([word, list]) =>
      list.filter((term) => (single.get(term)?.length ?? 0) > 0).map((term) => `${term}（${word}）`),
    );
    if (used.length > 0 && results.length > 0) notes.push({ key: 'everyday', params: { terms: used.join('、') } });
    highlight = [...words, ...[...legal.values()].flat()];
  } else {
    // Words found nowhere are dropped, then the least specific until something is found; the
    // reader is told which words were left out.
    if (found.results.length === 0 && words.length > 1) {
      paths.push('some-words');
      const kept = words.filter((word) => (single.get(word)?.length ?? 0) > 0);
      dropped.push(...words.filter((word) => !kept.includes(word)));
      if (kept.length > 0) found = await search(kept);
      while (found.results.length === 0 && kept.length > 1) {
        dropped.push(kept.pop()!);
        found = await search(kept);
      }
      words = kept;
    } else paths.push('all-words');
    results = found.results;
    if (words.length > 1) {
      const positions: WordPositions = new Map(
        words.map((word) => [word, new Map((single.get(word) ?? []).map((r) => [r.id, r.words]))]),
      );
      // A typed phrase (工伤认定) picks the article holding it over one with its words apart.
      const phrases = text
        .split(' ')
        .map((token) => queryWords(token, keep).words)
        .filter((phrase) => phrase.length > 1 && phrase.every((word) => words.includes(word)));
      results = byProximity(results, words, phrases, positions);
      // Few pages have every word (外地 打工 报到): after them, pages with most of the words.
      if (results.length < FEW) {
        const before = results.length;
        results = withPartialMatches(results, words, single);
        if (results.length > before) paths.push('partial');
      }
      highlight = [...words, ...phrases.map((phrase) => phrase.join(''))];
    }
  }
  if (dropped.length > 0 && results.length > 0) notes.push({ key: 'dropped', params: { words: dropped.join('、') } });
  const article = articleInQuery(query);
  if (article) paths.push('article');
  const docNumber = docNumberInQuery(query);
  if (docNumber) {
    paths.push('doc-number');
    results = await docNumberFirst(results, docNumber, context.meta);
  } else if (!question) {
    const named = await namedFirst(results, text, article, search);
    if (named !== results) paths.push('named');
    results = named;
  }
  return {
    paths,
    results,
    terms: boundTerms(article ? [...highlight, article] : highlight),
    article,
    notes,
    counts: found.filters,
  };
}

/** Each word searched alone: its pages, and where on each page it stands. */
async function wordSearches<R extends RawResult>(
  search: (words: string[]) => Promise<RawSearch<R>>,
  words: string[],
): Promise<Map<string, R[]>> {
  const single = new Map<string, R[]>();
  for (const word of new Set(words)) {
    // A legal term from everyday-terms.json may be several words: 延长工作时间.
    const split = segmentQuery(word);
    single.set(word, (await search(split.length > 0 ? split : [word])).results);
  }
  return single;
}

/**
 * The document a query names comes first: asked for 民法典 or 劳动合同法, the law itself, before
 * the interpretations that cite it, by the key of the name (see nameKey). Asked for an article
 * of it (民法典 第一千二百六十条), the part of the law that holds the article goes first.
 * Returns `results` itself when the query names no document.
 */
async function namedFirst<R extends RawResult>(
  results: R[],
  query: string,
  article: string | undefined,
  search: (words: string[]) => Promise<RawSearch<R>>,
): Promise<R[]> {
  const name = nameInQuery(query);
  if (name === undefined) return results;
  let named = (await search([nameKey(name)])).results;
  if (named.length === 0) return results;
  if (article && named.length > 1) {
    const holding = new Set((await search(segmentQuery(article))).results.map((r) => r.id));
    named = [...named.filter((r) => holding.has(r.id)), ...named.filter((r) => !holding.has(r.id))];
  }
  return [...named, ...results.filter((r) => !named.some((n) => n.id === r.id))];
}

/** Asked for 清组发〔2025〕12号: the document with that number first, before mere mentions. */
async function docNumberFirst<R extends RawResult>(
  results: R[],
  docNumber: string,
  meta: PlanContext<R>['meta'],
): Promise<R[]> {
  const head = results.slice(0, DOC_NUMBER_HEAD);
  const numbers = await Promise.all(head.map(async (r) => (await meta(r)).docNumber));
  const exact = head.filter((_, i) => sameDocNumber(docNumber, numbers[i]));
  return [...exact, ...results.filter((r) => !exact.includes(r))];
}
