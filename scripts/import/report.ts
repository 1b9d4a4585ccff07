import type { Action } from './checksum.ts';
import { showUnsafeChars } from '../../src/lib/unsafe-chars.ts';

/** What happened to one source file. */
export interface ReportRow {
  source: string;
  action: Action | 'skipped';
  /** The entry's file name under --out. */
  target?: string;
  /** Why it was skipped or kept, or that --force overwrote it. */
  reason?: string;
  /** Fields inferred by a fallback or generated: "issuer from category". */
  notes?: string[];
  /** The source whose entry already had this slug, when a hash had to tell them apart. */
  collidedWith?: string;
  /** What reading the file changed or left out: encoding, pictures, tables, removed characters. */
  warnings?: string[];
}

export interface ImportReport {
  counts: Record<Action | 'skipped', number>;
  skipped: { source: string; reason: string }[];
  kept: { source: string; target: string; reason: string }[];
  /** Different documents that wanted one slug; the later one got a hash. */
  collisions: { source: string; target: string; with: string }[];
  /** How many entries had each field inferred by a fallback or generated. */
  fallbacks: Record<string, number>;
  /** Entries an editor should compare with their source, and why. */
  warnings: { source: string; warnings: string[] }[];
  files: ReportRow[];
}

const ACTIONS = ['imported', 'updated', 'unchanged', 'kept', 'skipped'] as const;

export function buildReport(rows: readonly ReportRow[]): ImportReport {
  const counts = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as ImportReport['counts'];
  const fallbacks: Record<string, number> = {};
  for (const row of rows) {
    counts[row.action] += 1;
    for (const note of row.notes ?? []) fallbacks[note] = (fallbacks[note] ?? 0) + 1;
  }
  return {
    counts,
    skipped: rows.filter((r) => r.action === 'skipped').map((r) => ({ source: r.source, reason: r.reason ?? '' })),
    kept: rows
      .filter((r) => r.action === 'kept')
      .map((r) => ({ source: r.source, target: r.target ?? '', reason: r.reason ?? '' })),
    collisions: rows
      .filter((r) => r.collidedWith !== undefined)
      .map((r) => ({ source: r.source, target: r.target ?? '', with: r.collidedWith ?? '' })),
    fallbacks: Object.fromEntries(Object.entries(fallbacks).sort(([a], [b]) => a.localeCompare(b))),
    warnings: rows
      .filter((r) => (r.warnings?.length ?? 0) > 0)
      .map((r) => ({ source: r.source, warnings: r.warnings ?? [] })),
    files: [...rows],
  };
}

/**
 * The report for a person: counts, then every skipped and kept file with its reason, files to
 * check, collisions, then fallbacks. Control and bidi characters (in file names, in error
 * messages) are shown as \u{…}, never sent to the terminal to act on.
 */
export function formatReport(report: ImportReport, dryRun: boolean): string {
  return reportLines(report, dryRun).map(showUnsafeChars).join('\n');
}

function reportLines(report: ImportReport, dryRun: boolean): string[] {
  const { counts } = report;
  const lines = [
    `${dryRun ? 'Dry run (nothing written): ' : ''}${counts.imported} imported, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.kept} kept, ${counts.skipped} skipped`,
  ];
  if (report.skipped.length > 0) {
    lines.push('', `Skipped (${report.skipped.length}):`);
    // Group by reason so that many files skipped for one reason read as one heading with a line each.
    const byReason = new Map<string, string[]>();
    for (const { source, reason } of report.skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), source]);
    for (const [reason, sources] of byReason) {
      lines.push(`  ${reason} (${sources.length}):`, ...sources.map((s) => `    ${s}`));
    }
  }
  if (report.kept.length > 0) {
    lines.push(
      '',
      `Kept (${report.kept.length}):`,
      ...report.kept.map((k) => `  ${k.target} (${k.source}): ${k.reason}`),
    );
  }
  if (report.warnings.length > 0) {
    lines.push(
      '',
      `Check against the source (${report.warnings.length}):`,
      ...report.warnings.map((w) => `  ${w.source}: ${w.warnings.join('; ')}`),
    );
  }
  if (report.collisions.length > 0) {
    lines.push(
      '',
      `Slug collisions resolved with a hash (${report.collisions.length}):`,
      ...report.collisions.map((c) => `  ${c.target} (${c.source}): slug also wanted by ${c.with}`),
    );
  }
  const fallbacks = Object.entries(report.fallbacks);
  if (fallbacks.length > 0) {
    lines.push('', 'Inferred by fallback or generated:', ...fallbacks.map(([note, n]) => `  ${note}: ${n}`));
  }
  return lines;
}
