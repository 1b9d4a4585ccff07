// What the search page draws for a result and for the filters: plain data the element turns
// into elements, marking the terms with markTerms.
import { articleAnchor, isArticleKey } from '../lib/articles';
import { formatDay } from '../lib/dates';
import { excerptAround, readingText } from './excerpts';
import { anchoredHits, anchorSections, type Anchor } from './sections';

// Results are drawn five at a time, as Pagefind's own UI does: each needs its own fragment fetch.
export const RESULTS_PER_BATCH = 5;
// The length of a result's excerpt, in characters: about three lines on a phone.
const EXCERPT_CHARS = 80;
// At most this many articles or sections are listed under a result.
const ARTICLES_PER_RESULT = 3;

/** The page's messages from the strings file (search.*), written by search.astro into data-labels. */
export interface SearchLabels {
  /** Each filter's caption, by filter key. */
  filters: Record<string, string>;
  any: string;
  option: string;
  count: string;
  none: string;
  prompt: string;
  loading: string;
  offline: string;
  converted: string;
  asked: string;
  dropped: string;
  everyday: string;
  more: string;
  inArticles: string;
  tooLong: string;
  /** The separator before results holding only some of the words. */
  partial: string;
  /** The button that lists the {count} results holding only some of the words, after those holding all. */
  showPartial: string;
  /** Said when nothing answers the query directly, with suggest (legal terms) and tip. */
  weak: string;
  suggest: string;
  tip: string;
  /** Offline: the results come from {count} pages kept on this device. */
  savedNote: string;
  /** Offline, nothing typed: only the {count} pages kept on this device can be searched. */
  savedPrompt: string;
  /** Offline: none of the {count} pages kept on this device matches; the rest needs a connection. */
  savedNone: string;
  /** Offline: the pages below hold only some of the words. */
  savedPartial: string;
  /** Offline: a result's mark, beside its type and date. */
  savedMark: string;
  /** The portal's law library could not be reached: only the portal's own pages were searched. */
  libraryMissing: string;
}

/** The parts of a Pagefind result's data() the page shows. */
export interface ResultData {
  url: string;
  /** Pagefind's excerpt, with <mark> around the words it matched. */
  excerpt: string;
  /** The page's text, words split by zero-width spaces. */
  raw_content: string;
  meta: Record<string, string>;
  anchors: Anchor[];
  locations: number[];
}

/** A result as drawn. */
export interface ResultView {
  /** Type and date: 政策文件 · 2025年3月1日. */
  line: string;
  title: string;
  href: string;
  /** The page's reading text around the terms, as plain text. */
  excerpt: string;
  /** The articles or sections that answer the query, each linked. */
  articles: { title: string; href: string; excerpt: string }[];
}

/** A result's address, carrying the words to highlight (?hl=) and the article to open (#art-19). */
export function resultLink(url: string, terms: readonly string[], id?: string): string {
  const [path] = url.split('#');
  const hl = terms.length ? `?hl=${encodeURIComponent(terms.join(' '))}` : '';
  return `${path}${hl}${id ? `#${id}` : ''}`;
}

/**
 * The page's text without the article keys the index holds (see articleKey): each key, and the
 * ". " Pagefind puts after it, becomes an empty word, so that word positions stay right.
 */
export function withoutKeys(content: string): string {
  const words = content.split('\u200b');
  for (let i = 0; i < words.length; i++) {
    if (!isArticleKey(words[i]!)) continue;
    words[i] = '';
    if (words[i + 1]?.trim() === '.') words[i + 1] = '';
  }
  return words.join('\u200b');
}

/**
 * A result as the page draws it. Asked for an article (第十九条), only that article is listed,
 * and nothing where the document has no such article; otherwise the articles holding most of the
 * terms. The excerpt is cut from the page's own text (not Pagefind's excerpt, which joins blocks
 * with ". " and starts anywhere): at a sentence's start, around the terms.
 */
export function resultView(data: ResultData, terms: readonly string[], article: string | undefined): ResultView {
  const content = withoutKeys(data.raw_content);
  const sections = anchorSections(data.anchors, content);
  const wanted = article ? articleAnchor(article) : undefined;
  const exact = wanted ? sections.find((section) => section.id === wanted) : undefined;
  // The words of the document's own name (治安管理处罚法 of 打架 治安管理处罚法) stand in most of its
  // articles: the other words pick the article, where some article holds one of them (年假 of
  // 年假有几天 stands in none of 职工带薪年休假条例's: its legal term 年休假, a word of the name, picks).
  const title = data.meta.title ?? '';
  const telling = terms.filter((term) => !title.includes(term));
  const picking = sections.some((section) => telling.some((term) => section.text.includes(term))) ? telling : terms;
  const hits = exact ? [exact] : wanted ? [] : anchoredHits(sections, data.locations, ARTICLES_PER_RESULT, picking);
  return {
    // Dates as the site writes them everywhere: 2012年12月28日.
    line: [data.meta.type, data.meta.date && formatDay(data.meta.date)].filter(Boolean).join(' · '),
    title: data.meta.title ?? data.url,
    href: resultLink(data.url, terms),
    excerpt: excerptAround(afterTitle(readingText(content), data.meta.title), terms, EXCERPT_CHARS),
    articles: hits.map((hit) => ({
      title: hit.title,
      href: resultLink(data.url, terms, hit.id),
      excerpt: excerptAround(readingText(hit.text), terms),
    })),
  };
}

/**
 * The page's text after its heading: the line above the title (a document number) and the title
 * are shown on the result already, and an excerpt without the terms would repeat them.
 */
export function afterTitle(text: string, title: string | undefined): string {
  const at = title ? text.indexOf(title) : -1;
  if (at < 0 || at > 80) return text;
  return text.slice(at + title!.length).replace(/^[\s。.]+/, '');
}

/** A filter's values in the order offered: years newest first, other values by their count. */
export function filterValues(key: string, values: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(values).sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1]));
}
