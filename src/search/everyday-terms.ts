// Everyday words and the legal terms laws use for them (加班 → 延长工作时间), read from
// everyday-terms.json beside this file, which an organization may extend.

/** Each everyday word with the legal terms it is also searched by. */
export type EverydayTerms = Readonly<Record<string, readonly string[]>>;

/**
 * The `terms` of everyday-terms.json, checked: each key a word, each value a list of words. A
 * mistake fails the build naming the file and the entry, rather than searching for nonsense.
 */
export function readEverydayTerms(data: unknown, file: string): EverydayTerms {
  const terms = (data as { terms?: unknown } | null)?.terms;
  if (typeof terms !== 'object' || terms === null || Array.isArray(terms))
    throw new Error(`${file}: "terms" must be an object of everyday words, each with a list of legal terms`);
  for (const [word, list] of Object.entries(terms)) {
    if (word.trim() === '') throw new Error(`${file}: terms has an empty word`);
    if (!Array.isArray(list) || list.length === 0 || !list.every((t) => typeof t === 'string' && t.trim() !== ''))
      throw new Error(`${file}: terms["${word}"] must be a list of legal terms, e.g. ["延长工作时间"]`);
  }
  return terms as EverydayTerms;
}

/** The everyday words, kept whole when a query is split into words (社保, not 社 + 保). */
export function everydayWords(terms: EverydayTerms): string[] {
  return Object.keys(terms);
}

/**
 * The words of a query that are everyday words, each with its legal terms; a word that is an
 * everyday word and one character more (加班费, joined as the pages hold it) takes that word's,
 * unless it names a law (公司法).
 */
export function legalTerms(words: readonly string[], terms: EverydayTerms): Map<string, readonly string[]> {
  // Own entries only: a word such as "constructor" is no everyday word.
  const own = (word: string) => (Object.hasOwn(terms, word) ? terms[word] : undefined);
  const found = new Map<string, readonly string[]>();
  for (const word of words) {
    const chars = Array.from(word);
    // Not a law's name: 公司法 is no company.
    const longer = chars.length > 2 && !/[法例]$/.test(word) ? own(chars.slice(0, -1).join('')) : undefined;
    const list = own(word) ?? longer;
    if (list) found.set(word, list);
  }
  return found;
}
