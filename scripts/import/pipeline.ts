// One import run without the file system: sources in, planned entries and a report out.
// scripts/import.ts walks the folder, reads and writes; everything in between is here.
import { policySchema } from '../../src/schemas/policies.ts';
import { bodyProblem, MAX_SOURCE_FILE_BYTES } from '../../src/lib/content-limits.ts';
import { decideWrite, provenance, sign, type Action } from './checksum.ts';
import { decodeText } from './decode.ts';
import { readDocx } from './docx-source.ts';
import { parseFileName } from './file-name.ts';
import { readFrontmatter, renderEntry, type EntryData } from './frontmatter.ts';
import { inferCandidate, type Candidate } from './infer.ts';
import { parseMarkdownSource } from './markdown-source.ts';
import { buildReport, type ImportReport, type ReportRow } from './report.ts';
import { documentSlug, uniqueSlugs } from './slug.ts';
import { parseTextLines, parseTextSource } from './text-source.ts';
import { isSkip, type ParsedDocument, type Skip } from './types.ts';
import { codePointName, firstUnsafeChar, removedWarning, stripUnsafeChars } from '../../src/lib/unsafe-chars.ts';
import { linkVersions } from './versions.ts';
import { fileTooLarge } from './walk.ts';

/** The file types the importer reads. */
export const EXTENSIONS = ['.md', '.markdown', '.txt', '.docx'] as const;

/** Reads one source file into a document, whatever its type; bad files become a Skip. */
export async function parseSource(source: string, bytes: Uint8Array): Promise<ParsedDocument | Skip> {
  const name = source.split('/').at(-1) ?? source;
  if (name === '_index.md') return { skip: 'folder index file (_index.md), not a document' };
  if (bytes.byteLength > MAX_SOURCE_FILE_BYTES) return { skip: fileTooLarge(bytes.byteLength) };
  const { extension } = parseFileName(name);
  if (extension === '.docx') {
    const content = await readDocx(bytes);
    if (isSkip(content)) return content;
    return withWarnings(parseTextLines(content.lines), content.warnings);
  }
  if (!(EXTENSIONS as readonly string[]).includes(extension))
    return { skip: `unsupported file type "${extension || name}"` };
  const decoded = decodeText(bytes);
  if (isSkip(decoded)) return decoded;
  const clean = stripUnsafeChars(decoded.text);
  const warnings = [
    ...(decoded.encoding === 'UTF-8' ? [] : [`read as ${decoded.encoding} (saved as UTF-8)`]),
    ...(clean.removed.length > 0 ? [removedWarning(clean.removed)!] : []),
  ];
  const parsed = extension === '.txt' ? parseTextSource(clean.text) : parseMarkdownSource(clean.text);
  return withWarnings(parsed, warnings);
}

function withWarnings(parsed: ParsedDocument | Skip, warnings: string[]): ParsedDocument | Skip {
  return isSkip(parsed) || warnings.length === 0 ? parsed : { ...parsed, warnings };
}

