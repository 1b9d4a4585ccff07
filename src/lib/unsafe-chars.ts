// Control characters and Unicode bidi controls never belong in a published title or law text:
// bidi controls reorder what a reader sees (a title can be made to read differently from what it
// is, "Trojan Source"), and C0/C1 controls are invisible or break YAML and terminals. They are
// removed from every imported text, and each file that had some is named in the report.

// U+061C ARABIC LETTER MARK, U+200E/U+200F LRM/RLM, U+202A–U+202E embeddings and overrides,
// U+2066–U+2069 isolates.
const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

// Form feed, vertical tab, NEL and the Unicode line and paragraph separators end a line in the
// file they come from (page breaks in text saved from a PDF): they become a newline, not nothing.
const LINE_BREAKS = new Set([0x0b, 0x0c, 0x85, 0x2028, 0x2029]);

/**
 * A character that must not be published: C0 controls (tab and newline aside, which only
 * bodies may hold), DEL, C1 controls and bidi controls.
 */
export function isUnsafeChar(code: number, allowTabAndNewline = true): boolean {
  if (allowTabAndNewline && (code === 0x09 || code === 0x0a)) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || BIDI.has(code);
}

/** "U+202E" */
export const codePointName = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Removes unsafe characters from a text, keeping tabs and newlines, and turning page and line
 * separators into newlines. Returns the clean text and the code points removed, in order.
 */
export function stripUnsafeChars(text: string): { text: string; removed: number[] } {
  const removed: number[] = [];
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const lineBreak = LINE_BREAKS.has(code);
    if (!lineBreak && !isUnsafeChar(code)) continue;
    out += text.slice(start, i) + (lineBreak ? '\n' : '');
    start = i + 1;
    if (!lineBreak) removed.push(code);
  }
  return start === 0 ? { text, removed } : { text: out + text.slice(start), removed };
}

/** The report's warning for removed characters: "removed 3 control or bidi characters (U+0007, U+202E)". */
export function removedWarning(removed: readonly number[]): string | undefined {
  if (removed.length === 0) return undefined;
  const names = [...new Set(removed)].sort((a, b) => a - b).map(codePointName);
  const s = removed.length === 1 ? '' : 's';
  return `removed ${removed.length} control or bidi character${s} (${names.join(', ')})`;
}

/** The first unsafe character in a one-line value (tab and newline count), if any. */
export function firstUnsafeChar(value: string): number | undefined {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (isUnsafeChar(code, false) || LINE_BREAKS.has(code)) return code;
  }
  return undefined;
}

/** Writes unsafe characters as \u{202E} so that a report line shows them instead of obeying them. */
export const showUnsafeChars = (text: string): string =>
  [...text]
    .map((c) => {
      const code = c.codePointAt(0)!;
      return isUnsafeChar(code, false) || LINE_BREAKS.has(code) ? `\\u{${code.toString(16).toUpperCase()}}` : c;
    })
    .join('');
