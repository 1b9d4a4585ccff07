import mammoth from 'mammoth';
import type { Skip } from './types.ts';

/**
 * Extracts the paragraphs of a .docx as plain text, one paragraph a line, to be read like a
 * .txt file. Headings styled in Word come out as bare lines (第一章 总则) and are found again
 * by their wording, which is more dependable than authors' use of styles.
 */
export async function docxToText(bytes: Uint8Array): Promise<string | Skip> {
  try {
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return result.value.replace(/\r\n?/g, '\n');
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { skip: `cannot read .docx: ${message}` };
  }
}
