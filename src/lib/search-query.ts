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

/** Replaces Traditional characters by Simplified ones; other text is kept. */
export function toSimplified(text: string, table: Map<string, string>): string {
  return Array.from(text, (char) => table.get(char) ?? char).join('');
}

/** Splits a query into words: spaces first, then Chinese word boundaries (Intl.Segmenter). */
export function segmentQuery(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words: string[] = [];
  for (const part of query.split(' ')) {
    for (const { segment, isWordLike } of segmenter.segment(part)) if (isWordLike) words.push(segment);
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
export function splitQuestion(query: string): { words: string[]; dropped: string[] } {
  const dropped: string[] = [];
  let rest = query;
  for (const phrase of QUESTION_PHRASES) {
    if (rest.includes(phrase)) {
      dropped.push(phrase);
      rest = rest.split(phrase).join(' ');
    }
  }
  const segmented = segmentQuery(rest.replace(/\s+/g, ' ').trim());
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
  /** The anchor's text, for the excerpt. */
  text: string;
}

const ARTICLE_ID = /^art-\d+(?:-\d+)?$/;

/**
 * The articles (or headings) that answer a query, at most `limit`. Pagefind records every
 * element with an id as an anchor but makes sub-results from headings only; legal texts need
 * the article. Anchors whose text holds the most query terms come first (in document order
 * among equals); without any such anchor, each matched word location is given to the last
 * anchor at or before it.
 */
export function anchoredHits(anchors: Anchor[], locations: number[], limit = 3, terms: string[] = []): ArticleHit[] {
  const usable = anchors
    .filter((a) => ARTICLE_ID.test(a.id) || /^h[2-6]$/i.test(a.element))
    .sort((a, b) => a.location - b.location);
  const hit = (anchor: Anchor): ArticleHit => {
    const text = anchor.text.trim();
    const title = ARTICLE_ID.test(anchor.id) ? (/^第\S+?条(?:之\S)?/.exec(text)?.[0] ?? text.slice(0, 12)) : text;
    return { id: anchor.id, title, text };
  };
  const wanted = terms.filter((t) => t.length > 0);
  if (wanted.length > 0) {
    const scored = usable
      .map((anchor) => ({ anchor, score: wanted.filter((t) => anchor.text.includes(t)).length }))
      .filter((entry) => entry.score > 0);
    if (scored.length > 0) {
      const best = Math.max(...scored.map((e) => e.score));
      return scored
        .filter((e) => e.score === best || e.score >= wanted.length / 2)
        .sort((a, b) => b.score - a.score || a.anchor.location - b.anchor.location)
        .slice(0, limit)
        .map((e) => hit(e.anchor));
    }
  }
  const hits: ArticleHit[] = [];
  const seen = new Set<string>();
  for (const location of [...locations].sort((a, b) => a - b)) {
    let owner: Anchor | undefined;
    for (const anchor of usable) {
      if (anchor.location > location) break;
      owner = anchor;
    }
    if (!owner || seen.has(owner.id)) continue;
    seen.add(owner.id);
    hits.push(hit(owner));
    if (hits.length >= limit) break;
  }
  return hits;
}

/** Up to `length` characters of `text` around the first term found, with … where cut. */
export function excerptAround(text: string, terms: string[], length = 90): string {
  const positions = terms.map((t) => text.indexOf(t)).filter((i) => i >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, first - Math.floor(length / 3));
  const cut = text.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${cut}${start + length < text.length ? '…' : ''}`;
}

/** Splits text into plain and matched parts, for rendering <mark> without HTML strings. */
export function markTerms(text: string, terms: string[]): { text: string; match: boolean }[] {
  const wanted = terms.filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
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
