// Citations of other laws in a policy's text (根据《职工带薪年休假条例》第三条的规定) become links:
// to the law's page, here or in the shared law library, and to the cited article's anchor when
// the law has that article. Pure string work over the rendered HTML, so it is unit-tested as it is.
import { articleAnchor, ARTICLE_START } from './articles.ts';
import { lawShortTitle } from '../search/name-keys.ts';

/** A document a citation can point at. */
export interface CitationTarget {
  /** The page itself, another page of this site, or a law of the shared law library. */
  where: 'self' | 'portal' | 'library';
  title: string;
  /** The document's page ('' for the page itself). */
  href: string;
  /**
   * The article anchors its page carries (art-3, art-10-1). A function, because reading them
   * from a law's text costs a pass over it: it is called only when an article of it is cited.
   */
  articles: () => ReadonlySet<string>;
  /**
   * For a document served in parts (src/lib/policy-parts.ts): the page of the part that holds an
   * article. Its contents page would forward the reader only with JavaScript.
   */
  pageOf?: (anchor: string) => string | undefined;
}

/**
 * The address of a cited document, or of one of its articles. The one place an article's address
 * is made: when a long law is split into part pages (src/lib/policy-parts.ts), the part that
 * holds the article is chosen here. An article the document lacks gives the document's page,
 * so the reader still lands on the right law; undefined when that is the page itself (a link to
 * where the reader already is helps nobody).
 */
export function articleHref(target: CitationTarget, anchor?: string): string | undefined {
  if (anchor !== undefined && target.articles().has(anchor))
    return `${target.pageOf?.(anchor) ?? target.href}#${anchor}`;
  return target.where === 'self' ? undefined : target.href;
}

/**
 * The form titles are compared in: without spaces and the 中华人民共和国 of national laws (cited
 * either way: 《劳动合同法》), and with inner quotation marks (〈〉, <>) written as 《》, as a title
 * field writes them (《清源县流动党员教育管理服务办法》实施细则).
 */
export function citationKey(title: string): string {
  const plain = title
    .replace(/&lt;|<|〈/g, '《')
    .replace(/&gt;|>|〉/g, '》')
    .replace(/\s+/g, '');
  return lawShortTitle(plain) ?? plain;
}

/** Finds the document a cited title names, or undefined when no one holds it. */
export type CitationResolver = (title: string) => CitationTarget | undefined;

/**
 * A resolver over the documents a page may cite, in order of preference: the page itself, the
 * site's own documents (a county may keep its own copy of a law; the version in force first),
 * then the library's. The first to claim a title keeps it.
 */
export function citationResolver(targets: Iterable<CitationTarget>): CitationResolver {
  const byKey = new Map<string, CitationTarget>();
  for (const target of targets) {
    const key = citationKey(target.title);
    if (!byKey.has(key)) byKey.set(key, target);
  }
  return (title) => byKey.get(citationKey(title));
}

/**
 * Orders the versions of a document that share its title for citationResolver: those in force
 * first, each group in the order given (newest first, by the caller).
 */
export function inForceFirst<T extends { status: string }>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => Number(b.status === 'in-force') - Number(a.status === 'in-force'));
}

/** One article a citation names, by its place in the text and its anchor (art-19). */
export interface CitedArticle {
  start: number;
  end: number;
  anchor: string;
}

/** A citation in a run of text: the title's 《》 (and its first article, if any) and every article it names. */
export interface Citation {
  /** Where the citation starts (its 《) and where its title, or its first article, ends. */
  start: number;
  end: number;
  /** The title between the outer 《》. */
  title: string;
  articles: CitedArticle[];
}

