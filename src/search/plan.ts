// The search plan: what the search page shows for a query, decided from Pagefind's results.
// Pagefind is reached only through the functions passed in (see PlanContext), so the plan runs
// the same in the browser and in unit tests with plain data.
import { articleAnchor, articleKey } from '../lib/articles';
import { articleInQuery, withoutArticle } from './articles';
import { boundTerms, MAX_QUERY_CHARS } from './bounds';
import { RANK_FILTER, type SearchRank } from './index-config';
import { docNumberInQuery, sameDocNumber } from './doc-numbers';
import { everydayWords, legalTerms, type EverydayTerms } from './everyday-terms';
import { nameKey, namesInQuery } from './name-keys';
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
  key: 'tooLong' | 'converted' | 'everyday' | 'asked' | 'dropped';
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
  /**
   * Where the results holding only some of the query's words start, shown under a 部分匹配
   * separator; results.length when every result holds every word.
   */
  partialFrom: number;
  /**
   * The results from partialFrom on wait until the reader asks for them: some page holds every
   * word, so the list shows those answers only, and offers the partial matches behind a button.
   * When no page holds every word, the partial matches are the list (partialFrom is 0).
   */
  partialHidden: boolean;
  /** No page answers the query directly (none holds all its words, or only in passing). */
  weak: boolean;
  /** The legal terms of the everyday words in the query (社会保险 for 社保), to suggest. */
  suggestions: string[];
  /**
   * What a page must hold to hold every word of the query: one list of alternatives per word
   * (加班 or 延长工作时间). Written on the results list, for tests and the benchmark's precision.
   */
  wanted: string[][];
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
    return {
      paths: ['prompt'],
      results: [],
      terms: [],
      article: undefined,
      notes,
      counts: undefined,
      partialFrom: 0,
      partialHidden: false,
      weak: false,
      suggestions: [],
      wanted: [],
    };
  if (!query) {
    const all = await context.search(null, options);
    return {
      paths: ['browse'],
      results: all.results,
      terms: [],
      article: undefined,
      notes,
      counts: all.filters,
      partialFrom: all.results.length,
      partialHidden: false,
      weak: false,
      suggestions: [],
      wanted: [],
    };
  }

  const paths: PlanPath[] = [];
  // An article number alone (第十九条) is searched by its key (see wordSearches).
  const search = (words: string[]) =>
    context.search(words.map((word) => articleSearchKey(word) ?? word).join(' '), options);
  const keep = everydayWords(context.everyday);
  // The texts are in Simplified characters: a query with Traditional ones (試用期) is read in
  // Simplified, and so is one in Chinese that finds nothing. The table is fetched only then.
  const traditional = hasTraditional(query, context.traditional);
  // 劳动法第三十六条 is searched as 劳动法; the article is picked among the results' anchors.
  // 2024年 党费 is searched as 党费, that year's documents first (see below).
  let text = withoutYear(withoutArticle(query));
  // A question (试用期最长多久) is searched by its content words.
  // The question words left out (多久), and the words left out because no page holds them.
  let { words, dropped: asked } = contentOf(text, keep);
  const dropped: string[] = [];
  let found: RawSearch<R> | undefined;
  // Words typed that no page holds (see joinIndexWords): nothing can answer the query directly.
  let unheld: string[] = [];
  if (!traditional) {
    words = await joinIndexWords(words, text, keep, search, unheld);
    found = await search(words);
  }
  if (!found || (found.results.length === 0 && CHINESE.test(query))) {
    const simplified = toSimplified(query, await context.simplifiedTable());
    if (simplified !== query) {
      // A reader of the site in Traditional characters expects it; others are told.
      if (!context.readsTraditional) notes.push({ key: 'converted', params: { query: simplified } });
      paths.push('traditional');
      query = simplified;
      text = withoutYear(withoutArticle(query));
      ({ words, dropped: asked } = contentOf(text, keep));
      unheld = [];
      words = await joinIndexWords(words, text, keep, search, unheld);
      found = undefined;
    }
    found ??= await search(words);
  }

  // A question, or a query with an everyday word (加班), ranks pages by how many of the words
  // (or their legal terms: 延长工作时间) they hold; other queries want every word.
  const question = asked.length > 0;
  const legal = legalTerms(words, context.everyday);
  const soft = question || legal.size > 0;
  if (question) paths.push('question');
  if (legal.size > 0) paths.push('everyday');
  const single =
    words.length > 1 || soft || words.some((word) => isPhrase(word) || isChecked(word))
      ? await wordSearches(search, words, [...legal.values()].flat())
      : new Map<string, R[]>();
  let results: R[];
  let highlight = words;
  // The results holding only some of the words, and whether any result answers the query.
  let partial = new Set<string>();
  let weak = false;
  let wanted = words.map((word) => [word]);
  if (soft) {
    const groups = words.map((word) => [word, ...(legal.get(word) ?? [])].map((w) => single.get(w) ?? []));
    const ranked = softAnd(groups);
    // A question's one-character words (交 of 党费怎么交, 取 of 公积金怎么取) count for the order
    // but are not required: the index holds 交纳 and 提取, and 取 finds only words it begins.
    const required = words.some((word) => Array.from(word).length > 1)
      ? groups.filter((_, i) => Array.from(words[i]!).length > 1)
      : groups;
    const holding = required.map((group) => new Set(group.flat().map((r) => r.id)));
    wanted = words
      .filter((word) => required.length === groups.length || Array.from(word).length > 1)
      .map((word) => [word, ...(legal.get(word) ?? [])]);
    // Pages where the words asked for stand within one passage (an article) first.
    const near: WordPositions = new Map(
      wanted.map((alternatives) => {
        const places = new Map<string, number[]>();
        for (const alternative of alternatives)
          for (const r of single.get(alternative) ?? []) places.set(r.id, [...(places.get(r.id) ?? []), ...r.words]);
        return [alternatives[0]!, places];
      }),
    );
    const complete = byProximity(
      ranked.filter((r) => holding.every((ids) => ids.has(r.id))),
      wanted.map((alternatives) => alternatives[0]!),
      [],
      near,
    );
    // Many pages hold every word: those are the results. Few: pages holding some follow them.
    results = complete.length >= FEW ? complete : [...complete, ...ranked.filter((r) => !complete.includes(r))];
    partial = new Set(results.filter((r) => !complete.includes(r)).map((r) => r.id));
    weak = !(await mainWordRepeats(complete.slice(0, FEW), words, groups));
    dropped.push(...words.filter((_, i) => groups[i]!.every((list) => list.length === 0)));
    const used = [...legal].flatMap(([word, list]) =>
      list.filter((term) => (single.get(term)?.length ?? 0) > 0).map((term) => `${term}（${word}）`),
    );
    if (used.length > 0 && results.length > 0) notes.push({ key: 'everyday', params: { terms: used.join('、') } });
    highlight = [...words, ...[...legal.values()].flat()];
  } else {
    // A word found nowhere (see wordSearches) cannot be in the pages Pagefind's fallback found.
    if (words.some((word) => isChecked(word) && single.has(word) && single.get(word)!.length === 0))
      found = { ...found, results: [] };
    // Pagefind splits 第十九条 again into 第 + 十九条, which may not begin any indexed word; the
    // phrase searches of the words know better: the pages holding every one of them.
    if (found.results.length === 0 && words.every((word) => (single.get(word)?.length ?? 0) > 0)) {
      const lists = words.map((word) => new Set(single.get(word)!.map((r) => r.id)));
      found = { ...found, results: single.get(words[0]!)!.filter((r) => lists.every((ids) => ids.has(r.id))) };
    }
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
      // None of these holds every word typed.
      partial = new Set(found.results.map((r) => r.id));
      weak = true;
    } else paths.push('all-words');
    results = found.results;
    // Pagefind found pages holding each part of 党费 somewhere; only those holding the phrase
    // hold the word. The others follow as partial matches.
    const phrases = words
      .filter((word) => isPhrase(word) || isChecked(word))
      .map((word) => new Set((single.get(word) ?? []).map((r) => r.id)));
    if (phrases.length > 0 && !weak) {
      const whole = results.filter((r) => phrases.every((ids) => ids.has(r.id)));
      const rest = results.filter((r) => !whole.includes(r));
      results = whole.length >= FEW ? whole : [...whole, ...rest];
      partial = new Set(rest.filter((r) => results.includes(r)).map((r) => r.id));
    }
    if (words.length > 1) {
      const positions: WordPositions = new Map(
        words.map((word) => [word, new Map((single.get(word) ?? []).map((r) => [r.id, r.words]))]),
      );
      // A typed phrase (工伤认定) picks the article holding it over one with its words apart.
      const typed = text
        .split(' ')
        .map((token) => queryWords(token, keep).words)
        .filter((list) => list.length > 1 && list.every((word) => words.includes(word)));
      results = byProximity(results, words, typed, positions);
      // Few pages have every word (外地 打工 报到): after them, pages with most of the words.
      if (results.length - partial.size < FEW && !weak) {
        const before = results.length;
        results = withPartialMatches(results, words, single);
        for (const r of results.slice(before)) partial.add(r.id);
        if (results.length > before) paths.push('partial');
      }
      highlight = [...words, ...typed.map((list) => list.join(''))];
    }
  }
  if (asked.length > 0 && results.length > 0) notes.push({ key: 'asked', params: { words: asked.join('、') } });
  if (dropped.length > 0 && results.length > 0) notes.push({ key: 'dropped', params: { words: dropped.join('、') } });
  // The text that governs the matter first, lessons, stories and case notes after it in the
  // order found so far, amended or repealed versions last.
  results = await byRank(results, options.filters, context);
  // A year in the query (2024年 党费): the documents of that year first (the year filter's value).
  const year = YEAR.exec(query)?.[0];
  if (year && !options.filters.year) {
    const dated = new Set(
      (await context.search(null, { filters: { ...options.filters, year } })).results.map((r) => r.id),
    );
    results = [...results.filter((r) => dated.has(r.id)), ...results.filter((r) => !dated.has(r.id))];
  }
  const article = articleInQuery(query);
  if (article) paths.push('article');
  const docNumber = docNumberInQuery(query);
  let first: R[] = [];
  if (docNumber) {
    paths.push('doc-number');
    first = await docNumberFirst(results, docNumber, context.meta);
  } else if (!question) {
    first = await namedFirst(results, text, article, search);
    if (first.length > 0) paths.push('named');
  }
  for (const r of first) partial.delete(r.id);
  // Asked for an article by its number alone (第十九条): only the documents that have it.
  if (article && words.length === 1 && articleInQuery(words[0]!) === words[0]) {
    results = results.filter((r) => !partial.has(r.id));
    partial.clear();
  }
  results = [...first, ...results.filter((r) => !first.some((f) => f.id === r.id))];
  // Pages holding every word (or named by the query) before those holding only some.
  const whole = results.filter((r) => !partial.has(r.id));
  results = [...whole, ...results.filter((r) => partial.has(r.id))];
  if (first.length > 0) weak = false;
  return {
    paths,
    results,
    terms: boundTerms(wholeTerms(article ? [...highlight, article] : highlight)),
    article,
    notes,
    counts: found.filters,
    partialFrom: whole.length,
    partialHidden: whole.length > 0 && results.length > whole.length,
    weak: (weak || unheld.length > 0) && results.length > 0,
    suggestions: [...new Set([...legal.values()].flat())],
    wanted,
  };

  /**
   * Whether one of `pages` holds the query's main word (the rarest it requires, or one of that
   * word's legal terms) more than once: a page that names the matter once, in passing (加班费 in a lesson on
   * 党费), does not answer a question about it.
   */
  async function mainWordRepeats(pages: readonly R[], list: readonly string[], groups: readonly (readonly R[])[][]) {
    // The main word: of the words a page must hold, the one fewest pages hold (党员 of 流动党员组织关系).
    const held = (i: number) => new Set((groups[i] ?? []).flat().map((r) => r.id)).size;
    const candidates = list.map((_, i) => i).filter((i) => wanted.some((w) => w[0] === list[i]));
    const longest = (candidates.length > 0 ? candidates : list.map((_, i) => i)).reduce((best, i) =>
      held(i) < held(best) || (held(i) === held(best) && Array.from(list[i]!).length > Array.from(list[best]!).length)
        ? i
        : best,
    );
    const word = list[longest]!;
    const alternatives = [word, ...(legal.get(word) ?? [])];
    const counts = new Map<string, number>();
    for (const [i, alternative] of (groups[longest] ?? []).entries()) {
      const parts = segmentQuery(alternatives[i] ?? '');
      // A phrase's places are those of all its parts (加班 and 费, wherever 费 stands): it is met
      // where its first part stands with the next place taken too.
      const first =
        parts.length > 1
          ? new Map((await search([parts[0]!])).results.map((r) => [r.id, r.words] as const))
          : undefined;
      for (const page of pages) {
        const places = alternative.find((r) => r.id === page.id)?.words ?? [];
        const met = first
          ? (first.get(page.id) ?? []).filter((place) => places.includes(place + 1)).length
          : places.length;
        counts.set(page.id, Math.max(counts.get(page.id) ?? 0, met));
      }
    }
    return [...counts.values()].some((count) => count > 1);
  }
}

