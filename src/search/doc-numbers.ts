// Document numbers (文号): 清组发〔2025〕12号, typed with whatever brackets are at hand.

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
