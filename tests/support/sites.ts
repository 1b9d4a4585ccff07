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

/**
 * A shared law library (two national laws imported from the fixture corpus), built under
 * /library/ and served on the sub-path portal's origin: the portal points at it (LIBRARY_URL),
 * so its search merges the library's index. Not one of SITES: it is no portal, and the checks of
 * whole portals do not apply to it.
 */
export const LIBRARY = {
  port: port + 1,
  base: '/library/',
  dir: join(ROOT, '.test-builds/library'),
  /** Laws of tests/fixtures/corpus/laws-cn, by folder: 年休假 is in no page of the sample content. */
  laws: ['行政法规/职工带薪年休假条例(2007-12-14).md', '行政法规/居住证暂行条例(2015-11-26).md'],
} as const;

export const siteUrl = (site: keyof typeof SITES, path = '') =>
  `http://127.0.0.1:${SITES[site].port}${SITES[site].base}${path.replace(/^\//, '')}`;
