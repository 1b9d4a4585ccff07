import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters as stripAnsi } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/content');
/** The project's pinned Node (Astro 7 needs 22.12+) and Astro's CLI, whatever runs the tests. */
export const NODE = join(ROOT, 'node_modules/.bin/node');
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  dir: string;
}

/**
 * Copies the good fixture content, with `overlay` (a folder under tests/fixtures/content/bad,
 * or beside it) on top, into a new folder. The folder is inside the project: Astro keeps a build's
 * intermediate files in the project's .astro/ unless the output folder is below the working
 * directory, and separate builds must not share them.
 */
export function prepareFixture(overlay?: string, files: Record<string, string> = {}): { dir: string; content: string } {
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.test-builds', 'fixture-'));
  const content = join(dir, 'content');
  cpSync(join(FIXTURES, 'good'), content, { recursive: true });
  if (overlay) {
    const source = [join(FIXTURES, 'bad', overlay), join(FIXTURES, overlay)].find((path) => existsSync(path));
    if (!source) throw new Error(`no content fixture "${overlay}"`);
    cpSync(source, content, { recursive: true });
  }
  // Files made by the test itself (too large to keep in the repository), by path in content/.
  for (const [path, text] of Object.entries(files)) writeFileSync(join(content, path), text);
  return { dir, content };
}

/** Environment that points Astro at a fixture folder's content, output and cache. */
function fixtureEnv(dir: string, content: string, env: Record<string, string>) {
  return {
    ...process.env,
    CONTENT_DIR: content,
    ASTRO_OUT_DIR: join(dir, 'dist'),
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    ...env,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}

function collect(child: ChildProcess): { output: () => string } {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { output: () => stripAnsi(output) };
}

/** Runs `astro build` on a fixture site (see prepareFixture). */
export function buildFixture(
  overlay?: string,
  env: Record<string, string> = {},
  files: Record<string, string> = {},
): Promise<BuildResult> {
  const { dir, content } = prepareFixture(overlay, files);
  return new Promise((done, fail) => {
    const child = spawn(NODE, [ASTRO, 'build'], { cwd: ROOT, env: fixtureEnv(dir, content, env) });
    const log = collect(child);
    child.on('error', fail);
    child.on('close', (code) => done({ code, output: log.output(), dir }));
  });
}
