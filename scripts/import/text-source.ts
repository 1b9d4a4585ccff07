import { ARTICLE_START, parseDivision } from '../../src/lib/articles.ts';
import { BLANK, trimLine } from './decode.ts';
import { splitTrailingDate } from './file-name.ts';
import { isDocNumberLine, isHistoryLine } from './history.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import { tidyHeading } from './markdown-source.ts';
import { readPromulgation } from './promulgation.ts';
import type { Block, ParsedDocument, Skip, SourceLine } from './types.ts';

/**
 * A bare line that is a division heading: 第一章 总则, 第二节 劳动合同的订立 (also with U+3000), 第一编总则.
 * A sentence that merely starts with 第二章 has punctuation and is longer.
 */
export function isDivisionLine(line: string): boolean {
  return parseDivision(line) !== undefined && line.length <= 40 && !/[。；;，,：:]/.test(line);
}

const TABLE_OF_CONTENTS = /^目[\s\u3000]*录$/;
const compact = (line: string) => line.replace(/[\s\u3000]+/g, '');

/**
 * Reads plain text (also what mammoth extracts from a .docx): the first non-empty line is the
 * title (after a promulgation order, when the text opens with one), dated lines under it (often
 * in parentheses, possibly over several lines) are the history, bare 第X章 lines become
 * headings, every other line is a paragraph.
 */
export function parseTextSource(text: string): ParsedDocument | Skip {
  return parseTextLines(text.split('\n'));
}

/** Reads lines of plain text, among which blocks already in Markdown (tables) pass unchanged. */
export function parseTextLines(source: readonly SourceLine[]): ParsedDocument | Skip {
  const lines = source
    .map((line) => (typeof line === 'string' ? trimLine(line) : line))
    .filter((line) => typeof line !== 'string' || !BLANK.test(line));
  // A promulgation order on top (北京市人民政府令 第290号 ……现予公布) is history, not the title.
  const leading = lines.findIndex((line) => typeof line !== 'string');
  const order = readPromulgation((leading === -1 ? lines : lines.slice(0, leading)) as string[]);
  const start = order?.length ?? 0;
  const titleAt = lines.findIndex((line, i) => i >= start && typeof line === 'string');
  if (titleAt === -1 && !order?.title) return { skip: 'no title (the file is empty)' };
  // The title line repeats the name the order gives; without that line the name is the title.
  const named =
    order?.title !== undefined && titleAt !== -1 && compact(lines[titleAt] as string) === compact(order.title);
  const titleLine = order?.title !== undefined && !named ? order.title : (lines[titleAt] as string);
  const title = splitTrailingDate(tidyHeading(titleLine)).name;

  const info: string[] = [...(order?.info ?? [])];
  let index = order?.title !== undefined && !named ? start : titleAt + 1;
  while (index < lines.length) {
    const line = lines[index]!;
    if (typeof line === 'string' && (isHistoryLine(line) || (info.length === 0 && isDocNumberLine(line)))) {
      // （2007年6月29日……通过 / 根据……修正） may be wrapped over several lines.
      let entry = line;
      while (/^[（(]/.test(entry) && !/[）)]$/.test(entry) && typeof lines[index + 1] === 'string')
        entry += lines[++index] as string;
      info.push(entry);
      index += 1;
    } else break;
  }
  // A table above the title (a letterhead laid out as one) stays, at the top of the body.
  const above = order ? [] : lines.slice(0, Math.max(0, titleAt));
  return { title, info, blocks: textBlocks([...above, ...lines.slice(index)]) };
}

/** Turns body lines into blocks, skipping a table of contents (目录) that repeats the headings. */
export function textBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let contents: string[] | undefined;
  for (const line of lines) {
    if (typeof line !== 'string') {
      contents = undefined;
      blocks.push({ kind: 'paragraph', text: line.markdown });
      continue;
    }
    if (TABLE_OF_CONTENTS.test(line)) {
      contents = [];
      continue;
    }
    if (contents) {
      // The table ends where its first entry comes round again, or at the first article.
      const again = contents.length > 0 && compact(line) === contents[0];
      if (!again && !ARTICLE_START.test(line) && (isDivisionLine(line) || line.length <= 30)) {
        contents.push(compact(line));
        continue;
      }
      contents = undefined;
    }
    if (isDivisionLine(line)) {
      blocks.push({ kind: 'heading', level: 2, text: escapeMarkdown(tidyHeading(line)) });
    } else {
      blocks.push({ kind: 'paragraph', text: escapeMarkdown(line) });
    }
  }
  return blocks;
}
