import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { ASTRO, NODE, ROOT } from './fixture-site';
import { SITES } from './sites';
import { serveStatic } from './static-server';

/**
 * Builds the sample site twice (at the root and under /portal/) one after the other, since
 * parallel Astro builds in one project share its .astro folder, then serves both.
 * E2E_SKIP_BUILD=1 reuses the last builds while working on the tests themselves.
 */
export default async function globalSetup() {
  for (const site of Object.values(SITES)) {
    if (process.env.E2E_SKIP_BUILD === '1') break;
    const result = spawnSync(NODE, [ASTRO, 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, SITE_BASE: site.base, ASTRO_OUT_DIR: site.dir, ASTRO_CACHE_DIR: `${site.dir}-cache` },
    });
    if (result.status !== 0) throw new Error(`astro build for ${site.base} failed`);
  }
  const servers: Server[] = await Promise.all(
    Object.values(SITES).map((site) => serveStatic(site.dir, site.port, site.base)),
  );
  return async () => {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  };
}
