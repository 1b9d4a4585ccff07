// Query handling for the search page: pure functions, run in the browser and unit-tested.

/** Words that carry no meaning in a question: 试用期最长多久 keeps 试用期 and 最长. */
const QUESTION_WORDS = new Set(
  '吗 呢 吧 啊 呀 嘛 的 了 是 有 在 和 与 或 及 到 被 把 让 给 对 我 我们 你 他 她 怎么 怎样 如何 什么 怎么办 怎么样 有什么 什么样 多久 多少 多长 多长时间 几 几个 哪些 哪里 哪儿 为什么 是否 能否 可以 能 要 该 应该 需要 请问 一下'.split(
    ' ',
  ),
);

const NUMERALS = '〇一二三四五六七八九';

/** 19 → 十九, 105 → 一百零五, 1260 → 一千二百六十: article numbers as legal texts write them. */
export function toChineseNumber(value: number): string {
  if (value === 0) return NUMERALS[0]!;
  const units = ['', '十', '百', '千'];
  const digits = String(value).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((digit, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (digit === 0) {
      zero = out !== '';
      return;
    }
    // Inside a number a skipped place reads 零: 一百零五.
    if (zero) out += '零';
    zero = false;
    out += (digit === 1 && unit === '十' && out === '' ? '' : NUMERALS[digit]) + unit;
  });
  return out;
}

/**
 * Full-width ASCII (Ｑ, １２, （ ）) to half-width, runs of spaces to one, and article numbers
 * in digits (第19条) to the Chinese numerals the texts use (第十九条).
 */
export function normalizeQuery(query: string): string {
  return query
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/第\s*(\d+)\s*条/g, (_, n: string) => `第${toChineseNumber(Number(n))}条`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads OpenCC's character table ("T S|T S S|..."): Traditional character → first Simplified form. */
export function parseCharacterTable(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of table.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from !== to) map.set(from, to);
  }
  return map;
}

// The range the bitmap below covers: CJK Extension A and the Unified Ideographs block.
const BITMAP_FIRST = 0x3400;
const BITMAP_END = 0xa000;

/**
 * The characters a table converts (Traditional forms), as a base64 bitmap over U+3400–U+9FFF:
 * 3.5 KB where the table itself is 29 KB, so the page can tell whether a query needs the table.
 */
export function traditionalBitmap(table: Map<string, string>): string {
  const bits = new Uint8Array((BITMAP_END - BITMAP_FIRST) / 8);
  for (const char of table.keys()) {
    const code = char.codePointAt(0)! - BITMAP_FIRST;
    if (code >= 0 && code < BITMAP_END - BITMAP_FIRST) bits[code >> 3]! |= 1 << (code & 7);
  }
  return btoa(String.fromCharCode(...bits));
}

/** Whether `text` has a character marked in a bitmap made by traditionalBitmap. */
export function hasTraditional(text: string, bitmap: string): boolean {
  const bytes = atob(bitmap);
  return Array.from(text).some((char) => {
    const code = char.codePointAt(0)! - BITMAP_FIRST;
    return code >= 0 && code < BITMAP_END - BITMAP_FIRST && ((bytes.charCodeAt(code >> 3) >> (code & 7)) & 1) === 1;
  });
}

/** Replaces Traditional characters by Simplified ones; other text is kept. */
export function toSimplified(text: string, table: Map<string, string>): string {
  return Array.from(text, (char) => table.get(char) ?? char).join('');
}

/**
 * Splits a query into words: spaces first, then the words in `keep` (社保, which the browser's
 * dictionary does not know and would split into 社 + 保), then Chinese word boundaries
 * (Intl.Segmenter).
 */
export function segmentQuery(query: string, keep: readonly string[] = []): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const kept = [...keep].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  const pattern = kept.length
    ? new RegExp(`(${kept.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`)
    : undefined;
  const words: string[] = [];
  for (const part of query.split(' ')) {
    for (const [i, piece] of (pattern ? part.split(pattern) : [part]).entries()) {
      // split() with a capturing group puts the kept words at the odd places.
      if (i % 2 === 1) words.push(piece);
      else for (const { segment, isWordLike } of segmenter.segment(piece)) if (isWordLike) words.push(segment);
    }
  }
  return words;
}

