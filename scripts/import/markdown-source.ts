import { ARTICLE_START, ITEM_START } from '../../src/lib/articles.ts';
import { BLANK, trimLine } from './decode.ts';
import { splitTrailingDate } from './file-name.ts';
import { isHistoryLine } from './history.ts';
import type { Block, ParsedDocument, Skip } from './types.ts';

const FRONT_MATTER = /^(?:[ \t]*\n)*---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/;
const INFO_END = /<!--\s*INFO END\s*-->/;
const COMMENT = /<!--[\s\S]*?-->/g;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/**
 * Collapses spacing in titles and headings (double, full-width): 第一章  总则 → 第一章 总则; in a
 * division's name, spacing that only stretched it in print goes: 第一章 总 则 → 第一章 总则.
 */
export function tidyHeading(text: string): string {
  const tidy = trimLine(text).replace(/[\s\u3000]+/g, ' ');
  const label = DIVISION_LABEL.exec(tidy)?.[0];
  if (!label) return tidy;
  const name = tidy
    .slice(label.length)
    .trim()
    .replace(/(?<=[\u4e00-\u9fa5]) (?=[\u4e00-\u9fa5])/g, '');
  return name ? `${label.trim()} ${name}` : label.trim();
}

const DIVISION_LABEL = /^第\s*[〇零一二两三四五六七八九十百千\d]+\s*(?:分编|编|章|节)/;

/**
 * Reads a corpus Markdown file: the title H1, an optional subtitle H1, the metadata block up to
 * <!-- INFO END --> (or, without the marker, the dated lines under the title), then the body.
 * Front matter and HTML comments are dropped.
 */
export function parseMarkdownSource(source: string): ParsedDocument | Skip {
  const text = source.replace(FRONT_MATTER, '');
  const marker = INFO_END.exec(text);
  const head = (marker ? text.slice(0, marker.index) : text).replace(COMMENT, '').split('\n');
  let index = head.findIndex((line) => !BLANK.test(line));
  const titleMatch = index === -1 ? undefined : ATX.exec(head[index]!);
  if (!titleMatch || titleMatch[1] !== '#' || !titleMatch[2])
    return { skip: 'no title (the file must start with a "# " heading)' };
  const title = splitTrailingDate(tidyHeading(titleMatch[2])).name;

  index += 1;
  while (index < head.length && BLANK.test(head[index]!)) index += 1;
  const subtitleMatch = index < head.length ? ATX.exec(head[index]!) : undefined;
  const subtitle = subtitleMatch?.[1] === '#' && subtitleMatch[2] ? tidyHeading(subtitleMatch[2]) : undefined;
  if (subtitle) index += 1;

  const info: string[] = [];
  let bodyLines: string[];
  if (marker) {
    info.push(
      ...head
        .slice(index)
        .map(trimLine)
        .filter((line) => line !== ''),
    );
    bodyLines = text
      .slice(marker.index + marker[0].length)
      .replace(COMMENT, '')
      .split('\n');
  } else {
    // No marker: the history block is the run of dated lines right under the title.
    while (index < head.length && (BLANK.test(head[index]!) || isHistoryLine(head[index]!))) {
      if (!BLANK.test(head[index]!)) info.push(trimLine(head[index]!));
      index += 1;
    }
    bodyLines = head.slice(index);
  }
  return subtitle
    ? { title, subtitle, info, blocks: markdownBlocks(bodyLines) }
    : { title, info, blocks: markdownBlocks(bodyLines) };
}

/**
 * Groups body lines into headings and paragraphs. Every article and every item （一） starts a
 * paragraph of its own, even without a blank line before it, so it never runs into the one above.
 */
export function markdownBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const raw of lines) {
    if (BLANK.test(raw)) {
      flush();
      continue;
    }
    const heading = ATX.exec(raw);
    if (heading) {
      flush();
      // An empty "##" (民法典 附则) carries nothing.
      if (heading[2] && !BLANK.test(heading[2]))
        blocks.push({ kind: 'heading', level: heading[1]!.length, text: tidyHeading(heading[2]) });
      continue;
    }
    const line = trimLine(raw);
    if (ARTICLE_START.test(line) || ITEM_START.test(line)) flush();
    paragraph.push(line);
  }
  flush();
  return blocks;
}
