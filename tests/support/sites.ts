import { join } from 'node:path';
import { ROOT } from './fixture-site';

// E2E_PORT moves both servers, so that two checkouts can run their tests side by side.
const port = Number(process.env.E2E_PORT ?? 4400);

/** The built sites the end-to-end tests run against. */
export const SITES = {
  /** The sample portal at the domain root. */
  sample: { port, base: '/', dir: join(ROOT, '.test-builds/sample') },
  /** The same content deployed under a sub-path. */
  portal: { port: port + 1, base: '/portal/', dir: join(ROOT, '.test-builds/portal') },
} as const;

export const siteUrl = (site: keyof typeof SITES, path = '') =>
  `http://127.0.0.1:${SITES[site].port}${SITES[site].base}${path.replace(/^\//, '')}`;
