// A very long legal text (the 民法典: 1,260 articles, about 100 KB of gzipped HTML) is too much
// for a phone to take before the first article can be read. Such a document is served as a
// contents page plus one page per 编 (cut further by 分编 or groups of 章 where one 编 is still
// too long), each within a phone's first-screen budget. These functions decide the cut on the
// anchored HTML (src/lib/legal-html.ts), which they leave unchanged: joined in order, the parts'
// own text is the document's text.
import { gzipSync } from 'node:zlib';
import { anchorLegalText, type LegalHeading } from './legal-html.ts';
import { t } from './i18n.ts';

/**
 * Gzipped bytes (level 9, as bench:pages measures) of legal text one page may carry. A policy
 * page without text weighs about 9 KB of gzipped HTML and its stylesheet 7 KB; 12 KB of text
 * keeps a part's HTML and CSS within the 30 KB that a phone's first screen may cost
 * (tests/corpus/corpus-site.test.ts measures every part of the 民法典). A document whose whole
 * text is within it stays one page.
 */
export const PART_TEXT_BUDGET = 12_000;

/** A division of the text: a heading with an id and everything up to the next heading of its level or above. */
interface Division {
  /** A path-safe name: the heading's id, or one given to an unnumbered heading (附则 → supplementary). */
  id: string;
  /** The heading's id in the HTML. */
  anchor: string;
  level: number;
  /** The heading's text (第一编 总则) and inner HTML. */
  text: string;
  inner: string;
  start: number;
  end: number;
  parent: Division | undefined;
  children: Division[];
}

/** An article of a part or a division: its anchor (art-10-1), label (第十条之一) and number (10). */
export interface ArticleRef {
  anchor: string;
  label: string;
  number: number;
}

/** One page of a split document. */
export interface DocumentPart {
  /** Its path segment below the document's page: the id of the division it opens with (part-3-subpart-2). */
  slug: string;
  /** What it holds, e.g. 第三编 合同 第二分编 典型合同 第九章至第十四章. */
  label: string;
  /** Its text, opened by the (id-less) headings of the divisions it continues, so that it reads in context. */
  html: string;
  /** The 编/分编/章/节 headings inside it, for its own table of contents. */
  headings: LegalHeading[];
  first: ArticleRef | undefined;
  last: ArticleRef | undefined;
}

/** A line of the contents page: a 编, 分编 or 章, the part holding it and its article range. */
export interface ContentsLine {
  depth: number;
  id: string;
  /** The heading's id in the part's HTML. */
  anchor: string;
  text: string;
  /** Slug of the part holding its heading. */
  part: string;
  first: ArticleRef | undefined;
  last: ArticleRef | undefined;
}

export interface SplitDocument {
  parts: DocumentPart[];
  contents: ContentsLine[];
}

const gzipSize = (html: string) => gzipSync(html, { level: 9 }).length;

const HEADING = /<h([2-6]) id="([^"]+)">([\s\S]*?)<\/h\1>/g;
const ARTICLE = /<a id="(art-(\d+)(?:-\d+)?)" href="#[^"]+" class="app-article-link"[^>]*>([^<]*)<\/a>/g;

function articles(html: string): ArticleRef[] {
  return [...html.matchAll(ARTICLE)].map((m) => ({ anchor: m[1]!, number: Number(m[2]), label: m[3]! }));
}

/** The number word of a heading: 第九章 of 第九章 借款合同. */
const numberWord = (text: string) => text.split(/\s+/)[0] ?? text;

/**
 * The divisions of the text as a tree. Division headings carry the ids anchorLegalText gave
 * them; an unnumbered heading at the level of the outermost division (the 民法典's closing 附则)
 * is one too, under a stable ASCII id, so that it is not swallowed by the 编 before it.
 */
