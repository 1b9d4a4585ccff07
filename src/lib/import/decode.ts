import type { Skip } from './types.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file's bytes as UTF-8, refusing binary data and other encodings (GBK is common
 * for Chinese texts) instead of importing mojibake. Drops a BOM and normalises line ends.
 */
export function decodeText(bytes: Uint8Array): string | Skip {
  // A NUL byte never occurs in text; it is the quickest sign of a binary file.
  if (bytes.includes(0)) return { skip: 'binary file, not text' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { skip: 'not UTF-8 text (save the file as UTF-8)' };
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Whitespace a line may carry that means nothing: full-width and zero-width spaces too. */
export const BLANK = /^[\s\u3000\u200B\uFEFF]*$/;

/** Trims ordinary, full-width (paragraph indents) and zero-width spaces. */
export const trimLine = (line: string) => line.replace(/^[\s\u3000\u200B\uFEFF]+|[\s\u3000\u200B\uFEFF]+$/g, '');
