import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip, gzipSync } from 'node:zlib';
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

const rawPagefindFile = (value: CborValue) => Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(value)]);

function pagefindFile(value: CborValue): Buffer {
  return gzipSync(rawPagefindFile(value), { level: 9 });
}

const gzipAsync = promisify(gzip);

/**
 * Files written in libuv's threads, a few at a time: creating a file took 0.6 ms on the build
 * machine, 2.2 s of the merge's thread for the corpus's 1,880 chunks and 1,808 fragments when
 * written one after another in it.
 */
class FileWrites {
  private readonly inFlight: Promise<void>[] = [];
  // A plain field, not a parameter property: pagefind-merge.ts loads this file in a worker
  // thread, where Node strips the types and takes no TypeScript-only syntax.
  private readonly limit: number;
  constructor(limit = 32) {
    this.limit = limit;
  }

  async add(path: string, bytes: Buffer): Promise<void> {
    const written = writeFile(path, bytes);
    // Awaited below or in done(); until then a failure must not count as unhandled.
    written.catch(() => undefined);
    this.inFlight.push(written);
    if (this.inFlight.length > this.limit) await this.inFlight.shift();
  }

  async done(): Promise<void> {
    await Promise.all(this.inFlight.splice(0));
  }
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');
/**
 * zlib's level for the word-index chunks, most of the index's bytes: 6 (zlib's default) writes
 * them three times faster than 9 (29 s of CPU against 10 s for the 11,884 chunks of a
 * 10,000-document site) and makes them 0.6 % larger.
 */
const CHUNK_LEVEL = 6;

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
 * thousand keys, every query that names a document fetched ~10–20 KB for one key. A generator,
 * so that a merge of several indexes never holds more than a run.
 */
export function* runsOf(words: Iterable<Word>, limit: number, apart: Apart = () => undefined): Generator<Word[]> {
  const cutBefore = (word: string, last: string, grown: number): boolean => {
    const own = apart(word);
    if (own !== apart(last)) return true;
    if (own !== undefined) return grown > own;
    return grown > limit && family(word) !== family(last);
  };
  let run: Word[] = [];
  let size = 0;
  for (const word of words) {
    const weight = items(word);
    const last = run.at(-1)?.[0];
    if (last !== undefined && cutBefore(word[0], last, size + weight)) {
      yield run;
      run = [];
      size = 0;
    }
    run.push(word);
    size += weight;
  }
  if (run.length > 0) yield run;
}

/**
 * Compares by code point, as Rust compares strings. UTF-16 order differs only where a character
 * above U+FFFF (a surrogate pair) meets one from U+E000 to U+FFFF: the pair sorts after it.
 * Called for every word of every index a merge reads, so it allocates nothing.
 */
export function compare(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xPair = x >= 0xd800 && x <= 0xdfff;
    const yPair = y >= 0xd800 && y <= 0xdfff;
    return xPair === yPair ? x - y : xPair ? 1 : -1;
  }
  return a.length - b.length;
}

/**
 * Cuts the boundary between two neighbouring ranges as Pagefind does (chunk_meta in
 * pagefind/src/index/mod.rs): each side keeps one character past what the two words share, so
 * every possible query term falls in some chunk's range.
 */
export function cutBetween(before: [string, string], after: [string, string]): void {
  const a = Array.from(before[1]);
  const b = Array.from(after[0]);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  const to = a.slice(0, common + 1).join('');
  if (compare(to, before[0]) >= 0) before[1] = to;
  after[0] = b.slice(0, common + 1).join('');
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

interface Entry {
  version: string;
  languages: Record<string, { hash: string; page_count: number }>;
}
// The metadata file: version, pages (fragment, word count, …), word chunks, filters, sorts, and
// the names of the metadata fields that word locations point into.
type Meta = [string, [string, number, CborValue][], Chunk[], [string, string][], [string, number[]][], string[]];

/** One index to merge: its folder, and (for a merge of several) each page's sort values, in page order. */
export interface Shard {
  dir: string;
  sorts?: Record<string, string>[];
}

function readIndex(dir: string) {
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Entry;
  if (entry.version !== PAGEFIND_FORMAT)
    throw new Error(
      `Pagefind ${entry.version} is installed, but the index re-chunking in src/integrations/pagefind-chunks.ts ` +
        `knows the ${PAGEFIND_FORMAT} file layout only: check the layout and update PAGEFIND_FORMAT.`,
    );
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1)
    throw new Error(`${entryPath}: ${languages.length} languages; the portal indexes one (forceLanguage)`);
  const language = languages[0]!;
  const metaPath = join(dir, `pagefind.${entry.languages[language]!.hash}.pf_meta`);
  const meta = readPagefindFile(metaPath) as Meta;
  if (meta[0] !== PAGEFIND_FORMAT) throw new Error(`${metaPath}: written by Pagefind ${String(meta[0])}`);
  return { entry, language, metaPath, meta };
}