// A year as a query names it: 2024年.
const YEAR = /(?:19|20)\d{2}年/;

/** The query without a year it names (2024年 党费 → 党费), unless the year is all it holds. */
function withoutYear(text: string): string {
  const rest = text.replace(YEAR, ' ').replace(/\s+/g, ' ').trim();
  return rest || text;
}

/**
 * The terms to highlight: whole words of the query. A single character (交 of 党费怎么交) is
 * highlighted only when the query has no longer word, or it would be marked all over the text.
 */
export function wholeTerms(terms: readonly string[]): string[] {
  const longer = terms.some((term) => Array.from(term).length > 1);
  return terms.filter((term) => !longer || Array.from(term).length > 1);
}

// Only Chinese characters: the words that the browser's segmenter may split where the index did not.
const HAN_ONLY = /^[\u3400-\u9fff]+$/;

// Characters that link or qualify words rather than name anything: never joined to a word.
const LINKING = new Set(Array.from('不没未也都就还又才再很太最更已在和与及或的地得了着过把被给让向从对为以于之而并其'));

/** Pagefind's exact search for `word`: its parts side by side, each a whole word (no prefix). */
export const phrase = (word: string) => `"${word}"`;

/**
 * The words to search for in `text`; an article number alone (第二百六十四条) is one word, which
 * the segmenter would cut where no page has a word (第二 百 六 十四条).
 */