// Question phrases removed before segmenting: a segmenter may split 怎么办 into 怎么 + 办.
const QUESTION_PHRASES = ['怎么办', '怎么样', '为什么', '有什么', '是什么', '什么样', '多长时间', '怎么'];

/** The words of a question that can be searched for: question words and particles removed. */
export function contentWords(words: string[]): string[] {
  return words.filter((word) => !QUESTION_WORDS.has(word));
}

/** A question split into the words to search for and the words left out (试用期最长多久 → 多久). */
export function splitQuestion(query: string, keep: readonly string[] = []): { words: string[]; dropped: string[] } {
  const dropped: string[] = [];
  let rest = query;
  for (const phrase of QUESTION_PHRASES) {
    if (rest.includes(phrase)) {
      dropped.push(phrase);
      rest = rest.split(phrase).join(' ');
    }
  }
  const segmented = segmentQuery(rest.replace(/\s+/g, ' ').trim(), keep);
  const words = contentWords(segmented);
  dropped.push(...segmented.filter((word) => !words.includes(word)));
  return { words: words.length > 0 ? words : segmented, dropped: words.length > 0 ? dropped : [] };
}

/** An article number in the query, 第十九条 or 第19条, as it appears. */
export function articleInQuery(query: string): string | undefined {
  return /第\s*[〇零一二两三四五六七八九十百千\d]+\s*条(?:之[一二三四五六七八九十]+)?/.exec(query)?.[0];
}

export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface ArticleHit {
  id: string;
  /** The article's number (第十九条) or the heading's text. */
  title: string;
  /** The article's or the section's text, for the excerpt. */
  text: string;
}

interface Section extends ArticleHit {
  location: number;
}

const ARTICLE_ID = /^art-\d+(?:-\d+)?$/;

/**
 * The articles and headed sections of a result, each with its text: the words from its anchor
 * up to the next anchor. Pagefind gives every element with an id as an anchor, with that
 * element's own text (an article's number, a heading) and its word position; `content` is the
 * page's text with words split by zero-width spaces, as Pagefind stores it (raw_content).
 */
export function anchorSections(anchors: Anchor[], content: string): Section[] {
  const words = content.split('\u200b');
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const sections: Section[] = [];
  sorted.forEach((anchor, i) => {
    const isArticle = ARTICLE_ID.test(anchor.id);
    if (!isArticle && !/^h[2-6]$/i.test(anchor.element)) return;
    const end = sorted.slice(i + 1).find((next) => next.location > anchor.location)?.location ?? words.length;
    const text = words
      .slice(anchor.location, end)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\s+/g, ' ')
      .trim();
    const title = anchor.text.trim() || (isArticle ? (/^第\S+?条(?:之\S)?/.exec(text)?.[0] ?? '') : '');
    sections.push({ id: anchor.id, title, text: text || title, location: anchor.location });
  });
  return sections;
}

/**
 * The articles (or sections) that answer a query, at most `limit`. Pagefind makes sub-results
 * from headings only; legal texts need the article. Sections whose text holds the most query
 * terms come first (in document order among equals); without any such section, each matched
 * word location is given to the last section starting at or before it.
 */
export function anchoredHits(sections: Section[], locations: number[], limit = 3, terms: string[] = []): ArticleHit[] {
  const hit = ({ id, title, text }: Section): ArticleHit => ({ id, title, text });
  const wanted = terms.filter((t) => t.length > 0);
  if (wanted.length > 0) {
    const scored = sections
      .map((section) => ({ section, score: wanted.filter((t) => section.text.includes(t)).length }))
      .filter((entry) => entry.score > 0);
    if (scored.length > 0) {
      const best = Math.max(...scored.map((e) => e.score));
      return scored
        .filter((e) => e.score === best || e.score >= wanted.length / 2)
        .sort((a, b) => b.score - a.score || a.section.location - b.section.location)
        .slice(0, limit)
        .map((e) => hit(e.section));
    }
  }
  const hits: ArticleHit[] = [];
  const seen = new Set<string>();
  for (const location of [...locations].sort((a, b) => a - b)) {
    let owner: Section | undefined;
    for (const section of sections) {
      if (section.location > location) break;
      owner = section;
    }
    if (!owner || seen.has(owner.id)) continue;
    seen.add(owner.id);
    hits.push(hit(owner));
    if (hits.length >= limit) break;
  }
  return hits;
}