/**
 * An index's words in order, reading one chunk file at a time; `remove` removes each once read
 * (an index merged in its own folder, where the new chunks are written).
 */
function* wordsOf(dir: string, chunks: Chunk[], remove: boolean): Generator<Word> {
  for (const [from, to, hash] of chunks) {
    const path = join(dir, 'index', `${hash}.pf_index`);
    const words = (readPagefindFile(path) as [Word[]])[0];
    if (!words[0]?.[0].startsWith(from) || !words.at(-1)?.[0].startsWith(to))
      throw new Error(`${path}: its words do not run from "${from}" to "${to}" as the metadata says`);
    if (remove) rmSync(path);
    yield* words;
  }
}

/**
 * A word's pages moved by `offset` pages. Pagefind writes each page number as the difference
 * from the one before it, so the first page of a later index is written from `last`, the last
 * page already listed; metadata locations name their field by its place in the field list
 * (-1 the first), renumbered by `fields`.
 */
function movedPages(pages: Page[], offset: number, fields: number[] | undefined, last: { page: number }): Page[] {
  let page = 0;
  return pages.map(([delta, locations, metaLocations]) => {
    page += delta;
    const moved = page + offset;
    const written = moved - last.page;
    last.page = moved;
    return [written, locations, fields ? metaLocations.map((n) => (n < 0 ? -fields[-n - 1]! - 1 : n)) : metaLocations];
  });
}

/** One word from several indexes (in index order): their pages, and their variants (café for cafe), in turn. */
function combined(parts: { word: Word; offset: number; fields: number[] | undefined }[]): Word {
  const last = { page: 0 };
  const pages = parts.flatMap(({ word, offset, fields }) => movedPages(word[1], offset, fields, last));
  const variants = new Map<string, { pages: Page[]; last: { page: number } }>();
  for (const { word, offset, fields } of parts)
    for (const [text, variantPages] of word[2] as [string, Page[]][]) {
      const variant = variants.get(text) ?? { pages: [], last: { page: 0 } };
      variant.pages.push(...movedPages(variantPages, offset, fields, variant.last));
      variants.set(text, variant);
    }
  return [parts[0]!.word[0], pages, [...variants].map(([text, v]) => [text, v.pages])];
}

/** The indexes' words merged in Pagefind's order (by code point), a word in several indexes made one. */
function* mergedWords(
  streams: Generator<Word>[],
  offsets: number[],
  fields: (number[] | undefined)[],
): Generator<Word> {
  const heads = streams.map((stream) => stream.next());
  for (;;) {
    let least: string | undefined;
    for (const head of heads)
      if (!head.done && (least === undefined || compare(head.value[0], least) < 0)) least = head.value[0];
    if (least === undefined) return;
    const parts: { word: Word; offset: number; fields: number[] | undefined }[] = [];
    for (const [i, head] of heads.entries())
      if (!head.done && head.value[0] === least) {
        parts.push({ word: head.value, offset: offsets[i]!, fields: fields[i] });
        heads[i] = streams[i]!.next();
      }
    const [only] = parts;
    yield parts.length === 1 && only!.offset === 0 && !only!.fields ? only!.word : combined(parts);
  }
}

/** Pagefind sorts a key by number when every value is one, else as text (sort_types in its index). */
const numeric = (value: string) => value.trim() !== '' && Number.isFinite(Number(value));

/**
 * The merged order of each sort key: each index lists its pages in the key's order, and equal
 * values keep page order, as Pagefind's stable sort does over one index.
 */
