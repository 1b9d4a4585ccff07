// The text shown under a result, and the words marked in it.
import { boundTerms } from './bounds';

/** Up to `length` characters of `text` around the first term found, with … where cut. */
export function excerptAround(text: string, terms: readonly string[], length = 90): string {
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

/** Splits text into plain and matched parts, for rendering <mark> without HTML strings. */
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