/** The first schema issue of an entry's frontmatter, as "field: message", or undefined when valid. */
export function validateEntry(text: string): string | undefined {
  const data = readFrontmatter(text);
  if (!data) return 'frontmatter: not readable as YAML';
  const result = policySchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`;
  }
  // The readers remove these characters from the text; this is the last gate before writing.
  for (const [field, value] of frontmatterStrings(data)) {
    const code = firstUnsafeChar(value);
    if (code !== undefined) return `${field}: contains the control character ${codePointName(code)}`;
  }
  return undefined;
}

/** Every string in the frontmatter, with its field path (imported.source, topics.0). */
function* frontmatterStrings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) yield* frontmatterStrings(inner, path ? `${path}.${key}` : key);
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
 * Settles slugs (unique within the run and against the entries already under --out, `owners`,
 * whose slugs stay with the sources they were given to) and versions (amends / amended) over
 * all candidates, renders each entry and validates it with the policies schema. An entry that
 * fails is skipped with the schema's message; versions are linked only among entries that pass.
 */
export function planEntries(
  candidates: readonly Candidate[],
  owners: ReadonlyMap<string, string> = new Map(),
): { entries: PlannedEntry[]; skipped: ReportRow[] } {
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
    owners,
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
  /** The file's bytes, or why it was not read (too large, not a regular file). */
  read: () => Promise<Uint8Array | Skip>;
}

export interface RunOptions {
  /** The import date, YYYY-MM-DD. */
  today: string;
  force: boolean;
  /** The file names under --out, so that the slugs of earlier imports stay with their sources. */
  listExisting: () => readonly string[];
  /** The text of the file already at `target` under --out, if any. */
  readExisting: (target: string) => string | undefined;
  /** Files the walk did not hand over (symbolic links, hidden files), reported with the rest. */
  skipped?: readonly { source: string; reason: string }[];
  onProgress?: (done: number, total: number) => void;
}

/** A planned entry with what the run will do with it. */
export interface Decision extends PlannedEntry {
  action: Action;
  reason?: string;
}

/** The slugs under --out that the importer wrote, each with the source it was given to. */
export function slugOwners(options: Pick<RunOptions, 'listExisting' | 'readExisting'>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const target of options.listExisting()) {
    if (!target.endsWith('.md')) continue;
    const text = options.readExisting(target);
    const origin = text === undefined ? undefined : provenance(text);
    if (origin && origin.kind !== 'foreign') owners.set(target.slice(0, -'.md'.length), origin.source);
  }
  return owners;
}

/** Parses and infers one file, or says why it is skipped. */
async function readCandidate(
  file: SourceFile,
  today: string,
): Promise<{ candidate: Candidate; warnings: string[] } | Skip> {
  const unsafe = firstUnsafeChar(file.source);
  if (unsafe !== undefined)
    return { skip: `file or folder name contains the control character ${codePointName(unsafe)} (rename it)` };
  const bytes = await file.read();
  if (isSkip(bytes)) return bytes;
  const parsed = await parseSource(file.source, bytes);
  if (isSkip(parsed)) return parsed;
  const { date } = parseFileName(file.source.split('/').at(-1) ?? file.source);
  const candidate = inferCandidate(parsed, {
    source: file.source,
    folders: file.folders,
    today,
    ...(date ? { fileDate: date } : {}),
  });
  if (isSkip(candidate)) return candidate;
  const tooBig = bodyProblem(candidate.body);
  if (tooBig) return { skip: tooBig };
  return { candidate, warnings: parsed.warnings ?? [] };
}

/** Everything of one run except writing: parse, infer, plan, and decide per target. */
export async function runImport(
  files: readonly SourceFile[],
  options: RunOptions,
): Promise<{ decisions: Decision[]; report: ImportReport }> {
  const rows: ReportRow[] = (options.skipped ?? []).map((s) => ({ ...s, action: 'skipped' }));
  const candidates: Candidate[] = [];
  const warnings = new Map<string, string[]>();
  let done = 0;
  for (const file of files) {
    let result: Awaited<ReturnType<typeof readCandidate>>;
    try {
      result = await readCandidate(file, options.today);
    } catch (error) {
      // An unreadable file, or a bug on one strange file, must not stop the other thousand.
      result = { skip: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (isSkip(result)) rows.push({ source: file.source, action: 'skipped', reason: result.skip });
    else {
      candidates.push(result.candidate);
      if (result.warnings.length > 0) warnings.set(file.source, result.warnings);
    }
    options.onProgress?.(++done, files.length);
  }

  // Slugs stay with the sources they were given to. With --force, an entry whose source is not
  // in this run (a file since moved or renamed) may be taken over, as --force always allowed.
  const owners = slugOwners(options);
  if (options.force) {
    const present = new Set(candidates.map((c) => c.source));
    for (const [slug, source] of owners) if (!present.has(source)) owners.delete(slug);
  }
  const { entries, skipped } = planEntries(candidates, owners);
  rows.push(...skipped);
  const decisions = entries.map((entry) => ({
    ...entry,
    ...decideWrite(options.readExisting(entry.target), entry.text, entry.source, options.force),
  }));
  for (const d of decisions) {
    const fileWarnings = warnings.get(d.source);
    rows.push({
      source: d.source,
      action: d.action,
      target: d.target,
      notes: d.notes,
      ...(d.reason ? { reason: d.reason } : {}),
      ...(d.collidedWith ? { collidedWith: d.collidedWith } : {}),
      ...(fileWarnings ? { warnings: fileWarnings } : {}),
    });
  }
  rows.sort((a, b) => a.source.localeCompare(b.source));
  return { decisions, report: buildReport(rows) };
}
