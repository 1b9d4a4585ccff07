// What a printed handout for a branch meeting takes from a lesson and from a policy: the
// lesson's key points and discussion questions (its <KeyPoints> and <Question> boxes), and a
// policy's articles one by one so that the meeting can print only the ones it discusses.
import { splitMdxBody, type BodyPart } from '../cms/admin/mdx-body.ts';
import type { ContentComponent } from './content-components.ts';
import type { QuizItem } from '../schemas/lessons.ts';
import { t } from './i18n.ts';
import { markdownToHtml } from 'satteri';
import { sanitizeHtml } from './sanitize-html.ts';
import { SITE } from '../site.config.ts';

/** The letter of option `n` (counting from 1): 1 → A. */
export const optionLetter = (n: number): string => String.fromCharCode(64 + n);

/** A self-check question's right answer as the lesson page and the handout's answer page write it: B, A、C、D, 正确. */
export function answerText(item: QuizItem): string {
  if (item.type === 'truefalse') return t(item.answer ? 'lesson.quiz.true' : 'lesson.quiz.false');
  return (Array.isArray(item.answer) ? item.answer : [item.answer]).map(optionLetter).join('、');
}

/** One box of a lesson body: its heading when the author gave one, and its Markdown. */
export interface HandoutBox {
  title: string | undefined;
  markdown: string;
}

/** The boxes of a lesson body that a handout prints, in the order they appear. */
export interface LessonBoxes {
  keyPoints: HandoutBox[];
  questions: HandoutBox[];
}

/**
 * The <KeyPoints> and <Question> boxes of an MDX lesson body, read as the CMS preview reads
 * them (tags inside code are text). A box inside another box is its own entry; an empty box
 * is left out, since a handout would print an empty frame for it.
 */
export function lessonBoxes(body: string): LessonBoxes {
  const found: Record<ContentComponent, HandoutBox[]> = { KeyPoints: [], Question: [] };
  const visit = (parts: BodyPart[]) => {
    for (const part of parts) {
      if (part.kind !== 'box') continue;
      const markdown = part.parts
        .filter((p) => p.kind === 'markdown')
        .map((p) => p.text.trim())
        .join('\n\n');
      if (markdown) found[part.component].push({ title: part.title, markdown });
      visit(part.parts);
    }
  };
  visit(splitMdxBody(body));
  return { keyPoints: found.KeyPoints, questions: found.Question };
}

/**
 * A box's Markdown as HTML, through the same sanitizer as every body of the site (the lesson
 * has passed it as a whole already; its boxes pass again on their own). `file` names the
 * lesson in what `report` receives for each removal.
 */
export function boxHtml(
  markdown: string,
  file: string,
  report: (message: string) => void = (message) => console.warn(`[handout] ${message}`),
): string {
  const plugin = sanitizeHtml({
    frameOrigins: SITE.frameOrigins,
    siteOrigin: new URL(SITE.url).origin,
    frameTitle: t('embed.frameTitle'),
    report,
  });
  const { html } = markdownToHtml(markdown, {
    hastPlugins: [plugin],
    features: { gfm: true, rawHtml: true },
    fileURL: new URL(file, 'file:///'),
  }) as { html: string };
  return html;
}

/** A piece of a policy's rendered text: an article (第十九条 with its items), a heading, or other text. */
export type PolicyPiece =
  { kind: 'article'; anchor: string; label: string; html: string } | { kind: 'heading' | 'text'; html: string };

// An article opens at its anchored paragraph (src/lib/legal-html.ts); a heading ends it.
const ARTICLE = /<p class="app-article"><a id="([^"]+)" href="#[^"]+" class="app-article-link"[^>]*>([^<]*)<\/a>/g;
const HEADING = /<h[1-6][\s>][\s\S]*?<\/h[1-6]>/g;

/**
 * Cuts a policy's anchored HTML (anchorLegalText's output) into its articles, headings and the
 * text between them, in order; joined again they are the HTML unchanged. An article runs from
 * its number to the next article or heading, so its items (（一）（二）) stay with it.
 */
export function policyPieces(html: string): PolicyPiece[] {
  const starts: { at: number; end: number; piece: 'article' | 'heading'; anchor?: string; label?: string }[] = [];
  for (const m of html.matchAll(ARTICLE))
    starts.push({ at: m.index, end: m.index, piece: 'article', anchor: m[1]!, label: m[2]! });
  for (const m of html.matchAll(HEADING)) starts.push({ at: m.index, end: m.index + m[0].length, piece: 'heading' });
  starts.sort((a, b) => a.at - b.at);
  const pieces: PolicyPiece[] = [];
  const addText = (text: string) => {
    if (text.trim()) pieces.push({ kind: 'text', html: text });
  };
  let at = 0;
  let open: { anchor: string; label: string; from: number } | undefined;
  const closeArticle = (to: number) => {
    if (open) pieces.push({ kind: 'article', anchor: open.anchor, label: open.label, html: html.slice(open.from, to) });
    else addText(html.slice(at, to));
    open = undefined;
    at = to;
  };
  for (const start of starts) {
    closeArticle(start.at);
    if (start.piece === 'heading') {
      pieces.push({ kind: 'heading', html: html.slice(start.at, start.end) });
      at = start.end;
    } else {
      open = { anchor: start.anchor!, label: start.label!, from: start.at };
    }
  }
  closeArticle(html.length);
  return pieces;
}