function divisionTree(html: string, headings: readonly LegalHeading[]): Division[] {
  const ids = new Set(headings.map((h) => h.id));
  const top = Math.min(...headings.map((h) => h.depth));
  const found: Division[] = [];
  for (const m of html.matchAll(HEADING)) {
    const level = Number(m[1]);
    const inner = m[3]!;
    const text = inner.replace(/<[^>]+>/g, '').trim();
    const division = ids.has(m[2]!);
    if (!division && level > top) continue;
    const id = division
      ? m[2]!
      : text === '附则'
        ? 'supplementary'
        : `unnumbered-${found.filter((d) => !ids.has(d.anchor)).length + 1}`;
    found.push({
      id,
      anchor: m[2]!,
      level,
      text,
      inner,
      start: m.index,
      end: html.length,
      parent: undefined,
      children: [],
    });
  }
  const roots: Division[] = [];
  const open: Division[] = [];
  for (const division of found) {
    while (open.length && open.at(-1)!.level >= division.level) open.pop()!.end = division.start;
    const parent = open.at(-1);
    division.parent = parent;
    (parent ? parent.children : roots).push(division);
    open.push(division);
  }
  return roots;
}

const ancestors = (division: Division): Division[] => {
  const list: Division[] = [];
  for (let up = division.parent; up; up = up.parent) list.unshift(up);
  return list;
};

/** A run of sibling divisions kept on one page, and the division whose heading opens it. */
interface Group {
  start: number;
  end: number;
  divisions: Division[];
  opener: Division;
}

/**
 * Cuts `html` into parts within `budget` (gzip bytes), or returns undefined when the text fits
 * one page or has no divisions to cut at. Each 编 gets pages of its own; inside a 编 that is too
 * long, consecutive 分编 or 章 share a page while they fit, and one that does not is cut by its
 * own divisions (章, then 节) in turn. Unnumbered divisions after the 编 (附则, 附件) share a page.
 * A division with nothing inside to cut at stays whole, whatever its length.
 */
export function splitLegalText(
  html: string,
  headings: readonly LegalHeading[],
  budget = PART_TEXT_BUDGET,
): SplitDocument | undefined {
  // Gzip never grows a text by more than its header and a few bytes a block: a short text fits unmeasured.
  if (headings.length === 0 || Buffer.byteLength(html) + 64 <= budget || gzipSize(html) <= budget) return undefined;
  const roots = divisionTree(html, headings);
  if (roots.length === 0) return undefined;
  // The packing below measures the same runs of divisions again and again (the search for an even
  // cut refills the same run): each run is compressed once.
  const sizes = new Map<number, number>();
  const size = (start: number, end: number) => {
    const key = start * 2 ** 26 + end;
    let bytes = sizes.get(key);
    if (bytes === undefined) sizes.set(key, (bytes = gzipSize(html.slice(start, end))));
    return bytes;
  };

  const single = (division: Division): Group => ({
    start: division.start,
    end: division.end,
    divisions: [division],
    opener: division,
  });
  // Consecutive divisions, each within the budget, packed in order into groups within `limit`.
  const fill = (run: Division[], limit: number): Group[] => {
    const groups: Group[] = [];
    for (const division of run) {
      const current = groups.at(-1);
      if (current && size(current.start, division.end) <= limit) {
        current.end = division.end;
        current.divisions.push(division);
      } else groups.push(single(division));
    }
    return groups;
  };
  // As many groups as filling up to the budget gives, but evened out: the smallest limit that
  // needs no more groups, so that a 分编 is not cut into a full page and a page of one short 章.
  const even = (run: Division[]): Group[] => {
    const greedy = fill(run, budget);
    if (greedy.length < 2) return greedy;
    let low = Math.floor(budget / greedy.length);
    let high = budget;
    while (high - low > 200) {
      const mid = Math.floor((low + high) / 2);
      if (fill(run, mid).length <= greedy.length) high = mid;
      else low = mid;
    }
    return fill(run, high);
  };
  // 编 stand alone; other divisions (章, 分编, the 附则 and 附件 after the 编) share pages.
  const isPart = (division: Division) => /^part-\d+$/.test(division.id);
  const pack = (siblings: Division[]): Group[] => {
    const groups: Group[] = [];
    let run: Division[] = [];
    const flush = () => {
      groups.push(...even(run));
      run = [];
    };
    for (const division of siblings) {
      if (division.children.length > 0 && size(division.start, division.end) > budget) {
        flush();
        const inner = pack(division.children);
        // The division's heading and any text before its first child open its first group.
        inner[0]!.start = division.start;
        inner[0]!.opener = division;
        groups.push(...inner);
      } else if (isPart(division)) {
        flush();
        groups.push(single(division));
      } else run.push(division);
    }
    flush();
    return groups;
  };
  const groups = pack(roots);
  // Text before the first division (a preamble) opens the first part.
  groups[0]!.start = 0;
  if (groups.length < 2) return undefined;

  const parts: DocumentPart[] = groups.map((group) => {
    const [first] = group.divisions;
    const lineage = ancestors(first!);
    const { opener } = group;
    // Headings of the divisions this part continues, without ids (those stay on the part that opens them).
    const context = ancestors(opener)
      .map((d) => `<h${d.level}>${d.inner}</h${d.level}>`)
      .join('');
    const own = html.slice(group.start, group.end);
    const last = group.divisions.at(-1)!;
    const held = group.divisions.length === 1 ? first!.text : `${numberWord(first!.text)}至${numberWord(last.text)}`;
    const refs = articles(own);
    return {
      slug: opener.id,
      label: [...lineage.map((d) => d.text), held].join(' '),
      html: context + own,
      headings: headings.filter((h) => own.includes(` id="${h.id}"`)),
      first: refs[0],
      last: refs.at(-1),
    };
  });

  const partAt = (offset: number) =>
    parts[groups.findLastIndex((group) => group.start <= offset)]?.slug ?? parts[0]!.slug;
  const slugs = new Set(parts.map((part) => part.slug));
  const contents: ContentsLine[] = [];
  const walk = (divisions: Division[], depth: number) => {
    for (const division of divisions) {
      const refs = articles(html.slice(division.start, division.end));
      contents.push({
        depth,
        id: division.id,
        anchor: division.anchor,
        text: division.text,
        part: partAt(division.start),
        first: refs[0],
        last: refs.at(-1),
      });
      // Sections (节) would make the contents of a long law several screens long: they are
      // listed only where a chapter is cut between parts, so that every part has a line.
      const cut = division.children.some((child) => slugs.has(child.id));
      walk(
        division.children.filter((child) => cut || !/-sec-\d+$/.test(child.id)),
        depth + 1,
      );
    }
  };
  walk(roots, 0);
  // Numbered articles before the first division (some rules open with 第一条 to 第五条 and only
  // then 第二章) get a line of their own: the contents list every article, and the contents page
  // forwards their old addresses.
  const preamble = articles(html.slice(0, roots[0]?.start ?? html.length));
  if (preamble.length > 0)
    contents.unshift({
      depth: 0,
      id: 'preamble',
      anchor: preamble[0]!.anchor,
      text: t('policy.parts.preamble'),
      part: parts[0]!.slug,
      first: preamble[0],
      last: preamble.at(-1),
    });
  return { parts, contents };
}

