import { join } from 'node:path';
import { ROOT } from './fixture-site';

/** The built sites the end-to-end tests run against. */
export const SITES = {
  /** The sample portal at the domain root. */
  sample: { port: 4400, base: '/', dir: join(ROOT, '.test-builds/sample') },
  /** The same content deployed under a sub-path. */
  portal: { port: 4401, base: '/portal/', dir: join(ROOT, '.test-builds/portal') },
} as const;

export const siteUrl = (site: keyof typeof SITES, path = '') =>
  `http://127.0.0.1:${SITES[site].port}${SITES[site].base}${path.replace(/^\//, '')}`;