function contentOf(text: string, keep: readonly string[]): { words: string[]; dropped: string[] } {
  return articleInQuery(text) === text ? { words: [text], dropped: [] } : queryWords(text, keep);
}

/** The index key of a word that is an article number (第十九条 → _a19z), else undefined. */
function articleSearchKey(word: string): string | undefined {
  if (articleInQuery(word) !== word) return undefined;
  const anchor = articleAnchor(word);
  return anchor && articleKey(anchor);
}

/** A word Pagefind splits into several (党费 → 党 费): searched as a phrase. */
const isPhrase = (word: string) => segmentQuery(word).length > 1;

/** A Chinese word of two characters or more, checked against Pagefind's fallback (see wordSearches). */
const isChecked = (word: string) => HAN_ONLY.test(word) && Array.from(word).length > 1;

/**
 * Joins neighbouring words of the query that the index holds side by side. The browser's
 * segmenter (and Pagefind, which splits every query the same way) cuts 党费 into 党 + 费 and
 * 试用期 into 试用 + 期; searched as they are, they find pages holding 党员 and 费用 anywhere,
 * and mark single characters. Two words, one of them a single character, are joined when they
 * stand together in one typed word of the query and some page holds them together (Pagefind's
 * exact search for "党费"); the
 * joined word is then searched as a phrase (see wordSearches). Everyday words (社保) stay as they
 * are: they are searched with their legal terms.
 */