function mergedSorts(read: { meta: Meta }[], shards: Shard[], offsets: number[]): [string, number[]][] {
  const keys = [...new Set(read.flatMap(({ meta }) => meta[4].map(([key]) => key)))];
  return keys.map((key) => {
    const lists = read.map(({ meta }, s) => {
      const pages = meta[4].find(([k]) => k === key)?.[1] ?? [];
      const values = shards[s]!.sorts;
      if (!values) throw new Error(`merging Pagefind indexes: no sort values given for ${shards[s]!.dir}`);
      const listed = pages.map((page) => {
        const value = values[page]?.[key];
        if (value === undefined)
          throw new Error(
            `merging Pagefind indexes: page ${page} of ${shards[s]!.dir} is sorted by ${key} but has no value`,
          );
        return { page: page + offsets[s]!, value };
      });
      if (listed.length !== values.filter((v) => v[key] !== undefined).length)
        throw new Error(`merging Pagefind indexes: ${shards[s]!.dir} sorts other pages by ${key} than were given`);
      return listed;
    });
    const byNumber = lists.every((list) => list.every(({ value }) => numeric(value)));
    const order = (a: string, b: string) => (byNumber ? Number(a) - Number(b) : compare(a, b));
    for (const [s, list] of lists.entries())
      for (let i = 1; i < list.length; i++)
        if (order(list[i - 1]!.value, list[i]!.value) > 0)
          throw new Error(
            `merging Pagefind indexes: ${shards[s]!.dir} does not list ${key} in the order of its values`,
          );
    const merged: number[] = [];
    const at = lists.map(() => 0);
    for (;;) {
      let best = -1;
      for (const [s, list] of lists.entries()) {
        const head = list[at[s]!];
        if (head && (best < 0 || order(head.value, lists[best]![at[best]!]!.value) < 0)) best = s;
      }
      if (best < 0) return [key, merged];
      merged.push(lists[best]![at[best]!]!.page);
      at[best] = at[best]! + 1;
    }
  });
}

/**
 * Merges Pagefind indexes of disjoint pages into one at `out`, and cuts its word index into
 * chunks of about `limit` items, or `limit(words)` for an index of that many words in all
 * (`apart`: see runsOf). The merged index is the one Pagefind would have written for all the
 * pages in turn, the first index's pages first: page numbers are
 * moved past the indexes before, a word's pages joined, filters and sorts merged. The browser
 * loads one index, so its first search fetches one metadata file and one chunk a word however
 * many indexes the build wrote (pagefind.ts builds a large site in several, to bound memory).
 * Only one index's chunk is in memory at a time. `out` may be the only index's own folder.
 *
 * Why re-cut: Pagefind 1.6 cuts its index every 20,000 word locations, with no option to change
 * it, so each word a query holds cost the browser a ~33 KB download on the 1,584-law corpus.
 * Chunks of about `limit` items make that a few KB for most words, for a larger metadata file (one
 * entry more per chunk). Words sharing their first two characters stay in one chunk, so a term
 * finds the longer words it begins (民法 → 民法典), which Pagefind's own cuts sometimes prevent.
 */
