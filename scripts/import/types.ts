// Shapes shared by the importer's steps: a source is parsed into a ParsedDocument, inferred
// into a Candidate, planned into an Entry, and each step may instead give a Skip.

/** What the importer writes when nothing names the issuer; editors fill it in. */
export const UNKNOWN_ISSUER = '未注明';

/** A block of the body, already in Markdown: headings keep their source level until normalised. */
export type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string };

/** A line of plain text to be read, or a block already in Markdown (a table from a .docx). */
export type SourceLine = string | { markdown: string };

/** What a source file says, before any inference. */
export interface ParsedDocument {
  title: string;
  /** A second H1 (民法典: 合同编), kept in the body as a plain paragraph. */
  subtitle?: string;
  /** Lines of the metadata block: history lines and whatever else came before the body. */
  info: string[];
  blocks: Block[];
  /** What reading the file changed or left out (encoding, pictures, tables), for the report. */
  warnings?: string[];
}

/** A file that will not become an entry, and why. */
export interface Skip {
  skip: string;
}

export const isSkip = (value: object): value is Skip => 'skip' in value;