/**
 * The fewest consecutive word positions that hold one position from each list: 2 when two
 * words stand side by side, Infinity when a list is empty. A sliding window over the merged,
 * sorted positions.
 */
export function coverSpan(lists: readonly (readonly number[])[]): number {
  if (lists.length === 0 || lists.some((list) => list.length === 0)) return Infinity;
  const events = lists.flatMap((list, i) => list.map((position) => [position, i] as const));
  events.sort((a, b) => a[0] - b[0]);
  const counts = lists.map(() => 0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (const [position, list] of events) {
    if (counts[list]!++ === 0) covered += 1;
    while (covered === lists.length) {
      const [first, firstList] = events[left]!;
      best = Math.min(best, position - first + 1);
      if (--counts[firstList]! === 0) covered -= 1;
      left += 1;
    }
  }
  return best;
}

/** Word positions per word and page: positions.get(word)?.get(pageId). */
export type WordPositions = Map<string, Map<string, readonly number[]>>;

/** How many words apart all of a query's words may stand to count as one passage (an article). */
const NEAR = 60;

/**
 * Orders results so that pages where the query's words stand together come first: one point for
 * each typed phrase (经济补偿, split into 经济 补偿) found as a phrase, one for all the words
 * falling within one passage. Pagefind's score orders pages with the same points. For legal texts
 * this finds the law whose article holds 欺诈行为 and 三倍, over a short note that mentions
 * each once.
 */
export function byProximity<T extends { id: string }>(
  results: readonly T[],
  words: readonly string[],
  phrases: readonly (readonly string[])[],
  positions: WordPositions,
): T[] {
  const at = (word: string, id: string) => positions.get(word)?.get(id) ?? [];
  const points = (id: string) =>
    phrases.filter((phrase) => coverSpan(phrase.map((w) => at(w, id))) <= phrase.length + 1).length +
    (words.length > 1 && coverSpan(words.map((w) => at(w, id))) <= NEAR ? 1 : 0);
  return results
    .map((result, index) => ({ result, index, points: points(result.id) }))
    .sort((a, b) => b.points - a.points || a.index - b.index)
    .map((entry) => entry.result);
}

/**
 * `results` (pages with every word) followed by pages with only some of the words, most words
 * first, then by the sum of their scores. `single` holds each word's own results.
 */
export function withPartialMatches<T extends { id: string; score: number }>(
  results: readonly T[],
  words: readonly string[],
  single: ReadonlyMap<string, readonly T[]>,
): T[] {
  const seen = new Set(results.map((r) => r.id));
  const partial = new Map<string, { result: T; words: number; score: number }>();
  for (const word of new Set(words)) {
    for (const result of single.get(word) ?? []) {
      if (seen.has(result.id)) continue;
      const entry = partial.get(result.id);
      if (entry) {
        entry.words += 1;
        entry.score += result.score;
      } else partial.set(result.id, { result, words: 1, score: result.score });
    }
  }
  const ranked = [...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score);
  return [...results, ...ranked.map((entry) => entry.result)];
}

/**
 * Pages ranked by how many of a query's words they hold, then by the sum of each word's best
 * score. A word is a group of alternatives (加班 or 延长工作时间), each with its own results;
 * any alternative counts. For questions, where few pages hold every word.
 */
export function softAnd<T extends { id: string; score: number }>(groups: readonly (readonly (readonly T[])[])[]): T[] {
  const pages = new Map<string, { result: T; covered: number; score: number }>();
  for (const group of groups) {
    const best = new Map<string, T>();
    for (const alternative of group) {
      for (const result of alternative) {
        const known = best.get(result.id);
        if (!known || result.score > known.score) best.set(result.id, result);
      }
    }
    for (const [id, result] of best) {
      const entry = pages.get(id);
      if (entry) {
        entry.covered += 1;
        entry.score += result.score;
      } else pages.set(id, { result, covered: 1, score: result.score });
    }
  }
  return [...pages.values()].sort((a, b) => b.covered - a.covered || b.score - a.score).map((e) => e.result);
}

/** A document's short name: its title without 中华人民共和国 and spaces (劳动合同法). */
export function shortName(title: string): string {
  return title.replace(/^中华人民共和国/, '').replace(/\s+/g, '');
}

/**
 * A name as one ASCII word (FNV-1a, 7 base-36 digits): Pagefind splits a Chinese query into
 * words, so "民法典" cannot be matched as a whole against a title; its key can. Every document
 * carries the keys of its title and short name (see SearchMeta). The leading underscore matters:
 * a term Pagefind does not find falls back to the longest indexed word it begins with (k for
 * k1ng2vzp), and no word in the texts begins with an underscore.
 */
export function nameKey(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name.replace(/\s+/g, '')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `_${hash.toString(36).padStart(7, '0')}`;
}

/**
 * The keys a document is found by when a query names it: its title, its short name, and for a
 * part of a law (中华人民共和国民法典 合同编) the law's name too, so 民法典 finds every part.
 */
export function nameKeys(title: string): string[] {
  const names = [title, shortName(title)];
  const law = title.trim().split(/\s+/);
  if (law.length > 1) names.push(shortName(law[0]!));
  return [...new Set(names.map(nameKey))];
}

/** Up to `length` characters of `text` around the first term found, with … where cut. */
export function excerptAround(text: string, terms: string[], length = 90): string {
  // The longest term found (a typed phrase) over an earlier single word; the earliest among equals.
  const found = terms
    .map((term) => ({ term, at: text.indexOf(term) }))
    .filter((f) => f.term.length > 0 && f.at >= 0)
    .sort((a, b) => b.term.length - a.term.length || a.at - b.at);
  const first = found[0]?.at ?? 0;
  const start = Math.max(0, first - Math.floor(length / 3));
  const cut = text.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${cut}${start + length < text.length ? '…' : ''}`;
}

/** The longest query searched, in characters; the rest of a longer one is left out, and the page says so. */
export const MAX_QUERY_CHARS = 200;
/** How many words a page highlights at most (search results, ?hl= on the page opened)... */
export const MAX_TERMS = 20;
/** ...and how long each may be, in characters. */
export const MAX_TERM_CHARS = 50;

/** A typed query trimmed, and cut to `max` characters (whole characters, never half a pair). */
export function boundQuery(query: string, max = MAX_QUERY_CHARS): { query: string; cut: boolean } {
  const chars = Array.from(query.trim());
  if (chars.length <= max) return { query: chars.join(''), cut: false };
  return { query: chars.slice(0, max).join('').trim(), cut: true };
}

/**
 * The words to highlight: each once, none empty or longer than MAX_TERM_CHARS, at most
 * MAX_TERMS of them, in the order given. Whatever an address or a query holds, the patterns
 * built from them stay small.
 */
export function boundTerms(terms: readonly string[]): string[] {
  const kept: string[] = [];
  for (const term of terms) {
    if (kept.length === MAX_TERMS) break;
    if (term.length === 0 || Array.from(term).length > MAX_TERM_CHARS || kept.includes(term)) continue;
    kept.push(term);
  }
  return kept;
}

/** Splits text into plain and matched parts, for rendering <mark> without HTML strings. */
export function markTerms(text: string, terms: string[]): { text: string; match: boolean }[] {
  const wanted = boundTerms(terms).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const parts: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
    parts.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** A document number in the query, 清组发〔2025〕12号 or 清组发[2025]12号, in its 〔〕 form. */
export function docNumberInQuery(query: string): string | undefined {
  const match = /(\S*?)[〔[［(（](\d{4})[〕\]］)）](\d+)号/.exec(query);
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : undefined;
}

/** Whether a document number matches the one asked for; the issuer prefix may be left out. */
export function sameDocNumber(asked: string, actual: string | undefined): boolean {
  if (!actual) return false;
  const normal = docNumberInQuery(actual) ?? actual;
  return normal === asked || normal.endsWith(asked);
}
