import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** Builds the sample site into .test-builds/bench-pages (shared by bench:pages and bench:lighthouse). */
export function buildSample(): string {
  const root = resolve(import.meta.dirname, '..');
  const out = join(root, '.test-builds/bench-pages');
  const run = spawnSync(
    join(root, 'node_modules/.bin/node'),
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache` },
    },
  );
  if (run.status !== 0) throw new Error('sample build failed');
  return out;
}