export async function mergeIndexes(
  shards: Shard[],
  out: string,
  limit: number | ((words: number) => number),
  apart?: Apart,
): Promise<{ pages: number; before: number; after: number; limit: number }> {
  if (shards.length === 0) throw new Error('merging Pagefind indexes: no index given');
  const read = shards.map(({ dir }) => ({ dir, ...readIndex(dir) }));
  const { language, entry, meta } = read[0]!;
  for (const other of read)
    if (other.language !== language)
      throw new Error(`merging Pagefind indexes: ${other.dir} is in ${other.language}, ${read[0]!.dir} in ${language}`);
  for (const folder of ['index', 'fragment', 'filter']) mkdirSync(join(out, folder), { recursive: true });
  // The bundle's own files (scripts, WebAssembly) are the same in every index.
  if (read[0]!.dir !== out)
    for (const file of readdirSync(read[0]!.dir, { withFileTypes: true }))
      if (file.isFile() && !file.name.endsWith('.pf_meta') && file.name !== 'pagefind-entry.json')
        copyFileSync(join(read[0]!.dir, file.name), join(out, file.name));

  // Pages, in turn; fragments move into the merged folder (a different fragment whose short
  // name is taken gets a longer one). The batches' own folders are removed by the caller.
  const writes = new FileWrites();
  const fragments = new Map<string, string>(); // name → digest of its bytes
  const pages: Meta[1] = [];
  const offsets: number[] = [];
  for (const [s, { dir, meta: m }] of read.entries()) {
    const given = shards[s]!.sorts?.length;
    if (given !== undefined && given !== m[1].length)
      throw new Error(`merging Pagefind indexes: ${dir} holds ${m[1].length} pages, ${given} were given`);
    offsets.push(pages.length);
    for (const [hash, words, rest] of m[1]) {
      let name = hash;
      const path = join(dir, 'fragment', `${hash}.pf_fragment`);
      if (dir === out) {
        // It stays; another index's fragment must not take its name (a lone index has no other).
        if (read.length > 1) fragments.set(name, digest(readFileSync(path)));
      } else {
        const bytes = readFileSync(path);
        const sum = digest(bytes);
        for (let n = 0; fragments.has(name) && fragments.get(name) !== sum; n++) name = `${hash}${n.toString(36)}`;
        if (!fragments.has(name)) {
          fragments.set(name, sum);
          await writes.add(join(out, 'fragment', `${name}.pf_fragment`), bytes);
        }
      }
      pages.push([name, words, rest]);
    }
  }

  const items = typeof limit === 'number' ? limit : limit(pages.reduce((sum, [, words]) => sum + words, 0));

  // Metadata fields: word locations in a page's metadata point into this list.
  const fieldNames = [...new Set(read.flatMap(({ meta: m }) => m[5]))].sort(compare);
  const fields = read.map(({ meta: m }) =>
    m[5].every((name, i) => fieldNames[i] === name) ? undefined : m[5].map((name) => fieldNames.indexOf(name)),
  );

  // Words, merged and cut into chunks as they stream past; each chunk is compressed in zlib's
  // threads, a few at a time, while this thread merges the next, and written as soon as it and
  // those before it are done: names are given in order, so that a build gives the same files.
  const compressing: { file: Promise<Buffer>; range: [string, string] }[] = [];
  const chunks: Chunk[] = [];
  const taken = new Set<string>();
  const writeOldest = async () => {
    const { file, range } = compressing.shift()!;
    const bytes = await file;
    // Five base-36 characters (60 million names) where Pagefind writes zh-cn_ and seven hex
    // digits: 1.7 KB less metadata on the law corpus's 1,729 chunks.
    const name = hashed('', bytes, 5, taken, true);
    taken.add(name);
    await writes.add(join(out, 'index', `${name}.pf_index`), bytes);
    chunks.push([...range, name]);
  };
  const write = async (run: Word[], range: [string, string]) => {
    compressing.push({ file: gzipAsync(rawPagefindFile([run]), { level: CHUNK_LEVEL }), range });
    if (compressing.length > 8) await writeOldest();
  };
  let pending: { run: Word[]; range: [string, string] } | undefined;
  const words = mergedWords(
    read.map(({ dir, meta: m }) => wordsOf(dir, m[2], dir === out)),
    offsets,
    fields,
  );
  for (const run of runsOf(words, items, apart)) {
    const range: [string, string] = [run[0]![0], run.at(-1)![0]];
    if (pending) {
      cutBetween(pending.range, range);
      await write(pending.run, pending.range);
    }
    pending = { run, range };
  }
  if (pending) await write(pending.run, pending.range);
  while (compressing.length > 0) await writeOldest();
  await writes.done();

  // Filters: each value's pages, moved.
  const filters = new Map<string, Map<string, number[]>>();
  for (const [s, { dir, meta: m }] of read.entries())
    for (const [name, hash] of m[3]) {
      const path = join(dir, 'filter', `${hash}.pf_filter`);
      const [, values] = readPagefindFile(path) as [string, [string, number[]][]];
      if (dir === out) rmSync(path);
      const merged = filters.get(name) ?? new Map<string, number[]>();
      for (const [value, list] of values)
        merged.set(value, [...(merged.get(value) ?? []), ...list.map((p) => p + offsets[s]!)]);
      filters.set(name, merged);
    }
  const filterNames = new Set<string>();
  // In code-point order (Pagefind writes them in its hash maps' order), so that a build gives the same files.
  const filterList: Meta[3] = [...filters]
    .sort(([a], [b]) => compare(a, b))
    .map(([name, values]) => {
      const file = pagefindFile([name, [...values].sort(([a], [b]) => compare(a, b))]);
      const hash = hashed(language, file, 7, filterNames);
      filterNames.add(hash);
      writeFileSync(join(out, 'filter', `${hash}.pf_filter`), file);
      return [name, hash];
    });

  const merged: Meta = [
    meta[0],
    pages,
    chunks,
    filterList,
    read.length === 1 ? meta[4] : mergedSorts(read, shards, offsets),
    fieldNames,
  ];
  for (const { metaPath } of read) rmSync(metaPath);
  const file = pagefindFile(merged);
  const hash = hashed(language, file, 13, new Set());
  writeFileSync(join(out, `pagefind.${hash}.pf_meta`), file);
  entry.languages[language] = { ...entry.languages[language]!, hash, page_count: pages.length };
  writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify(entry));
  return {
    pages: pages.length,
    before: read.reduce((sum, { meta: m }) => sum + m[2].length, 0),
    after: chunks.length,
    limit: items,
  };
}
