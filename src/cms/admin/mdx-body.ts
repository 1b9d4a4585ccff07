import { CONTENT_COMPONENTS, type ContentComponent } from '../../lib/content-components';

/**
 * A lesson body cut into Markdown and the site's components (<KeyPoints>, <Question>), so that
 * the CMS preview can draw each component as the site's box around its own Markdown. Decap's
 * Markdown preview knows no MDX: it would drop the tags and run the boxes' text into the rest.
 * Tags inside code (fenced blocks, inline code) are text, as in MDX, and MDX comments
 * ({/* … *\/}) show nowhere, as on the site.
 */

export type BodyPart =
  | { kind: 'markdown'; text: string }
  | {
      kind: 'box';
      component: ContentComponent;
      /** The title attribute; the box's default heading when absent. */
      title: string | undefined;
      parts: BodyPart[];
    };

const NAMES = Object.keys(CONTENT_COMPONENTS).join('|');
const TAG = new RegExp(`<(\\/?)(${NAMES})((?:\\s+[A-Za-z][\\w-]*(?:\\s*=\\s*(?:"[^"]*"|'[^']*'))?)*)\\s*(\\/?)>`, 'g');
const TITLE = /(?:^|\s)title\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;
// A fenced block runs to a closing fence of the same character at least as long, or to the end.
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
const INLINE_CODE = /(`+)[^`\n]+?\1/g;

/** Where code is: [start, end) spans in which tags and comments are text. */
function codeSpans(body: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of body.matchAll(FENCE)) spans.push([m.index, m.index + m[0].length]);
  for (const m of body.matchAll(INLINE_CODE)) {
    const at = m.index;
    if (!spans.some(([from, to]) => at >= from && at < to)) spans.push([at, at + m[0].length]);
  }
  return spans;
}

interface Token {
  at: number;
  length: number;
  tag?: { closing: boolean; name: ContentComponent; title: string | undefined; selfClosing: boolean };
}

function tokens(body: string): Token[] {
  const code = codeSpans(body);
  const outside = (at: number) => !code.some(([from, to]) => at >= from && at < to);
  const found: Token[] = [];
  for (const m of body.matchAll(COMMENT)) if (outside(m.index)) found.push({ at: m.index, length: m[0].length });
  for (const m of body.matchAll(TAG)) {
    if (!outside(m.index) || found.some((t) => m.index >= t.at && m.index < t.at + t.length)) continue;
    const title = TITLE.exec(m[3] ?? '');
    found.push({
      at: m.index,
      length: m[0].length,
      tag: {
        closing: m[1] === '/',
        name: m[2] as ContentComponent,
        title: title ? (title[1] ?? title[2]) : undefined,
        selfClosing: m[4] === '/',
      },
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

type Box = Extract<BodyPart, { kind: 'box' }>;

/** The body's parts in order; Markdown that is only blank lines is left out. */
export function splitMdxBody(body: string): BodyPart[] {
  const root: BodyPart[] = [];
  const open: Box[] = [];
  const current = () => open.at(-1)?.parts ?? root;
  const addText = (text: string) => {
    if (!text) return;
    const parts = current();
    const last = parts.at(-1);
    if (last?.kind === 'markdown') last.text += text;
    else parts.push({ kind: 'markdown', text });
  };
  let at = 0;
  for (const token of tokens(body)) {
    addText(body.slice(at, token.at));
    at = token.at + token.length;
    const tag = token.tag;
    if (!tag) continue;
    if (!tag.closing) {
      const box: Box = { kind: 'box', component: tag.name, title: tag.title, parts: [] };
      current().push(box);
      if (!tag.selfClosing) open.push(box);
      continue;
    }
    // A closing tag closes the innermost box of its name (and any left open inside it); one
    // that closes nothing is dropped, as the tag alone would show nothing either.
    const index = open.map((b) => b.component).lastIndexOf(tag.name);
    if (index >= 0) open.length = index;
  }
  addText(body.slice(at));
  return prune(root);
}

function prune(parts: BodyPart[]): BodyPart[] {
  return parts
    .filter((part) => part.kind === 'box' || part.text.trim() !== '')
    .map((part) => (part.kind === 'box' ? { ...part, parts: prune(part.parts) } : part));
}
