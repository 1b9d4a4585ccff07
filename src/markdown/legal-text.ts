import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { ARTICLE_START, articleAnchor, parseDivision, type DivisionKind } from '../lib/articles';

/** Only policy documents are legal texts; a lesson quoting 第十条 keeps its paragraph as is. */
const isPolicy = (file: URL | undefined) => file !== undefined && /\/policies\//.test(file.pathname);

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Gives a legal text stable ASCII anchors: each article paragraph (第十九条, 第十条之一) gets
 * id="art-19" / "art-10-1" and its number becomes a link to itself; each 编/分编/章/节 heading
 * gets an id built from its numbers (part-2-ch-1-sec-3), so that links survive edits.
 */
export function legalText() {
  return defineHastPlugin({
    name: 'portal-legal-text',
    before(_root, ctx) {
      // Division numbers restart inside their parent (民法典: every 编 has its own 第一章).
      ctx.data.legal = { divisions: {} as Partial<Record<DivisionKind, number>>, seen: new Set<string>() };
    },
    element: {
      filter: ['p', ...HEADINGS],
      visit(node, ctx): Element | undefined {
        if (!isPolicy(ctx.fileURL)) return undefined;
        const state = ctx.data.legal as { divisions: Partial<Record<DivisionKind, number>>; seen: Set<string> };
        const text = ctx.textContent(node);
        if (node.tagName === 'p') return articleParagraph(node, text, state.seen);
        const division = parseDivision(text);
        if (!division) return undefined;
        state.divisions = nextDivisions(state.divisions, division.kind, division.number);
        const id = divisionId(state.divisions);
        if (state.seen.has(id)) return undefined;
        state.seen.add(id);
        ctx.setProperty(node, 'id', id);
        return undefined;
      },
    },
  });
}

const ORDER: DivisionKind[] = ['part', 'subpart', 'chapter', 'section'];
const PREFIX: Record<DivisionKind, string> = { part: 'part', subpart: 'subpart', chapter: 'ch', section: 'sec' };

/** Sets one division's number and forgets those nested inside it. */
function nextDivisions(current: Partial<Record<DivisionKind, number>>, kind: DivisionKind, number: number) {
  const next: Partial<Record<DivisionKind, number>> = {};
  for (const k of ORDER) {
    if (k === kind) {
      next[k] = number;
      break;
    }
    if (current[k] !== undefined) next[k] = current[k];
  }
  return next;
}

// Chapters are numbered within a 编, not a 分编, so the 分编 stays out of chapter ids.
function divisionId(divisions: Partial<Record<DivisionKind, number>>): string {
  const innermost = ORDER.filter((k) => divisions[k] !== undefined).at(-1)!;
  return ORDER.filter((k) => divisions[k] !== undefined && (k !== 'subpart' || innermost === 'subpart'))
    .map((k) => `${PREFIX[k]}-${divisions[k]}`)
    .join('-');
}

function articleParagraph(node: Element, text: string, seen: Set<string>): Element | undefined {
  const anchor = articleAnchor(text);
  const first = node.children[0];
  if (!anchor || seen.has(anchor) || first?.type !== 'text') return undefined;
  const label = ARTICLE_START.exec(first.value)?.[0];
  if (!label) return undefined;
  seen.add(anchor);
  const link: ElementContent = {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${anchor}`, className: ['app-article-link'] },
    children: [{ type: 'text', value: label }],
  };
  return {
    ...node,
    properties: { ...node.properties, id: anchor, className: ['app-article'] },
    children: [link, { type: 'text', value: first.value.slice(label.length) }, ...node.children.slice(1)],
  };
}
