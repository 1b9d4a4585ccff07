// Search without a connection: the pages kept on this device (a course saved for offline
// reading, pages read) searched by their reading text, when Pagefind's files cannot be fetched.
// Pure: the search page reads the pages out of Cache Storage (src/client/saved-pages.ts) and
// passes their texts in, so the rules run the same in unit tests.
import { articleInQuery } from './articles';
import { boundTerms, MAX_QUERY_CHARS } from './bounds';
import { everydayWords, legalTerms, type EverydayTerms } from './everyday-terms';
import { excerptAround } from './excerpts';
import { normalizeQuery } from './normalize';
import type { Note, SearchRequest } from './plan';
import { queryWords } from './question';
import { toSimplified } from './traditional';

/** A page kept on this device, as the search page reads it out of its cached HTML. */
export interface SavedPage {
  /** The page's address on this site (its path, with the base). */
  url: string;
  /** The page's h1. */
  title: string;
  /** Its type (政策文件, 课程...), as Pagefind's metadata gives it; '' when the page has none. */
  type: string;
  /** Its date (2026-03-18), when it has one. */
  date: string | undefined;
  /** Its filter values, by filter key, as Pagefind's filters give them ({ type: ['课程'] }). */
  filters: Readonly<Record<string, readonly string[]>>;
  /** The reading text Pagefind indexes (data-pagefind-body without data-pagefind-ignore). */
  text: string;
}

/** One page found. */
export interface SavedResult {
  page: SavedPage;
  /** The text around the words found, to be marked with markTerms and the search's terms. */
  excerpt: string;
  /** Whether the page holds every word of the query. */
  allWords: boolean;
}

/** What the search page shows for a search of the saved pages. */
export interface SavedSearch {
  /**
   * - prompt: nothing typed and no filter chosen.
   * - browse: filters or a sort without a query: every saved page that fits.
   * - all-words: pages holding every word, then (when they are few) pages holding some.
   * - some-words: no saved page holds every word: pages holding some of them.
   */
  path: 'prompt' | 'browse' | 'all-words' | 'some-words';
  /** Pages holding every word first, then pages holding some of them (see SavedResult.allWords). */
  results: SavedResult[];
  /** The words to highlight in the excerpts and on the page opened (bounded). */
  terms: string[];
  /** The same notes as the Pagefind search would give: a long query cut, Traditional read as Simplified, question words left out. */
  notes: Note[];
}

/** How the saved pages are searched. */
export interface SavedContext {
  /** Everyday words and their legal terms: a page holding 社会保险 answers 社保. */
  everyday: EverydayTerms;
  /**
   * OpenCC's Traditional → Simplified table, when the page could load it (offline only if it was
   * used before); without it a Traditional query is searched as typed.
   */
  simplified?: ReadonlyMap<string, string> | undefined;
  /** The reader reads the site in Traditional characters and expects the conversion unannounced. */
  readsTraditional?: boolean;
}

// With fewer pages than this holding every word, pages holding some of them follow (as in plan.ts).
const FEW = 10;

/** Searches `pages` for `request`: the pages holding every word first, then those holding some. */
export function searchSaved(pages: readonly SavedPage[], request: SearchRequest, context: SavedContext): SavedSearch {
  const notes: Note[] = request.cut ? [{ key: 'tooLong', params: { max: MAX_QUERY_CHARS } }] : [];
  let query = normalizeQuery(request.query);
  if (context.simplified && query) {
    const simplified = toSimplified(query, context.simplified);
    if (simplified !== query) {
      if (!context.readsTraditional) notes.push({ key: 'converted', params: { query: simplified } });
      query = simplified;
    }
  }
  const kept = pages.filter((page) => fits(page, request.filters));
  const byDate = request.sort === 'date';
  if (!query) {
    if (Object.keys(request.filters).length === 0 && !byDate) return { path: 'prompt', results: [], terms: [], notes };
    const listed = byDate ? [...kept].sort(newestFirst) : kept;
    return {
      path: 'browse',
      results: listed.map((page) => ({ page, excerpt: excerptAround(page.text, []), allWords: true })),
      terms: [],
      notes,
    };
  }

  const { words, phrases, asked } = wordsOf(query, context.everyday);
  // Each word with the terms that stand for it: the word itself, and its legal terms (社保 → 社会保险).
  const legal = legalTerms(words, context.everyday);
  const forms = words.map((word) => [word, ...(legal.get(word) ?? [])]);
  const scored = kept
    .map((page) => score(page, forms, phrases))
    .filter((s) => s.held > 0)
    .sort((a, b) => b.held - a.held || (byDate ? newestFirst(a.page, b.page) : byRelevance(a, b)));
  const all = scored.filter((s) => s.held === words.length);
  // Few pages hold every word: pages holding most of them follow; none does: those are all there is.
  const shown = all.length > 0 && all.length >= FEW ? all : scored;
  const terms = boundTerms([...phrases, ...forms.flat()]);
  // As the Pagefind search says it: question words (多久) were left out.
  if (asked.length > 0 && shown.length > 0) notes.push({ key: 'asked', params: { words: asked.join('、') } });
  return {
    path: all.length > 0 ? 'all-words' : 'some-words',
    results: shown.map((s) => ({
      page: s.page,
      excerpt: excerptAround(s.page.text, terms),
      allWords: s.held === words.length,
    })),
    terms,
    notes,
  };
}