export async function joinIndexWords<R extends RawResult>(
  words: readonly string[],
  text: string,
  keep: readonly string[],
  search: (words: string[]) => Promise<RawSearch<R>>,
  unheld: string[] = [],
): Promise<string[]> {
  const tokens = text.split(/\s+/);
  // Two single characters typed together (党费) that no page holds side by side: a word of the
  // query that no page holds, whatever pages hold 党 and 费 apart.
  const held = async (candidate: string) => {
    const found = (await search([phrase(candidate)])).results.length > 0;
    if (!found && Array.from(candidate).length === 2) unheld.push(candidate);
    return found;
  };
  const joined: string[] = [];
  for (const word of words) {
    const last = joined.at(-1);
    const candidate = last === undefined ? '' : last + word;
    if (
      last !== undefined &&
      HAN_ONLY.test(candidate) &&
      // An everyday word may take one more character (加班 + 费), never be taken (交 + 社保).
      !keep.includes(word) &&
      // Only where the segmenter cut off one character (党 + 费, 试用 + 期, 加班 + 费): two
      // words of their own (试用期 + 最长) are searched as two, and ranked by how near they stand.
      // A character that only links words (不, 的, 了) joins nothing: 公司不 is no word.
      (Array.from(last).length === 1 || Array.from(word).length === 1) &&
      !LINKING.has(last) &&
      !LINKING.has(word) &&
      tokens.some((token) => token.includes(candidate)) &&
      // An article number (第 + 十九条) is one word, however the pages split it.
      (articleInQuery(candidate) === candidate || (await held(candidate)))
    ) {
      joined[joined.length - 1] = candidate;
      continue;
    }
    joined.push(word);
  }
  return joined;
}

