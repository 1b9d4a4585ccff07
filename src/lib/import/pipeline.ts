// One import run without the file system: sources in, planned entries and a report out.
// scripts/import.ts walks the folder, reads and writes; everything in between is here.
import { policySchema } from '../../schemas/policies.ts';
import { decideWrite, sign, type Action } from './checksum.ts';
import { decodeText } from './decode.ts';
import { docxToText } from './docx-source.ts';
import { parseFileName } from './file-name.ts';
import { readFrontmatter, renderEntry, type EntryData } from './frontmatter.ts';
import { inferCandidate, type Candidate } from './infer.ts';
import { parseMarkdownSource } from './markdown-source.ts';
import { buildReport, type ImportReport, type ReportRow } from './report.ts';
import { documentSlug, uniqueSlugs } from './slug.ts';
import { parseTextSource } from './text-source.ts';
import { isSkip, type ParsedDocument, type Skip } from './types.ts';
import { linkVersions } from './versions.ts';

/** The file types the importer reads. */
export const EXTENSIONS = ['.md', '.markdown', '.txt', '.docx'] as const;

/** Reads one source file into a document, whatever its type; bad files become a Skip. */
export async function parseSource(source: string, bytes: Uint8Array): Promise<ParsedDocument | Skip> {
  const name = source.split('/').at(-1) ?? source;
  if (name === '_index.md') return { skip: 'folder index file (_index.md), not a document' };
  const { extension } = parseFileName(name);
  if (extension === '.docx') {
    const text = await docxToText(bytes);
    return typeof text === 'string' ? parseTextSource(text) : text;
  }
  if (!(EXTENSIONS as readonly string[]).includes(extension))
    return { skip: `unsupported file type "${extension || name}"` };
  const text = decodeText(bytes);
  if (typeof text !== 'string') return text;
  return extension === '.txt' ? parseTextSource(text) : parseMarkdownSource(text);
}

/** The first schema issue of an entry's frontmatter, as "field: message", or undefined when valid. */
export function validateEntry(text: string): string | undefined {
  const data = readFrontmatter(text);
  if (!data) return 'frontmatter: not readable as YAML';
  const result = policySchema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`;
}

/** An entry ready to be written: its file name under --out and its full text. */
export interface PlannedEntry {
  source: string;
  slug: string;
  target: string;
  text: string;
  notes: string[];
  collidedWith?: string;
}

function render(candidate: Candidate, amends: string[], status: Candidate['status']): string {
  const data: EntryData = {
    title: candidate.title,
    ...(candidate.docNumber ? { docNumber: candidate.docNumber } : {}),
    issuer: candidate.issuer,
    ...(candidate.issueDate ? { issueDate: candidate.issueDate } : {}),
    ...(candidate.effectiveDate ? { effectiveDate: candidate.effectiveDate } : {}),
    status,
    category: candidate.category,
    topics: [],
    summary: candidate.summary,
    amends,
    imported: { source: candidate.source, checksum: '' },
  };
  return sign(renderEntry(data, candidate.body));
}

/**
 * Settles slugs (unique within the run) and versions (amends / amended) over all candidates,
 * renders each entry and validates it with the policies schema. An entry that fails is skipped
 * with the schema's message; versions are linked only among entries that pass.
 */
export function planEntries(candidates: readonly Candidate[]): { entries: PlannedEntry[]; skipped: ReportRow[] } {
  const skipped: ReportRow[] = [];
  const valid = [...candidates]
    .sort((a, b) => a.source.localeCompare(b.source))
    .filter((candidate) => {
      const issue = validateEntry(render(candidate, [], candidate.status));
      if (issue) skipped.push({ source: candidate.source, action: 'skipped', reason: `schema: ${issue}` });
      return issue === undefined;
    });

  const slugged = uniqueSlugs(
    valid.map((candidate) => {
      const { slug, truncated } = documentSlug(candidate.title, candidate.fileDate);
      return { source: candidate.source, slug, truncated, candidate };
    }),
  );
  const links = linkVersions(slugged.map(({ item, slug }) => ({ ...item.candidate, slug })));

  const entries: PlannedEntry[] = [];
  for (const { item, slug, collidedWith } of slugged) {
    const { candidate } = item;
    const link = links.get(candidate.source);
    const notes = [...candidate.notes];
    if (item.truncated) notes.push('slug truncated with hash');
    if (collidedWith) notes.push('slug collision resolved with hash');
    let status = candidate.status;
    if (link?.amended && status !== 'repealed') {
      status = 'amended';
      notes.push('status amended (newer version imported)');
    }
    const text = render(candidate, link?.amends ?? [], status);
    const issue = validateEntry(text);
    if (issue) {
      skipped.push({ source: candidate.source, action: 'skipped', reason: `schema: ${issue}` });
      continue;
    }
    entries.push({
      source: candidate.source,
      slug,
      target: `${slug}.md`,
      text,
      notes,
      ...(collidedWith ? { collidedWith } : {}),
    });
  }
  return { entries, skipped };
}

/** A source file as the CLI hands it over: read lazily so that progress can follow. */
export interface SourceFile {
  /** Path relative to the import root, with forward slashes. */
  source: string;
  /** Folders from the import root's own name down to the file's folder. */
  folders: string[];
  read: () => Promise<Uint8Array>;
}

export interface RunOptions {
  /** The import date, YYYY-MM-DD. */
  today: string;
  force: boolean;
  /** The text of the file already at `target` under --out, if any. */
  readExisting: (target: string) => string | undefined;
  onProgress?: (done: number, total: number) => void;
}

/** A planned entry with what the run will do with it. */
export interface Decision extends PlannedEntry {
  action: Action;
  reason?: string;
}

/** Everything of one run except writing: parse, infer, plan, and decide per target. */
export async function runImport(
  files: readonly SourceFile[],
  options: RunOptions,
): Promise<{ decisions: Decision[]; report: ImportReport }> {
  const rows: ReportRow[] = [];
  const candidates: Candidate[] = [];
  let done = 0;
  for (const file of files) {
    let result: Candidate | Skip;
    try {
      const parsed = await parseSource(file.source, await file.read());
      const { date } = parseFileName(file.source.split('/').at(-1) ?? file.source);
      result = isSkip(parsed)
        ? parsed
        : inferCandidate(parsed, {
            source: file.source,
            folders: file.folders,
            today: options.today,
            ...(date ? { fileDate: date } : {}),
          });
    } catch (error) {
      // An unreadable file, or a bug on one strange file, must not stop the other thousand.
      result = { skip: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (isSkip(result)) rows.push({ source: file.source, action: 'skipped', reason: result.skip });
    else candidates.push(result);
    options.onProgress?.(++done, files.length);
  }

  const { entries, skipped } = planEntries(candidates);
  rows.push(...skipped);
  const decisions = entries.map((entry) => ({
    ...entry,
    ...decideWrite(options.readExisting(entry.target), entry.text, entry.source, options.force),
  }));
  for (const d of decisions) {
    rows.push({
      source: d.source,
      action: d.action,
      target: d.target,
      notes: d.notes,
      ...(d.reason ? { reason: d.reason } : {}),
      ...(d.collidedWith ? { collidedWith: d.collidedWith } : {}),
    });
  }
  rows.sort((a, b) => a.source.localeCompare(b.source));
  return { decisions, report: buildReport(rows) };
}
