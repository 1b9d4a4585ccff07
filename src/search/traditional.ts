// The query side of Traditional characters: the texts are in Simplified characters, so a query
// written in Traditional ones (試用期) is searched in Simplified. (The other direction, showing
// the site in Traditional characters, is the 简/繁 switch's: src/lib/traditional.ts.)

/** Reads OpenCC's character table ("T S|T S S|..."): Traditional character → first Simplified form. */
export function parseCharacterTable(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of table.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from !== to) map.set(from, to);
  }
  return map;
}

// The range the bitmap below covers: CJK Extension A and the Unified Ideographs block.
const BITMAP_FIRST = 0x3400;
const BITMAP_END = 0xa000;

/**
 * The characters a table converts (Traditional forms), as a base64 bitmap over U+3400–U+9FFF:
 * 3.5 KB where the table itself is 29 KB, so the page can tell whether a query needs the table.
 */
export function traditionalBitmap(table: Map<string, string>): string {
  const bits = new Uint8Array((BITMAP_END - BITMAP_FIRST) / 8);
  for (const char of table.keys()) {
    const code = char.codePointAt(0)! - BITMAP_FIRST;
    if (code >= 0 && code < BITMAP_END - BITMAP_FIRST) bits[code >> 3]! |= 1 << (code & 7);
  }
  return btoa(String.fromCharCode(...bits));
}

/** Whether `text` has a character marked in a bitmap made by traditionalBitmap. */
export function hasTraditional(text: string, bitmap: string): boolean {
  const bytes = atob(bitmap);
  return Array.from(text).some((char) => {
    const code = char.codePointAt(0)! - BITMAP_FIRST;
    return code >= 0 && code < BITMAP_END - BITMAP_FIRST && ((bytes.charCodeAt(code >> 3) >> (code & 7)) & 1) === 1;
  });
}

/** Replaces Traditional characters by Simplified ones; other text is kept. */
export function toSimplified(text: string, table: ReadonlyMap<string, string>): string {
  return Array.from(text, (char) => table.get(char) ?? char).join('');
}
