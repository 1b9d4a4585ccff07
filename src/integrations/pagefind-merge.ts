// The merge of the build's Pagefind indexes (pagefind-chunks.ts), run in a worker thread of its
// own, and the rules it cuts the word index by. In a worker the merge has a heap of its own: in
// the build's main thread every collection also walked what the build keeps alive (1.7 GB at
// 10,000 documents, collected often: see lean-heap.ts), and the same merge of a 10,000-document
// site took 41 s there against 24 s on a heap of its own. This file and what it imports are
// loaded by Node itself in the worker, without Vite: plain TypeScript only, imports with their
// .ts extension.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { isArticleKey } from '../lib/articles.ts';
import { isNameKey } from '../search/name-keys.ts';
import { mergeIndexes, type Shard } from './pagefind-chunks.ts';

// Word-index chunk size, in Pagefind's items (a word location, or a page holding the word):
// 8,000 where Pagefind cuts at 20,000. On the law corpus this gave the smallest first query.
// Pagefind can cut at this size itself (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE), but the re-cut also
// keeps words sharing their first two characters in one chunk, which a query's prefix terms then
// find in one file: measured with the same page and queries (124, each a visit's first search on
// the law corpus), the first search fetches a median 215 KB re-cut against 227 KB cut by Pagefind
// (37 against 24 of them within 200 KB). A test fails on any Pagefind upgrade to re-check this.
const CHUNK_ITEMS = 8000;
/** Words the law corpus's index holds (1,808 pages): the size CHUNK_ITEMS was chosen at. */
const CHUNK_ITEMS_WORDS = 5_200_000;

/**
 * The chunk size for an index of `words` words. A first search fetches the metadata, which
 * names every chunk, and one chunk a query word, so more chunks make the one larger and the
 * others smaller: the sum is least when the chunk size grows with the square root of the index.
 * Up to the corpus's size it stays CHUNK_ITEMS. Measured by re-cutting one 10,000-document
 * index (34 million words) and running bench:scale's queries on it: a first search's median
 * 654 KB in chunks of 8,000 items, 592 KB in 20,000, 590 KB in the 21,000 this gives, 578 KB in
 * 32,000 and 623 KB in 48,000.
 */
export function chunkItems(words: number): number {
  if (words <= CHUNK_ITEMS_WORDS) return CHUNK_ITEMS;
  // In thousands, so that a few words more or less give the same chunks.
  return Math.round((CHUNK_ITEMS * Math.sqrt(words / CHUNK_ITEMS_WORDS)) / 1000) * 1000;
}
/**
 * The keys' chunks (see runsOf): a name key's about a hundred keys; an article key's about a
 * thousand pages (every law has a 第一条: its key alone makes a chunk of ~1,600 pages, 5 KB).
 * Smaller chunks would each add an entry to the metadata every first search fetches.
 */
export const keyChunkItems = (word: string): number | undefined =>
  isArticleKey(word) ? 2000 : isNameKey(word) ? 400 : undefined;

/** The merge's outcome, as mergeIndexes returns it. */
export type Merged = Awaited<ReturnType<typeof mergeIndexes>>;

/** What the worker is given: its presence marks a worker started by mergeApart. */
interface Task {
  portalPagefindMerge: { shards: Shard[]; out: string };
}
type Reply = { merged: Merged } | { error: string };

/**
 * Merges `shards` into one index at `out` (mergeIndexes, with the chunk rules above) in a worker
 * thread; a failure rejects with the merge's own message.
 */
export function mergeApart(shards: Shard[], out: string): Promise<Merged> {
  const task: Task = { portalPagefindMerge: { shards, out } };
  const worker = new Worker(new URL(import.meta.url), { workerData: task });
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: Reply) => {
      if ('merged' in reply) resolve(reply.merged);
      else reject(new Error(reply.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the Pagefind merge's worker stopped (exit code ${code})`)));
  });
}

const task = (isMainThread ? undefined : (workerData as Partial<Task> | undefined))?.portalPagefindMerge;
if (task)
  mergeIndexes(task.shards, task.out, chunkItems, keyChunkItems).then(
    (merged) => parentPort!.postMessage({ merged } satisfies Reply),
    (error: unknown) =>
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply),
  );
