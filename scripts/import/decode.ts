import type { Skip } from './types.ts';

/** The encodings the importer reads; anything but UTF-8 is named in the report. */
export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

const strict = (encoding: string) => new TextDecoder(encoding, { fatal: true, ignoreBOM: true });

/** Decodes, or undefined when the bytes are not valid in that encoding. */
function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return strict(encoding).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The share of characters that Chinese legal text is made of: CJK ideographs and punctuation,
 * full-width forms, printable ASCII and whitespace. Text read in its own encoding scores near 1;
 * bytes read in the wrong one (UTF-16 with the bytes swapped, binary data read as GB18030) score
 * far lower, since they land in scripts and private-use areas that a policy never uses.
 */
export function plausibility(text: string): number {
  if (text.length === 0) return 1;
  let usual = 0;
  let all = 0;
  for (const c of text) {
    all += 1;
    const code = c.codePointAt(0)!;
    if (
      code === 0x09 ||
      code === 0x0a ||
      code === 0x0d ||
      (code >= 0x20 && code < 0x7f) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0xff00 && code <= 0xffef) ||
      (code >= 0x2000 && code <= 0x206f) ||
      code === 0xfeff ||
      code === 0x00b7 ||
      code === 0x00d7 ||
      code === 0x00f7 ||
      (code >= 0x2460 && code <= 0x24ff) ||
      (code >= 0x2160 && code <= 0x217f)
    )
      usual += 1;
  }
  return usual / all;
}

// Below this share of usual characters the bytes are taken for binary data or an encoding
// the importer does not know (Big5, Shift-JIS read as GB18030 still score high: the report
// names the encoding so that an editor can look).
const PLAUSIBLE = 0.9;

/**
 * BOM-less UTF-16 shows itself by its NUL bytes: ASCII characters (digits, newlines, spaces)
 * have a NUL high byte, on odd offsets in little-endian and even ones in big-endian. The
 * endianness whose reading looks like text wins.
 */
function guessUtf16(bytes: Uint8Array): { text: string; encoding: Encoding } | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  const order: Encoding[] = odd >= even ? ['UTF-16LE', 'UTF-16BE'] : ['UTF-16BE', 'UTF-16LE'];
  for (const encoding of order) {
    const text = tryDecode(encoding.toLowerCase(), bytes);
    if (text !== undefined && !text.includes('\u0000') && plausibility(text) >= PLAUSIBLE) return { text, encoding };
  }
  return undefined;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Reads a text file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or without
 * one when its NUL bytes give it away) and GB18030, which includes GBK and GB2312, for bytes that
 * are not valid UTF-8. Binary data and unknown encodings are refused rather than imported as
 * mojibake. Drops the BOM and normalises line ends.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } | Skip {
  let decoded: { text: string; encoding: Encoding } | undefined;
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text === undefined) return { skip: 'not valid UTF-8 despite its byte order mark' };
    decoded = { text, encoding: 'UTF-8' };
  } else if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    const encoding: Encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    const text = tryDecode(encoding.toLowerCase(), bytes.subarray(2));
    if (text === undefined || text.includes('\u0000'))
      return { skip: `not valid ${encoding} despite its byte order mark` };
    decoded = { text, encoding };
  } else if (bytes.includes(0)) {
    // A NUL byte never occurs in UTF-8 or GB18030 text: UTF-16, or a binary file.
    decoded = guessUtf16(bytes);
    if (!decoded) return { skip: 'binary file, not text' };
  } else {
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== undefined) decoded = { text: utf8, encoding: 'UTF-8' };
    else {
      const gb = tryDecode('gb18030', bytes);
      if (gb === undefined || plausibility(gb) < PLAUSIBLE)
        return { skip: 'not text in UTF-8, UTF-16 or GB18030 (save the file as UTF-8)' };
      decoded = { text: gb, encoding: 'GB18030' };
    }
  }
  return { text: decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), encoding: decoded.encoding };
}

/** Whitespace a line may carry that means nothing: full-width and zero-width spaces too. */
export const BLANK = /^[\s\u3000\u200B\uFEFF]*$/;

/** Trims ordinary, full-width (paragraph indents) and zero-width spaces. */
export const trimLine = (line: string) => line.replace(/^[\s\u3000\u200B\uFEFF]+|[\s\u3000\u200B\uFEFF]+$/g, '');
