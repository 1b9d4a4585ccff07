import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
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
 * Builds the site from the good fixture content with `overlay` (a folder under
 * tests/fixtures/content/bad) copied on top, in a temporary folder of its own.
 */
export function buildFixture(overlay?: string, env: Record<string, string> = {}): Promise<BuildResult> {
  // Inside the project: Astro keeps a build's intermediate files in the project's .astro/
  // unless the output folder is below the working directory, and parallel builds must not share them.
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.test-builds', 'fixture-'));
  const content = join(dir, 'content');
  cpSync(join(FIXTURES, 'good'), content, { recursive: true });
  if (overlay) {
    const source = join(FIXTURES, 'bad', overlay);
    if (!existsSync(source)) throw new Error(`no bad-content fixture "${overlay}"`);
    cpSync(source, content, { recursive: true });
  }
  return runAstroBuild(
    { CONTENT_DIR: content, ASTRO_OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache'), ...env },
    dir,
  );
}

function runAstroBuild(env: Record<string, string>, dir: string): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(NODE, [ASTRO, 'build'], {
      cwd: ROOT,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output: stripAnsi(output), dir }));
  });
}
