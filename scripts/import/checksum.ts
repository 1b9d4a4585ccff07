import { createHash } from 'node:crypto';
import { readFrontmatter } from './frontmatter.ts';

// The importer signs each entry: `imported.checksum` is the SHA-256 of the file as written,
// computed with the checksum's own value blanked (the line reads "  checksum: "). An entry
// whose checksum still matches was not touched since, so a re-run may update it.
const CHECKSUM_LINE = /^( {2}checksum: )([0-9a-f]{64})?$/m;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The checksum of an entry's text, whatever checksum value it currently holds. */
export function checksumOf(text: string): string {
  return sha256(text.replace(CHECKSUM_LINE, '$1'));
}

/** Fills in the checksum of an entry rendered with an empty one. */
export function sign(text: string): string {
  if (!CHECKSUM_LINE.test(text)) throw new Error('entry has no checksum line to sign');
  return text.replace(CHECKSUM_LINE, `$1${checksumOf(text)}`);
}

/** Where an existing file at the target came from. */
export type Provenance =
  { kind: 'untouched'; source: string } | { kind: 'edited'; source: string } | { kind: 'foreign' };

/** Tells the importer's own untouched entries from edited ones and from files it never wrote. */
export function provenance(existing: string): Provenance {
  const imported = readFrontmatter(existing)?.['imported'] as { source?: unknown; checksum?: unknown } | undefined;
  if (typeof imported?.source !== 'string' || typeof imported.checksum !== 'string') return { kind: 'foreign' };
  const untouched =
    CHECKSUM_LINE.exec(existing)?.[2] === imported.checksum && checksumOf(existing) === imported.checksum;
  return { kind: untouched ? 'untouched' : 'edited', source: imported.source };
}

export type Action = 'imported' | 'updated' | 'unchanged' | 'kept';

/**
 * What to do with one generated entry given the file already at its target:
 * none → imported; the importer's untouched entry from the same source → updated or unchanged;
 * an edited entry, a file the importer did not write, or another source's entry → kept,
 * unless `force`.
 */
export function decideWrite(
  existing: string | undefined,
  next: string,
  source: string,
  force: boolean,
): { action: Action; reason?: string } {
  if (existing === undefined) return { action: 'imported' };
  const same = existing === next;
  if (force) return same ? { action: 'unchanged' } : { action: 'updated', reason: 'overwritten (--force)' };
  const origin = provenance(existing);
  if (origin.kind === 'foreign') return { action: 'kept', reason: 'kept: not written by the importer (use --force)' };
  if (origin.kind === 'edited') return { action: 'kept', reason: 'kept: edited since import (use --force)' };
  if (origin.source !== source)
    return { action: 'kept', reason: `kept: the slug belongs to ${origin.source} (use --force)` };
  return { action: same ? 'unchanged' : 'updated' };
}
