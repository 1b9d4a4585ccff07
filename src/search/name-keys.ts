// How a query naming a document (民法典, 劳动合同法) finds that document: the law short-name rule.

const STATE_PREFIX = '中华人民共和国';

/**
 * The name people search a law by when it differs from the title: the title without
 * 中华人民共和国 (劳动合同法 for 中华人民共和国劳动合同法), undefined for any other title.
 */
export function lawShortTitle(title: string): string | undefined {
  return title.startsWith(STATE_PREFIX) ? title.slice(STATE_PREFIX.length) : undefined;
}

/** A document's short name: its title without 中华人民共和国 and spaces (劳动合同法). */
export function shortName(title: string): string {
  return (lawShortTitle(title) ?? title).replace(/\s+/g, '');
}

/**
 * A name as one ASCII word (FNV-1a, 7 base-36 digits): Pagefind splits a Chinese query into
 * words, so "民法典" cannot be matched as a whole against a title; its key can. Every document
 * carries the keys of its title and short name (see indexEntries). The leading underscore matters:
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
 * Whether an indexed word is a name key (see nameKey): an underscore and seven base-36 digits, the
 * first 0 or 1 (a 32-bit hash is below 2 × 36⁶). No word of a text begins with an underscore;
 * article keys (_a19z) begin with _a.
 */
export function isNameKey(word: string): boolean {
  return /^_[01][0-9a-z]{6}$/.test(word);
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

/**
 * The name a query may be, to look up by its key: the whole query, when it is one word of 2 to 30
 * characters (a query with spaces names no single document).
 */
export function nameInQuery(query: string): string | undefined {
  const name = query.trim();
  const length = Array.from(name).length;
  return /\s/.test(name) || length < 2 || length > 30 ? undefined : name;
}

// What a query token must end with to be taken for a document's name beside other words (劳动法 加班).
const DOCUMENT_KIND = /(?:法|法典|条例|规定|办法|细则|解释|决定|规则|章程)$/;

/**
 * Laws the 民法典 replaced in 2021, which people still search by: each name leads to the part of
 * the Code that holds its rules now (its key, see nameKeys), then to the Code.
 */
export const SUCCESSORS: Readonly<Record<string, readonly string[]>> = {
  婚姻法: ['民法典婚姻家庭编', '民法典'],
  收养法: ['民法典婚姻家庭编', '民法典'],
  继承法: ['民法典继承编', '民法典'],
  合同法: ['民法典合同编', '民法典'],
  物权法: ['民法典物权编', '民法典'],
  担保法: ['民法典物权编', '民法典'],
  侵权责任法: ['民法典侵权责任编', '民法典'],
  民法通则: ['民法典总则', '民法典'],
  民法总则: ['民法典总则', '民法典'],
};

/**
 * The names a query may hold, in the order to look them up: the whole query when it is one name
 * (see nameInQuery), else each word of it that ends like a document's name (劳动法 of 劳动法 加班);
 * each followed by the names of what replaced it (婚姻法 → 民法典婚姻家庭编).
 */
export function namesInQuery(query: string): string[] {
  const whole = nameInQuery(query);
  const names = whole
    ? [whole]
    : query
        .trim()
        .split(/\s+/)
        .filter((token) => nameInQuery(token) && DOCUMENT_KIND.test(token));
  return [...new Set(names.flatMap((name) => [name, ...(Object.hasOwn(SUCCESSORS, name) ? SUCCESSORS[name]! : [])]))];
}
