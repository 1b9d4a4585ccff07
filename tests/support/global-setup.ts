import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { ASTRO, NODE, ROOT } from './fixture-site';
import { LIBRARY, SITES } from './sites';
import { serveStatic } from './static-server';

const LIBRARY_WORK = `${LIBRARY.dir}-work`;
/** The library's manifest, as a county copies it next to its portal for the build. */
const LIBRARY_MANIFEST = join(LIBRARY.dir, 'library.json');

/**
/**
 * Builds a small shared law library (LIBRARY), then the sample site twice side by side (at the
 * root, and under /portal/ pointing at the library): builds of the same content may share the
 * project's .astro folder (src/integrations/build-lock.ts), and an Astro build keeps about one
 * core busy. Then serves them, the library on the sub-path portal's origin.
 * E2E_SKIP_BUILD=1 reuses the last builds while working on the tests themselves.
 */
export default async function globalSetup() {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const started = performance.now();
    buildLibrary();
    console.info(
      `[e2e setup] law library imported and built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await Promise.all(
      Object.entries(SITES).map(([name, site]) =>
        buildQuietly(site.base, site.dir, name === 'portal' ? { LIBRARY_URL: LIBRARY.base, LIBRARY_MANIFEST } : {}),
      ),
    );
  }
  const servers: Server[] = await Promise.all(
    Object.values(SITES).map((site) =>
      serveStatic(
        site.dir,
        site.port,
        site.base,
        site.port === LIBRARY.port ? [{ root: LIBRARY.dir, mount: LIBRARY.base }] : [],
      ),
    ),
  );
  return async () => {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  };
}

function build(base: string, dir: string, env: Record<string, string> = {}) {
  const result = spawnSync(NODE, [ASTRO, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SITE_BASE: base, ASTRO_OUT_DIR: dir, ASTRO_CACHE_DIR: `${dir}-cache`, ...env },
  });
  if (result.status !== 0) throw new Error(`astro build for ${base} failed`);
}

/** `astro build` with its log printed whole when it ends (two logs at once would interleave). */
function buildQuietly(base: string, dir: string, env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(NODE, [ASTRO, 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SITE_BASE: base, ASTRO_OUT_DIR: dir, ASTRO_CACHE_DIR: `${dir}-cache`, ...env },
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      process.stdout.write(`\n--- astro build for ${base} ---\n${log}`);
      if (code === 0) done();
      else fail(new Error(`astro build for ${base} failed`));
    });
  });
}

/** Imports the library's laws from the fixture corpus with the importer editors use, and builds it. */
function buildLibrary() {
  rmSync(LIBRARY_WORK, { recursive: true, force: true });
  const source = join(LIBRARY_WORK, 'source');
  // The folder names the category (行政法规), as in the corpus.
  for (const law of LIBRARY.laws) {
    mkdirSync(join(source, dirname(law)), { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/corpus/laws-cn', law), join(source, law));
  }
  const content = join(LIBRARY_WORK, 'content');
  const imported = spawnSync(NODE, ['scripts/import.ts', source, '--out', join(content, 'policies')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (imported.status !== 0) throw new Error('importing the law library failed');
  build(LIBRARY.base, LIBRARY.dir, { CONTENT_DIR: content, LIBRARY_PUBLISH: '1' });
}
