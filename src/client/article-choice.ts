/**
 * The articles a policy handout prints, kept in its address as ?articles=3,10,10-1 (the
 * numbers of the articles' anchors art-3, art-10, art-10-1), so that a chosen set can be
 * bookmarked or sent to whoever prints it. Pure, so that the rules are tested without a browser.
 */

export const ARTICLES_PARAM = 'articles';

/** art-10-1 → 10-1. */
const number = (anchor: string) => anchor.replace(/^art-/, '');

/**
 * The anchors the address asks for, in the document's order, and what it asks for that the
 * document does not have (written as in the address, to say so). Commas, 、 and spaces separate;
 * art-3 is read as 3.
 */
export function chosenArticles(search: string, known: readonly string[]): { chosen: string[]; unknown: string[] } {
  const asked = (new URLSearchParams(search).get(ARTICLES_PARAM) ?? '')
    .split(/[\s,，、]+/)
    .map((word) => number(word.trim()))
    .filter(Boolean);
  const wanted = new Set(asked);
  const chosen = known.filter((anchor) => wanted.has(number(anchor)));
  const have = new Set(known.map(number));
  const unknown = [...new Set(asked.filter((word) => !have.has(word)))];
  return { chosen, unknown };
}

/** The address with the chosen articles in it, or without the parameter when none is chosen. */
export function withArticles(href: string, chosen: readonly string[]): string {
  const url = new URL(href);
  if (chosen.length > 0) url.searchParams.set(ARTICLES_PARAM, chosen.map(number).join(','));
  else url.searchParams.delete(ARTICLES_PARAM);
  // URLSearchParams writes the comma as %2C; the list reads better as typed.
  return url.href.replace(/%2C/g, ',');
}
