// The text shown under a result, and the words marked in it.
import { boundTerms } from './bounds';

// A character of Chinese text, or the closing marks that end a phrase in it.
const CJK_END = /[\u3400-\u9fff\uff09\u300b\u3011\u201d\u2019]/;
// Where a sentence (or an article) ends: an excerpt may start after one of these.
const SENTENCE_END = /[。！？；\n]/;
// Punctuation that cannot open an excerpt.
const LEADING_PUNCTUATION = /^[\s。，、；：！？）》】”’.,;:!?)\]〕]+/;

/**
 * Pagefind's text of a page (raw_content: words split by zero-width spaces, blocks joined by
 * ". ") as prose: words joined, and the join after a heading or paragraph written as Chinese
 * text writes it (交纳党费. 党章… → 交纳党费。党章…), never a half-width ". " between Chinese.
 */
export function readingText(raw: string): string {
  let text = raw
    .replace(/\u200b/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  // After Chinese punctuation the join adds nothing; after a Chinese character it ends the sentence.
  text = text.replace(/([。！？；：，、])\. /g, '$1');
  text = text.replace(/(.)\. (?=\S)/gu, (all, before: string) => (CJK_END.test(before) ? `${before}。` : all));
  return text.replace(/\s+/g, ' ').trim();
}

/** Where each term stands in `text` (at most `room` places in all). */
function places(text: string, terms: readonly string[], room = 400): { at: number; term: string }[] {
  const found: { at: number; term: string }[] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let at = text.indexOf(term); at >= 0 && found.length < room; at = text.indexOf(term, at + term.length))
      found.push({ at, term });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Up to `length` characters of `text` where most of the terms stand together (the longer terms
 * count for more), starting at the start of that sentence when it is near, with … where cut.
 * Never opens with punctuation.
 */
export function excerptAround(text: string, terms: readonly string[], length = 90): string {
  const found = places(text, terms);
  let best = { at: 0, score: -1 };
  for (const { at } of found) {
    const inWindow = new Set(found.filter((f) => f.at >= at && f.at < at + length * 0.7).map((f) => f.term));
    const score = [...inWindow].reduce((sum, term) => sum + Array.from(term).length, 0);
    if (score > best.score) best = { at, score };
  }
  const first = best.at;
  // Back to the start of the sentence holding the terms, if that leaves them in view.
  let start = Math.max(0, first - Math.floor(length / 3));
  for (let i = first - 1; i >= Math.max(0, first - Math.floor(length / 2)); i--) {
    if (SENTENCE_END.test(text[i]!)) {
      start = i + 1;
      break;
    }
    if (i === 0) start = 0;
  }
  const opening = LEADING_PUNCTUATION.exec(text.slice(start))?.[0].length ?? 0;
  start += opening;
  const cut = text.slice(start, start + length).trimEnd();
  const before = start > 0 && !SENTENCE_END.test(text[start - 1] ?? '') ? '…' : '';
  return `${before}${cut}${start + length < text.length ? '…' : ''}`;
}

/** Splits text into plain and matched parts, for rendering <mark> without HTML strings; longest terms first. */
export function markTerms(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
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
