import { ARTICLE_START, articleAnchor, articleKey, parseDivision, type DivisionKind } from './articles.ts';

/** A 编/分编/章/节 heading of a legal text, for its table of contents. */
export interface LegalHeading {
  depth: number;
  id: string;
  text: string;
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

// Chapters are numbered within a 编, not a 分编 (民法典), so the 分编 stays out of chapter ids.
function divisionId(divisions: Partial<Record<DivisionKind, number>>): string {
  const present = ORDER.filter((k) => divisions[k] !== undefined);
  const innermost = present.at(-1);
  return present
    .filter((k) => k !== 'subpart' || innermost === 'subpart')
    .map((k) => `${PREFIX[k]}-${divisions[k]}`)
    .join('-');
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();

// One pass in document order over headings and the paragraphs that open with an article number.
const BLOCKS = new RegExp(`<h([2-6])(?: id="[^"]*")?>([\\s\\S]*?)</h\\1>|<p>(${ARTICLE_START.source.slice(1)})`, 'g');

/**
 * Gives the rendered HTML of a legal text stable ASCII anchors: each article's number (第十九条,
 * 第十条之一) becomes a link to itself carrying id="art-19" / "art-10-1". The id sits on the
 * number, not the paragraph: Pagefind stores each anchor's text in the search fragment, and
 * the number alone keeps a long law's fragment to its text once instead of twice;
 * each 编/分编/章/节 heading gets an id built from its numbers (part-2-ch-1-sec-3), so links
 * survive edits to the wording. A string pass over the renderer's output: on the 1,584-law
 * corpus it costs far less than a Markdown plugin visiting every paragraph.
 */
export function anchorLegalText(html: string): { html: string; headings: LegalHeading[] } {
  const headings: LegalHeading[] = [];
  const seen = new Set<string>();
  let divisions: Partial<Record<DivisionKind, number>> = {};
  const out = html.replace(
    BLOCKS,
    (match, level: string | undefined, inner: string | undefined, label: string | undefined) => {
      if (label !== undefined) {
        const anchor = articleAnchor(label);
        if (!anchor || seen.has(anchor)) return match;
        seen.add(anchor);
        // The article's search key is indexed where the article begins (see articleKey).
        return `<p class="app-article"><a id="${anchor}" href="#${anchor}" class="app-article-link" data-pagefind-index-attrs="data-key" data-key="${articleKey(anchor)}">${label}</a>`;
      }
      const title = text(inner!);
      const division = parseDivision(title);
      if (!division) return match;
      divisions = nextDivisions(divisions, division.kind, division.number);
      const id = divisionId(divisions);
      if (seen.has(id)) return match;
      seen.add(id);
      headings.push({ depth: Number(level), id, text: title });
      return `<h${level} id="${id}">${inner}</h${level}>`;
    },
  );
  return { html: out, headings };
}
