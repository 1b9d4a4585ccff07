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

/**
 * Most characters on one line of a body: 20,000. The longest real line in the law corpus is
 * 8,088 characters (a table in 飞行基本规则); a single line of megabytes, which no editor writes
 * by hand, kept the search indexer busy for over ten minutes.
 */
export const MAX_LINE_CHARS = 20_000;

/**
 * What makes a body too big for the site, or undefined when it fits. The importer and the build
 * both ask; `firstLine` is the number of the body's first line in its file, for the message.
 */
export function bodyProblem(body: string, firstLine = 1): string | undefined {
  const size = utf8Bytes(body);
  if (size > MAX_BODY_BYTES)
    return `body too large: ${formatBytes(size)} of text (limit ${formatBytes(MAX_BODY_BYTES)}); split the document or attach it as a file`;
  let start = 0;
  let line = firstLine;
  while (start <= body.length) {
    const end = body.indexOf('\n', start);
    const length = (end === -1 ? body.length : end) - start;
    if (length > MAX_LINE_CHARS)
      return `line ${line} has ${length.toLocaleString('en')} characters (limit ${MAX_LINE_CHARS.toLocaleString('en')}); break it into paragraphs`;
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return undefined;
}

/** The UTF-8 size of a text, the unit of the limits above. */
export const utf8Bytes = (text: string): number => new TextEncoder().encode(text).byteLength;

/** A size for people: 312 KB, 1.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}