/**
 * The query's words as the Pagefind search splits them (queryWords), with one change: a
 * character the splitter left alone is joined to the word it stands against (党 费 → 党费,
 * 试用 期 → 试用期, 说明 书 → 说明书). Pagefind matches words in its index; here words are found
 * as text, where 党 alone would match every page that says 党员, and be marked all over it.
 * Also the typed runs of several words (流动党员), which rank a page higher and are marked whole,
 * and the question words left out.
 */
function wordsOf(query: string, everyday: EverydayTerms): { words: string[]; phrases: string[]; asked: string[] } {
  const keep = everydayWords(everyday);
  // An article number (第十九条) is one word here: split, its characters would match every page.
  const article = articleInQuery(query);
  const rest = article ? query.replace(article, ' ').replace(/\s+/g, ' ').trim() : query;
  const words: string[] = [];
  const phrases: string[] = [];
  const asked: string[] = [];
  for (const token of rest ? rest.split(' ') : []) {
    const split = queryWords(token, keep);
    asked.push(...split.dropped);
    const joined = joinSingles(token, split.words, keep);
    words.push(...joined.filter((word) => !words.includes(word)));
    if (joined.length > 1 && joined.join('') === token) phrases.push(token);
  }
  return { words: article ? [...words, article] : words, phrases, asked };
}

/** Joins each one-character word of `token` to the word it stands right after or before (see wordsOf). */
function joinSingles(token: string, words: readonly string[], keep: readonly string[]): string[] {
  const joined: { text: string; end: number; single: boolean; merged: boolean }[] = [];
  let from = 0;
  for (const word of words) {
    const at = token.indexOf(word, from);
    const start = at >= 0 ? at : from;
    from = start + word.length;
    // An everyday word (签) is a word on purpose: it is searched with its legal term (订立).
    const single = Array.from(word).length === 1 && !keep.includes(word);
    const last = joined.at(-1);
    // Right against the last word, one of the two a lone character: one word. Joined once, a
    // word stays as it is (党费 交, not 党费交).
    if (last && !last.merged && last.end === start && (single || last.single)) {
      last.text += word;
      last.end = from;
      last.merged = true;
    } else joined.push({ text: word, end: from, single, merged: false });
  }
  return joined.map((word) => word.text);
}

interface Scored {
  page: SavedPage;
  /** How many of the query's words the page holds. */
  held: number;
  /** How many typed phrases it holds whole. */
  phrases: number;
  /** How many of the words its title holds. */
  inTitle: number;
  /** How often the words occur in its text. */
  occurrences: number;
}

function score(page: SavedPage, forms: readonly string[][], phrases: readonly string[]): Scored {
  const text = page.text.toLowerCase();
  const title = page.title.toLowerCase();
  const holds = (haystack: string) => (form: string) => haystack.includes(form.toLowerCase());
  let held = 0;
  let inTitle = 0;
  let occurrences = 0;
  for (const list of forms) {
    if (list.some(holds(text)) || list.some(holds(title))) held += 1;
    if (list.some(holds(title))) inTitle += 1;
    for (const form of list) occurrences += count(text, form.toLowerCase());
  }
  return { page, held, phrases: phrases.filter(holds(text)).length, inTitle, occurrences };
}

/** How many times `word` occurs in `text`, not overlapping. */
function count(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n += 1;
  return n;
}

/** Among pages holding as many words: the typed phrase whole, then the words in the title, then the most mentions. */
function byRelevance(a: Scored, b: Scored): number {
  return b.phrases - a.phrases || b.inTitle - a.inTitle || b.occurrences - a.occurrences;
}

function newestFirst(a: SavedPage, b: SavedPage): number {
  return (b.date ?? '').localeCompare(a.date ?? '');
}

/** Whether `page` has every filter value chosen. */
function fits(page: SavedPage, filters: Readonly<Record<string, string>>): boolean {
  return Object.entries(filters).every(([key, value]) => page.filters[key]?.includes(value) ?? false);
}
