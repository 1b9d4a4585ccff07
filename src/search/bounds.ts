// Limits on what a query or an address can ask for: whatever is typed or linked, the work and
// the patterns built from it stay small.

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