export interface PolicyText {
  /** The anchored HTML and its headings; undefined for an MDX policy, which renders as written. */
  legal: { html: string; headings: LegalHeading[] } | undefined;
  /** Its parts, when the text is too long for one page. */
  split: SplitDocument | undefined;
}

/** Split documents' texts, kept for the build: their contents page and every part ask. */
const splitTexts = new Map<string, PolicyText>();
/** Which documents are not split (a word each), so that the question is answered once. */
const whole = new Set<string>();
/**
 * The last few whole texts: a page asks for its text more than once while it renders (its body,
 * its citations to its own articles), but holding every text until the build ends would hold a
 * second copy of the whole corpus (a gigabyte at 10,000 documents).
 */
const recent = new Map<string, PolicyText>();
const RECENT = 4;

/**
 * A policy's anchored text and its parts. A split document's is computed once per build (its
 * contents page, every part and the links to its articles ask); an unsplit one's is kept only
 * while its page renders.
 */
export function policyText(policy: { id: string; rendered?: { html?: string } | undefined }): PolicyText {
  const html = policy.rendered?.html;
  const key = `${policy.id}\u0000${html?.length ?? -1}`;
  const known = splitTexts.get(key) ?? recent.get(key);
  if (known) return known;
  const legal = html === undefined ? undefined : anchorLegalText(html);
  const text: PolicyText = {
    legal,
    split: legal && !whole.has(key) ? splitLegalText(legal.html, legal.headings) : undefined,
  };
  if (text.split) splitTexts.set(key, text);
  else {
    whole.add(key);
    recent.set(key, text);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  return text;
}
