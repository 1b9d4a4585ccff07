import { ARTICLE_START, articleAnchor } from '../../src/lib/articles.ts';
import type { PolicyCategory, PolicyStatus } from '../../src/schemas/policies.ts';
import { categoryFromFolders, categoryFromIssuer, issuerFallback } from './category.ts';
import { normaliseHeadings } from './headings.ts';
import {
  docNumberIn,
  effectiveFromHistory,
  firstEventVerb,
  isDocNumberLine,
  isRepeal,
  issuerFromHistory,
  readHistory,
  readLeadingDate,
} from './history.ts';
import { generateSummary } from './summary.ts';
import { UNKNOWN_ISSUER, type Block, type ParsedDocument, type Skip } from './types.ts';

export { UNKNOWN_ISSUER };

/** Where a document sits and when the import runs. */
export interface InferContext {
  /** Path relative to the import root, with forward slashes. */
  source: string;
  /** Folders from the import root's own name down to the file's folder. */
  folders: string[];
  /** The date in the source file name: 慈善法(2016-03-16).md. */
  fileDate?: string;
  /** The import date, YYYY-MM-DD, for 尚未施行. */
  today: string;
}

/** Everything known about one document before slugs and versions are settled. */
export interface Candidate {
  source: string;
  title: string;
  fileDate?: string;
  /** Orders versions of one title: the file name's date, else the last history date. */
  versionDate: string;
  docNumber?: string;
  issuer: string;
  /** Absent when neither the history nor the file name gives a date (some 案例). */
  issueDate?: string;
  effectiveDate?: string;
  status: PolicyStatus;
  category: PolicyCategory;
  summary: string;
  body: string;
  /** Fields inferred by a fallback or generated, for the report: "issuer from category". */
  notes: string[];
}

/** The title of a document: with a subtitle (民法典's parts) both, so that parts differ. */
export const fullTitle = (doc: ParsedDocument) => (doc.subtitle ? `${doc.title} ${doc.subtitle}` : doc.title);

const SELF = '本(?:法|条例|规定|办法|解释|细则|决定|规则|标准|准则|意见|通知|实施办法|修正案)';
const EFFECTIVE_IN_TEXT = new RegExp(
  `${SELF}[^。]*?自\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*起(?:施行|生效|执行)`,
);

const ISSUERS_IN_TEXT = /最高人民法院|最高人民检察院|国务院/;

/** The issuer a document's opening paragraphs name: 根据最高人民法院《…》 → 最高人民法院. */
export function issuerFromBody(blocks: readonly Block[]): { issuer: string; note: string } | undefined {
  for (const block of blocks.slice(0, 3)) {
    const match = block.kind === 'paragraph' ? ISSUERS_IN_TEXT.exec(block.text) : null;
    if (match) return { issuer: match[0], note: 'issuer from opening text' };
  }
  return undefined;
}

/** 本法自2008年1月1日起施行 in an article: the last article that says so about the document itself. */
export function effectiveFromArticles(blocks: readonly Block[]): string | undefined {
  let found: string | undefined;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || !ARTICLE_START.test(block.text)) continue;
    const match = EFFECTIVE_IN_TEXT.exec(block.text);
    const date = match ? readLeadingDate(match[1]!)?.date : undefined;
    if (date) found = date;
  }
  return found;
}

/** Distinct articles (第十条之一 counts once and apart from 第十条). */
export function countArticles(blocks: readonly Block[]): number {
  const anchors = new Set<string>();
  for (const block of blocks) {
    const anchor = block.kind === 'paragraph' ? articleAnchor(block.text) : undefined;
    if (anchor) anchors.add(anchor);
  }
  return anchors.size;
}

/** The body as Markdown: the subtitle as a plain paragraph, then blocks with levelled headings. */
export function renderBody(doc: ParsedDocument): string {
  const blocks = normaliseHeadings(doc.blocks);
  const parts = doc.subtitle ? [doc.subtitle] : [];
  for (const block of blocks)
    parts.push(block.kind === 'heading' ? `${'#'.repeat(block.level)} ${block.text}` : block.text);
  return parts.join('\n\n');
}

/**
 * Infers an entry's frontmatter from a parsed document: category from its folder, issuer from
 * the history (else the category's usual issuer), dates, status and a generated summary.
 * A document with no known date is imported without one; with no known issuer, the body's
 * first mention of a court or the State Council, else 未注明. Both are reported.
 */
export function inferCandidate(doc: ParsedDocument, context: InferContext): Candidate | Skip {
  const notes: string[] = ['summary generated'];
  const title = fullTitle(doc);
  const history = readHistory(doc.info);

  const guess = categoryFromFolders(context.folders);
  // Noted once the issuer is known, which may give the category after all.
  const categoryNote = notes.length;

  const issueDate = history[0]?.date ?? context.fileDate;
  if (!issueDate) notes.push('issueDate unknown (no history line, no date in the file name)');
  else if (!history[0]) notes.push('issueDate from file name');

  let issuer = issuerFromHistory(history, doc.info);
  if (!issuer) {
    const fallback = issuerFallback(guess, title) ?? issuerFromBody(doc.blocks);
    issuer = fallback?.issuer ?? UNKNOWN_ISSUER;
    notes.push(fallback?.note ?? `issuer unknown (${UNKNOWN_ISSUER})`);
  }

  let effectiveDate = effectiveFromHistory(history);
  if (!effectiveDate) {
    effectiveDate = effectiveFromArticles(doc.blocks);
    if (effectiveDate && effectiveDate !== issueDate) notes.push('effectiveDate from article text');
  }
  if (effectiveDate === issueDate) effectiveDate = undefined;

  const openingDocNumber = doc.blocks.slice(0, 5).find((b) => b.kind === 'paragraph' && isDocNumberLine(b.text));
  const docNumber = docNumberIn(doc.info) ?? (openingDocNumber ? docNumberIn([openingDocNumber.text]) : undefined);

  // When the folder says nothing, the issuer and title may: 地方性法规, 地方政府规章, 部门规章.
  let category = guess.category;
  if (guess.fallback) {
    const byOrder = /令/.test(docNumber ?? '') || history.some((entry) => /令第|第\S+号令/.test(entry.text));
    const inferred = categoryFromIssuer(issuer, title, byOrder);
    if (inferred) category = inferred.category;
    notes.splice(categoryNote, 0, inferred?.note ?? `category fallback ${guess.category}`);
  }

  let status: PolicyStatus = 'in-force';
  if (history.some(isRepeal)) status = 'repealed';
  else if (effectiveDate && effectiveDate > context.today) {
    status = 'not-yet-effective';
    notes.push('status not-yet-effective');
  }

  const articles = countArticles(doc.blocks);
  const opening =
    doc.blocks.find((b) => b.kind === 'paragraph' && ARTICLE_START.test(b.text)) ??
    doc.blocks.find((b) => b.kind === 'paragraph' && !isDocNumberLine(b.text));
  const summary = generateSummary({
    title,
    issuer,
    ...(issueDate ? { date: issueDate } : {}),
    verb: firstEventVerb(history) ?? '发布',
    articles,
    ...(opening ? { opening: opening.text } : {}),
  });

  return {
    source: context.source,
    title,
    ...(context.fileDate ? { fileDate: context.fileDate } : {}),
    versionDate: context.fileDate ?? history.at(-1)?.date ?? issueDate ?? '',
    ...(docNumber ? { docNumber } : {}),
    issuer,
    ...(issueDate ? { issueDate } : {}),
    ...(effectiveDate ? { effectiveDate } : {}),
    status,
    category,
    summary,
    body: renderBody(doc),
    notes,
  };
}
