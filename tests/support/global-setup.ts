import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { ASTRO, NODE, ROOT } from './fixture-site';
import { SITES } from './sites';
import { serveStatic } from './static-server';

/**
 * Builds the sample site twice (at the root and under /portal/) side by side: builds of the same
 * content may share the project's .astro folder (src/integrations/build-lock.ts), and an Astro
 * build keeps about one core busy. Then serves both.
 * E2E_SKIP_BUILD=1 reuses the last builds while working on the tests themselves.
 */
export default async function globalSetup() {
  if (process.env.E2E_SKIP_BUILD !== '1')
    await Promise.all(
      Object.values(SITES).map(
        (site) =>
          new Promise<void>((done, fail) => {
            const child = spawn(NODE, [ASTRO, 'build'], {
              cwd: ROOT,
              stdio: ['ignore', 'pipe', 'pipe'],
              env: {
                ...process.env,
                SITE_BASE: site.base,
                ASTRO_OUT_DIR: site.dir,
                ASTRO_CACHE_DIR: `${site.dir}-cache`,
              },
            });
            // Two logs at once would interleave line by line: each is printed whole when its build ends.
            let log = '';
            child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
            child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
            child.on('error', fail);
            child.on('close', (code) => {
              process.stdout.write(`\n--- astro build for ${site.base} ---\n${log}`);
              if (code === 0) done();
              else fail(new Error(`astro build for ${site.base} failed`));
            });
          }),
      ),
    );
  const servers: Server[] = await Promise.all(
    Object.values(SITES).map((site) => serveStatic(site.dir, site.port, site.base)),
  );
  return async () => {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  };
}
