// Chinese legal texts number their parts 第一编, chapters 第三章, sections 第二节 and articles
// 第十九条 / 第十条之一 in Chinese numerals. These helpers turn them into stable ASCII anchors.

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一千二百六十 → 1260, 十九 → 19, 一百零五 → 105; ASCII digits pass through. Undefined if not a numeral. */
export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '' || ![...text].every((c) => c in DIGITS || c in UNITS)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char]!;
    } else {
      // A unit with no digit before it counts once: 十九 is 19.
      total += (digit ?? 1) * UNITS[char]!;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

const NUMERAL = '[〇零一二两三四五六七八九十百千\\d]+';

/** Matches the article number that opens a paragraph: 第十条, 第十条之一, 第 10 条. */
export const ARTICLE_START = new RegExp(`^第\\s*(${NUMERAL})\\s*条(?:之(${NUMERAL}))?`);

/** The anchor of an article label: 第十九条 → art-19, 第十条之一 → art-10-1. */
export function articleAnchor(label: string): string | undefined {
  const match = ARTICLE_START.exec(label.trim());
  if (!match) return undefined;
  const number = parseChineseNumber(match[1]!);
  if (number === undefined) return undefined;
  const sub = match[2] === undefined ? undefined : parseChineseNumber(match[2]);
  return sub === undefined ? `art-${number}` : `art-${number}-${sub}`;
}

/**
 * An article's search key, one ASCII word the index holds where the article begins (art-264 →
 * _a264z, art-10-1 → _a10y1z): the indexer splits 第二百六十四条 by its dictionary (第二 百 六十
 * 四条), the browser splits a query by another (第二 百 六 十四条), and no phrase search over the
 * two finds it reliably. The z ends the key, so that no key begins another (_a126z, _a1260z).
 */
export function articleKey(anchor: string): string | undefined {
  const match = /^art-(\d+)(?:-(\d+))?$/.exec(anchor);
  if (!match) return undefined;
  return `_a${match[1]}${match[2] === undefined ? '' : `y${match[2]}`}z`;
}

/** Whether an indexed word is an article's search key (see articleKey). */
export function isArticleKey(word: string): boolean {
  return /^_a\d+(?:y\d+)?z$/.test(word.trim());
}

/** Kinds of division in a legal text, outermost first. */
export const DIVISIONS = [
  { kind: 'part', char: '编' },
  { kind: 'subpart', char: '分编' },
  { kind: 'chapter', char: '章' },
  { kind: 'section', char: '节' },
] as const;

export type DivisionKind = (typeof DIVISIONS)[number]['kind'];

/** Reads a division heading: 第二章 劳动合同的订立 → { kind: 'chapter', number: 2 }. */
export function parseDivision(heading: string): { kind: DivisionKind; number: number } | undefined {
  const match = new RegExp(`^第\\s*(${NUMERAL})\\s*(分编|编|章|节)`).exec(heading.trim());
  if (!match) return undefined;
  const number = parseChineseNumber(match[1]!);
  const division = DIVISIONS.find((d) => d.char === match[2]);
  return number === undefined || !division ? undefined : { kind: division.kind, number };
}

/** Matches the item number that opens a paragraph: （一）, （十二）, (3). */
export const ITEM_START = new RegExp(`^[（(](${NUMERAL})[）)]`);
