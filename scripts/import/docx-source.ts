import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { formatBytes, MAX_DOCX_UNPACKED_BYTES } from '../../src/lib/content-limits.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import type { Skip, SourceLine } from './types.ts';
import { removedWarning, stripUnsafeChars } from '../../src/lib/unsafe-chars.ts';
import { isZipError, readZipDirectory, unpackEntry } from './zip.ts';

/** What a .docx holds, ready to be read like a text file, and what could not come along. */
export interface DocxContent {
  /** Paragraphs as lines of plain text; tables as Markdown blocks. */
  lines: SourceLine[];
  /** For the report: pictures left out, tables converted, characters removed. */
  warnings: string[];
}

// mammoth's document tree, as far as it is read here.
interface DocxElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocxElement[];
  colSpan?: number;
  rowSpan?: number;
  altText?: string;
}

// Only the XML parts are unpacked: pictures, embedded files and fonts are never imported, so
// they are neither inflated nor counted against the limit.
const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

/** Unpacks the XML parts within the size limit and packs them again, uncompressed, for mammoth. */
function boundedCopy(bytes: Uint8Array): Uint8Array | Skip {
  const parts = readZipDirectory(bytes).filter((entry) => isXmlPart(entry.name));
  const declared = parts.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > MAX_DOCX_UNPACKED_BYTES) {
    const largest = parts.reduce((a, b) => (b.size > a.size ? b : a));
    return {
      skip: `.docx too large unpacked: ${formatBytes(declared)} (limit ${formatBytes(MAX_DOCX_UNPACKED_BYTES)}; ${largest.name} alone ${formatBytes(largest.size)})`,
    };
  }
  const files: Record<string, Uint8Array> = {};
  for (const entry of parts) files[entry.name] = unpackEntry(bytes, entry);
  // Stored, not deflated: mammoth's zip reader then copies bytes whose size is already known.
  return zipSync(files, { level: 0 });
}

const plainText = (element: DocxElement): string => {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  // A line break inside a paragraph (Shift+Enter) separates lines as a paragraph end does.
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(plainText).join('');
};

/** A table cell's text on one line: its paragraphs joined by spaces. */
const cellText = (cell: DocxElement) =>
  plainText(cell)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');

/**
 * A table as a GFM table: the first row is the header; merged cells keep the grid (the merged
 * text in the first cell, the others empty), since Markdown has no spans.
 */
export function tableToMarkdown(table: DocxElement): string {
  const rows: string[][] = [];
  // Rows still covered by a vertically merged cell above, per column.
  const covered: number[] = [];
  for (const row of (table.children ?? []).filter((r) => r.type === 'tableRow')) {
    const cells: string[] = [];
    const fillCovered = () => {
      while ((covered[cells.length] ?? 0) > 0) {
        covered[cells.length]! -= 1;
        cells.push('');
      }
    };
    for (const cell of (row.children ?? []).filter((c) => c.type === 'tableCell')) {
      fillCovered();
      const span = Math.max(1, cell.colSpan ?? 1);
      for (let k = 0; k < span; k += 1) {
        covered[cells.length] = Math.max(0, (cell.rowSpan ?? 1) - 1);
        cells.push(k === 0 ? escapeMarkdown(cellText(cell)) : '');
      }
    }
    fillCovered();
    rows.push(cells);
  }
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`.replace(/ {2}\|/g, ' |');
  return [line(rows[0]!), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

const quote = (text: string) => `“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”`;

/** Walks mammoth's document: paragraphs to lines, tables to Markdown, pictures and notes counted. */
function collect(document: DocxElement): { lines: SourceLine[]; tables: number; images: string[]; notes: number } {
  const lines: SourceLine[] = [];
  const images: string[] = [];
  let tables = 0;
  let notes = 0;
  const lastLine = () => {
    const last = lines.findLast((line) => typeof line === 'string' && line.trim() !== '');
    return typeof last === 'string' ? last.trim() : undefined;
  };
  const countLeftOut = (element: DocxElement) => {
    if (element.type === 'image') {
      const where = lastLine();
      images.push(where ? `after ${quote(where)}` : 'at the start');
    }
    if (element.type === 'noteReference') notes += 1;
    (element.children ?? []).forEach(countLeftOut);
  };
  const visit = (element: DocxElement) => {
    if (element.type === 'paragraph') {
      countLeftOut(element);
      lines.push(...plainText(element).split('\n'));
    } else if (element.type === 'table') {
      countLeftOut(element);
      tables += 1;
      const markdown = tableToMarkdown(element);
      if (markdown) lines.push({ markdown });
    } else (element.children ?? []).forEach(visit);
  };
  visit(document);
  return { lines, tables, images, notes };
}

/**
 * Reads a .docx: paragraphs become lines of plain text, to be read like a .txt file (headings
 * styled in Word come out as bare lines, 第一章 总则, and are found again by their wording, which
 * is more dependable than authors' use of styles); tables become GFM tables. Pictures are not
 * imported, and the warnings say how many and where. The zip is checked against the size limit
 * before anything is unpacked.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent | Skip> {
  let document: DocxElement | undefined;
  try {
    const copy = boundedCopy(bytes);
    if ('skip' in copy) return copy;
    await mammoth.convertToHtml(
      { buffer: Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength) },
      {
        // The tree is all that is needed; an empty one is handed back so that no HTML is made
        // and no picture is ever read.
        transformDocument: (element: DocxElement) => {
          document = element;
          return { ...element, children: [] };
        },
      },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { skip: `cannot read .docx: ${isZipError(error) ? `broken zip: ${message}` : message}` };
  }
  if (!document) return { skip: 'cannot read .docx: no document part' };

  const { lines, tables, images, notes } = collect(document);
  const removed: number[] = [];
  const clean = lines.flatMap((line): SourceLine[] => {
    const stripped = stripUnsafeChars(typeof line === 'string' ? line : line.markdown);
    removed.push(...stripped.removed);
    // A page break inside a paragraph became a newline: one line each.
    return typeof line === 'string' ? stripped.text.split('\n') : [{ markdown: stripped.text }];
  });
  const warnings: string[] = [];
  const removedNote = removedWarning(removed);
  if (removedNote) warnings.push(removedNote);
  if (tables > 0)
    warnings.push(
      `${tables} table${tables === 1 ? '' : 's'} converted to Markdown (first row as header; check merged cells)`,
    );
  if (images.length > 0) {
    const shown = images.slice(0, 3).join(', ') + (images.length > 3 ? ', …' : '');
    warnings.push(`${images.length} picture${images.length === 1 ? '' : 's'} not imported (图片未导入): ${shown}`);
  }
  if (notes > 0) warnings.push(`${notes} footnote${notes === 1 ? '' : 's'} not imported`);
  return { lines: clean, warnings };
}

/** The .docx as plain text, one paragraph a line, tables as Markdown: for tests and tools. */
export async function docxToText(bytes: Uint8Array): Promise<string | Skip> {
  const content = await readDocx(bytes);
  if ('skip' in content) return content;
  return content.lines.map((line) => (typeof line === 'string' ? line : line.markdown)).join('\n');
}