const NUMERAL = '[〇零一二两三四五六七八九十百千\\d]+';
// An article, with the paragraph (款) and item (项) it may narrow to: those stay inside the link,
// which goes to the article (anchors stop at articles).
const ARTICLE = new RegExp(
  `${ARTICLE_START.source.slice(1)}(?:\\s*第\\s*${NUMERAL}\\s*款)?(?:\\s*第\\s*[（(]?${NUMERAL}[）)]?\\s*项)?`,
  'y',
);
// Between the articles of a list (第十九条、第二十条) or a range (第十九条至第二十一条).
const JOINER = /\s*(?:、|以及|和|及|或者|或|至|到|—|－)\s*/y;
// A document number between the title and the article: 《…》（国家统计局令第1号）第四条.
const NUMBER_NOTE = /[（(][^（）()《》]{1,30}[）)]/y;

/** Reads the articles at `at` (a list or range joined by 、和至…), none if no 第X条 is there. */
function articlesAt(text: string, at: number): CitedArticle[] {
  const found: CitedArticle[] = [];
  let position = at;
  for (;;) {
    ARTICLE.lastIndex = position;
    const match = ARTICLE.exec(text);
    if (!match) break;
    const anchor = articleAnchor(match[0]);
    if (!anchor) break;
    found.push({ start: position, end: ARTICLE.lastIndex, anchor });
    JOINER.lastIndex = ARTICLE.lastIndex;
    if (!JOINER.exec(text)) break;
    position = JOINER.lastIndex;
  }
  return found;
}

const OPEN = new Set(['《', '〈']);
const CLOSE = new Set(['》', '〉']);

/** Where the 《 at `start` closes, counting nested quotation marks; -1 if it does not close. */
function closing(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (OPEN.has(char)) depth++;
    else if (CLOSE.has(char) && --depth === 0) return i;
  }
  return -1;
}

/** The citations in a run of plain text, in order; titles inside another title are part of it. */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('《', from);
    if (start < 0) return citations;
    const close = closing(text, start);
    if (close < 0) {
      from = start + 1;
      continue;
    }
    const title = text.slice(start + 1, close).trim();
    let articles = articlesAt(text, close + 1);
    NUMBER_NOTE.lastIndex = close + 1;
    // The note joins the citation only when an article follows it.
    if (articles.length === 0 && NUMBER_NOTE.exec(text)) articles = articlesAt(text, NUMBER_NOTE.lastIndex);
    if (title) citations.push({ start, end: articles[0]?.end ?? close + 1, title, articles });
    from = articles.at(-1)?.end ?? close + 1;
  }
}

/** The links of one run of text: its citations of documents someone holds, each article its own link. */
function linkText(text: string, resolve: CitationResolver): string {
  let out = '';
  let done = 0;
  const link = (start: number, end: number, href: string | undefined, where: string) => {
    if (href === undefined) return;
    out += `${text.slice(done, start)}<a href="${href}" data-citation="${where}">${text.slice(start, end)}</a>`;
    done = end;
  };
  for (const citation of findCitations(text)) {
    const target = resolve(citation.title);
    if (!target) continue;
    const [first, ...rest] = citation.articles;
    link(citation.start, citation.end, articleHref(target, first?.anchor), target.where);
    for (const article of rest) link(article.start, article.end, articleHref(target, article.anchor), target.where);
  }
  return out + text.slice(done);
}

// Text inside these is left alone: links (among them the text's own article numbers), headings,
// code, and what is no text at all.
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'svg']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;

/**
 * Links the citations in a policy's rendered HTML (see findCitations) to the documents `resolve`
 * finds; a title no one holds stays text. Text inside links, headings and code is not touched.
 * A citation is found within one run of text: one split by markup (**《条例》**第三条) links only
 * what lies in the run.
 */
export function linkCitations(html: string, resolve: CitationResolver): string {
  if (!html.includes('《')) return html;
  let out = '';
  let done = 0;
  let skipped = 0;
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(done, match.index);
    out += skipped > 0 || !text.includes('《') ? text : linkText(text, resolve);
    out += match[0];
    done = match.index + match[0].length;
    const name = match[2]?.toLowerCase();
    if (name && SKIP.has(name) && !match[0].endsWith('/>')) skipped = Math.max(0, skipped + (match[1] ? -1 : 1));
  }
  const rest = html.slice(done);
  return out + (skipped > 0 || !rest.includes('《') ? rest : linkText(rest, resolve));
}