// How many texts in force move above the lessons and case notes that quote them: the law and,
// often, the regulation that carries it out (劳动法, 劳动合同法).
const GOVERNING_FIRST = 2;

/**
 * `results` with the texts that govern the matter first: the best placed pages filed as governing
 * (laws and regulations in force), GOVERNING_FIRST of them, move to the top, before the lessons,
 * stories and case notes that quote them, which keep their order after them; a judicial
 * interpretation takes a place there only where fewer laws hold the words (离婚后孩子抚养权归谁: the
 * 民法典's 婚姻家庭编, which rules on it, before the interpretation that scored higher); pages
 * filed as superseded (amended or repealed) move after all others. Filtered browses of the index
 * tell which is which, without fetching any result's data.
 */
async function byRank<R extends RawResult>(
  results: R[],
  filters: Record<string, string>,
  context: PlanContext<R>,
): Promise<R[]> {
  if (results.length < 2) return results;
  const filed = async (rank: SearchRank) =>
    new Set((await context.search(null, { filters: { ...filters, [RANK_FILTER]: rank } })).results.map((r) => r.id));
  const governing = await filed('governing');
  const interpreting = await filed('interpreting');
  const superseded = await filed('superseded');
  const current = results.filter((r) => !superseded.has(r.id));
  const head = [...current.filter((r) => governing.has(r.id)), ...current.filter((r) => interpreting.has(r.id))].slice(
    0,
    GOVERNING_FIRST,
  );
  return [...head, ...current.filter((r) => !head.includes(r)), ...results.filter((r) => superseded.has(r.id))];
}

