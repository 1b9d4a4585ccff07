import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';

/** The Pagefind release whose file layout this module reads and writes. */
export const PAGEFIND_FORMAT = '1.6.0';
const SIGNATURE = 'pagefind_dcd';

// The parts of Pagefind's files used here (pagefind/src/index/*.rs, encoded as CBOR arrays).
export type Page = [number, number[], number[]]; // page number, word locations, metadata locations
export type Word = [string, Page[], CborValue[]]; // the word, its pages, additional variants
type Chunk = [string, string, string]; // first word, last word, file hash

export function readPagefindFile(path: string): CborValue {
  const raw = gunzipSync(readFileSync(path));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path}: not a Pagefind file`);
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

export function pagefindFile(value: CborValue): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(value)]), { level: 9 });
}

/** Pagefind's measure of a word's weight in a chunk: each location, plus one for each page. */
const items = (word: Word) => word[1].reduce((sum, page) => sum + page[1].length + page[2].length + 1, 0);

// Pagefind matches a query term to the words it begins (劳动 finds 劳动者), but only among the
// words of the chunk it loads for the term: words sharing their first two characters stay together.
const family = (word: string) => Array.from(word).slice(0, 2).join('');

/**
 * The words kept in chunks of their own, and their chunks' size in items: undefined for a word
 * that goes with the others.
 */
export type Apart = (word: string) => number | undefined;

/**
 * Splits words (in index order) into runs of about `limit` items, cutting only where the first
 * two characters change; a family bigger than the limit stays whole. Words `apart` picks out are
 * kept from the others and cut into runs of the size it gives them: the site's keys (name keys,
 * _1v5ozz0, see src/search/name-keys.ts; article keys, _a19z, see src/lib/articles.ts) are looked
 * up whole, one a query, and a name key is a random hash that compresses badly: in runs of a
 * thousand keys, every query that names a document fetched ~10–20 KB for one key.
 */
export function splitWords(words: Word[], limit: number, apart: Apart = () => undefined): Word[][] {
  const cutBefore = (word: string, last: string, grown: number): boolean => {
    const own = apart(word);
    if (own !== apart(last)) return true;
    if (own !== undefined) return grown > own;
    return grown > limit && family(word) !== family(last);
  };
  const runs: Word[][] = [];
  let run: Word[] = [];
  let size = 0;
  for (const word of words) {
    const weight = items(word);
    const last = run.at(-1)?.[0];
    if (last !== undefined && cutBefore(word[0], last, size + weight)) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(word);
    size += weight;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Compares by code point, as Rust compares strings (UTF-16 order differs above U+FFFF). */
function compare(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * The first and last word of each run, cut as Pagefind cuts them (chunk_meta in
 * pagefind/src/index/mod.rs): between two chunks, each side keeps one character past what the
 * two words share, so every possible query term falls in some chunk's range.
 */
export function chunkRanges(runs: Word[][]): [string, string][] {
  const ranges = runs.map((run): [string, string] => [run[0]![0], run.at(-1)![0]]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const a = Array.from(ranges[i]![1]);
    const b = Array.from(ranges[i + 1]![0]);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
    const to = a.slice(0, common + 1).join('');
    if (compare(to, ranges[i]![0]) >= 0) ranges[i]![1] = to;
    ranges[i + 1]![0] = b.slice(0, common + 1).join('');
  }
  return ranges;
}

/**
 * A content hash as a file name: a changed file gets a new name, so caches stay right. `prefix`
 * (Pagefind's language prefix) is left out when empty, and `base36` writes the digest in base 36:
 * the metadata lists every chunk's name, and every first search fetches it.
 */
function hashed(prefix: string, bytes: Buffer, length: number, taken: Set<string>, base36 = false): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  const digest = base36 ? BigInt(`0x${hex}`).toString(36).padStart(50, '0') : hex;
  for (let n = length; n <= digest.length; n++) {
    const name = prefix ? `${prefix}_${digest.slice(0, n)}` : digest.slice(0, n);
    if (!taken.has(name)) return name;
  }
  throw new Error('Pagefind re-chunking: no free file name');
}

/**
 * Re-cuts Pagefind's word index into smaller chunks. Pagefind 1.6 cuts its index every 20,000
 * word locations, with no option to change it, so each word a query holds costs the browser a
 * ~33 KB download on the 1,584-law corpus. Chunks of about `limit` items make that a few KB for
 * most words, for a larger metadata file (one entry more per chunk). The words stay in
 * Pagefind's order, chunk ranges are cut as Pagefind cuts them, and words sharing their first two
 * characters stay in one chunk, so a term finds the longer words it begins (民法 → 民法典),
 * which Pagefind's own cuts sometimes prevent. Returns the chunk counts before and after.
 */
export function rechunkIndex(pagefindDir: string, limit: number, apart?: Apart): { before: number; after: number } {
  const entryPath = join(pagefindDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as {
    version: string;
    languages: Record<string, { hash: string }>;
  };
  if (entry.version !== PAGEFIND_FORMAT)
    throw new Error(
      `Pagefind ${entry.version} is installed, but the index re-chunking in src/integrations/pagefind-chunks.ts ` +
        `knows the ${PAGEFIND_FORMAT} file layout only: check the layout and update PAGEFIND_FORMAT.`,
    );
  let before = 0;
  let after = 0;
  // Chunk names in use, across languages (their chunks share one folder).
  const taken = new Set<string>();
  for (const language of Object.values(entry.languages)) {
    const prefix = language.hash.slice(0, language.hash.lastIndexOf('_'));
    const metaPath = join(pagefindDir, `pagefind.${language.hash}.pf_meta`);
    const meta = readPagefindFile(metaPath) as CborValue[];
    if (meta[0] !== PAGEFIND_FORMAT) throw new Error(`${metaPath}: written by Pagefind ${String(meta[0])}`);
    const chunks = meta[2] as Chunk[];
    for (const chunk of chunks) taken.add(chunk[2]);
    const words: Word[] = [];
    for (const [from, to, hash] of chunks) {
      const path = join(pagefindDir, 'index', `${hash}.pf_index`);
      const chunk = (readPagefindFile(path) as [Word[]])[0];
      if (!chunk[0]?.[0].startsWith(from) || !chunk.at(-1)?.[0].startsWith(to))
        throw new Error(`${path}: its words do not run from "${from}" to "${to}" as the metadata says`);
      rmSync(path);
      words.push(...chunk);
    }
    // Cut afresh over all words, so no family is split where Pagefind cut.
    const runs = splitWords(words, limit, apart);
    const ranges = chunkRanges(runs);
    const next: Chunk[] = runs.map((run, i) => {
      const file = pagefindFile([run]);
      // Five base-36 characters (60 million names) where Pagefind writes zh-cn_ and seven hex
      // digits: 1.7 KB less metadata on the law corpus's 1,729 chunks.
      const name = hashed('', file, 5, taken, true);
      taken.add(name);
      writeFileSync(join(pagefindDir, 'index', `${name}.pf_index`), file);
      return [...ranges[i]!, name];
    });
    before += chunks.length;
    after += next.length;
    meta[2] = next;
    const file = pagefindFile(meta);
    const hash = hashed(prefix, file, 13, new Set([language.hash]));
    writeFileSync(join(pagefindDir, `pagefind.${hash}.pf_meta`), file);
    rmSync(metaPath);
    language.hash = hash;
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  return { before, after };
}
