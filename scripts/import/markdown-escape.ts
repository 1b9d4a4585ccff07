// Plain text (.txt, .docx) becomes Markdown: characters that Markdown would read as markup are
// escaped so that the text shows exactly as written. Corpus .md files are Markdown already.

/** Escapes one line of plain text so that CommonMark renders it as the same text. */
export function escapeMarkdown(line: string): string {
  let text = line
    .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
    // &amp; or &#20013; would be read as character references.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // Block markers at the start of a line: headings, lists, thematic breaks, setext underlines.
  text = text.replace(/^([#+=-])/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  return text;
}