/**
 * Each word searched alone: its pages, and where on each page it stands. A word Pagefind splits
 * (党费, joined by joinIndexWords) is searched as a phrase first.
 */
async function wordSearches<R extends RawResult>(
  search: (words: string[]) => Promise<RawSearch<R>>,
  words: readonly string[],
  legal: readonly string[],
): Promise<Map<string, R[]>> {
  const single = new Map<string, R[]>();
  for (const word of [...words, ...legal]) {
    if (single.has(word)) continue;
    // An article number is found by its key: the pages holding the article, where it begins.
    const key = articleSearchKey(word);
    if (key) {
      single.set(word, (await search([key])).results);
      continue;
    }
    const split = segmentQuery(word);
    // Every part anywhere on the page: Pagefind's score, and where on the page each part stands.
    let found = (await search(split.length > 0 ? split : [word])).results;
    // A word Pagefind does not hold may still find pages: it then takes the longest word it has
    // loaded that the term begins with (入 for 入党), which depends on what earlier searches
    // loaded. The exact search has no such fallback: a word it does not find is found nowhere.
    if (split.length === 1 && isChecked(word) && (await search([phrase(word)])).results.length === 0) found = [];
    if (split.length > 1) {
      // A word of several parts (党费, or a legal term: 延长工作时间) is held by the pages where
      // its parts stand side by side: Pagefind's exact search says which (its results have no
      // score and one place each, so only the pages are taken from it).
      const exact = new Map<string, R>();
      for (const r of (await search([phrase(word)])).results) exact.set(r.id, r);
      // A word of the query no page holds as a phrase keeps its parts anywhere; a legal term does not.
      if (exact.size > 0 || !words.includes(word)) found = found.filter((r) => exact.has(r.id));
      // The parts not found apart (the index holds the word whole): the exact results as they are.
      if (found.length === 0) found = [...exact.values()];
    }
    single.set(word, found);
  }
  return single;
}

/**
 * The documents a query names, to come first: asked for 民法典 or 劳动合同法 (or 劳动法 加班), the
 * law itself, before the interpretations that cite it, by the key of the name (see nameKey); a law
 * the 民法典 replaced (婚姻法), the part that replaced it; the version in
 * force before amended ones (the order of `results`). Asked for an article of it (民法典
 * 第一千二百六十条), the part of the law that holds the article goes first. None when the query
 * names no document.
 */
async function namedFirst<R extends RawResult>(
  results: R[],
  query: string,
  article: string | undefined,
  search: (words: string[]) => Promise<RawSearch<R>>,
): Promise<R[]> {
  let named: R[] = [];
  for (const name of namesInQuery(query)) {
    named = (await search([nameKey(name)])).results;
    if (named.length > 0) break;
  }
  const order = new Map(results.map((r, i) => [r.id, i]));
  named = named
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (order.get(a.r.id) ?? results.length + a.i) - (order.get(b.r.id) ?? results.length + b.i))
    .map((e) => e.r);
  if (article && named.length > 1) {
    // Found as an article number is found elsewhere: the pages split it either way (see wordSearches).
    const holding = new Set(((await wordSearches(search, [article], [])).get(article) ?? []).map((r) => r.id));
    named = [...named.filter((r) => holding.has(r.id)), ...named.filter((r) => !holding.has(r.id))];
  }
  return named;
}

/** Asked for 清组发〔2025〕12号: the document with that number, to come before mere mentions. */
async function docNumberFirst<R extends RawResult>(
  results: R[],
  docNumber: string,
  meta: PlanContext<R>['meta'],
): Promise<R[]> {
  const head = results.slice(0, DOC_NUMBER_HEAD);
  const numbers = await Promise.all(head.map(async (r) => (await meta(r)).docNumber));
  return head.filter((_, i) => sameDocNumber(docNumber, numbers[i]));
}
