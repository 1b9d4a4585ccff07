import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROOT } from './fixture-site';

/** Where the law corpus of the corpus suite comes from, and how the suite names it in its summary. */
export interface CorpusSource {
  dir: string;
  /** `full`: the 1,584 laws of ../shared (or CORPUS_DIR); `fixture`: the subset committed in this repository. */
  kind: 'full' | 'fixture';
  /** Markdown files in it, `_index.md` folder files included. */
  files: number;
  /** For summaries, e.g. "full (1584 files from ../shared/corpus/laws-cn)". */
  label: string;
}

export const SHARED_CORPUS = resolve(ROOT, '../shared/corpus/laws-cn');
export const FIXTURE_CORPUS = join(ROOT, 'tests/fixtures/corpus/laws-cn');

export const corpusFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));

/**
 * CORPUS_DIR when set (it must exist), else the full corpus beside the repository (CI has it),
 * else the subset under tests/fixtures, so that a fresh clone with nothing beside it still runs
 * the suite on real laws.
 */
export function corpusSource(env: NodeJS.ProcessEnv = process.env): CorpusSource {
  const chosen = env.CORPUS_DIR ? resolve(env.CORPUS_DIR) : existsSync(SHARED_CORPUS) ? SHARED_CORPUS : FIXTURE_CORPUS;
  if (!existsSync(chosen)) throw new Error(`CORPUS_DIR: no folder at ${chosen}`);
  const kind = chosen === FIXTURE_CORPUS ? 'fixture' : 'full';
  const files = corpusFiles(chosen).length;
  const where = relative(ROOT, chosen) || '.';
  const label =
    kind === 'fixture' ? `fixture subset (${files} files from ${where})` : `full (${files} files from ${where})`;
  return { dir: chosen, kind, files, label };
}
