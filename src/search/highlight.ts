// Arriving from a search result (…/?hl=试用期#art-19): where the words searched for stand in
// the page's text, for the CSS Custom Highlight API to mark.

/** However long the address, at most this many places are marked: a common word in a long law is enough. */
export const MAX_HIGHLIGHTS = 2000;

/** Where the terms stand in `text`, as [start, end) offsets, term by term, at most `room` of them. */
export function termOffsets(text: string, terms: readonly string[], room: number): [number, number][] {
  const found: [number, number][] = [];
  for (const term of terms) {
    // An empty term would match everywhere without moving on: there is nothing to mark.
    if (term.length === 0) continue;
    for (let at = text.indexOf(term); at >= 0 && found.length < room; at = text.indexOf(term, at + term.length))
      found.push([at, at + term.length]);
  }
  return found;
}
