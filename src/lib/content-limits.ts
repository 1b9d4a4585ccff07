// One size rule for content, shared by the importer and (later) the build's schema checks, so
// that what the importer writes the build accepts. Plain constants, no Node APIs: the browser
// and the CMS may import this file too.

/**
 * Most UTF-8 bytes of one entry's body (the Markdown after the frontmatter): 1 MB.
 * The largest real document, 人民检察院刑事诉讼规则 (2019) in ../shared/corpus/laws-cn, has a
 * 313 KB body, and the whole Civil Code in one entry (the longest document the benchmark
 * builds) about 325 KB; 1 MB leaves three times that, while a page, its search index chunks and
 * the phone that opens it stay workable.
 */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * Most bytes of one input file on disk: 10 MB. Text is at most the body limit in any
 * encoding (UTF-16 and GB18030 take fewer bytes than UTF-8 for Chinese); the rest is room for
 * pictures in a .docx, which are not imported but make the file larger.
 */
export const MAX_SOURCE_FILE_BYTES = 10 * MAX_BODY_BYTES;

/**
 * Most bytes the XML parts of a .docx may unpack to (document, styles, numbering...): 20 MB.
 * Word writes 5 to 20 bytes of markup for each byte of text, so a body at the limit still fits;
 * a zip bomb, which unpacks a small file to gigabytes, does not.
 */
export const MAX_DOCX_UNPACKED_BYTES = 20 * MAX_BODY_BYTES;

/** The UTF-8 size of a text, the unit of the limits above. */
export const utf8Bytes = (text: string): number => new TextEncoder().encode(text).byteLength;

/** A size for people: 312 KB, 1.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}
