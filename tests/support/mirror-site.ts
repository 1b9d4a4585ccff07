import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './fixture-site';
import { SITES } from './sites';
import { serveStatic } from './static-server';

export interface MirrorSite {
  /** The address of a page of the mirror, site-relative. */
  url: (path?: string) => string;
  origin: string;
  /** Replaces a copied file of the mirror, as the next build would. */
  write: (file: string, text: string) => void;
  close: () => Promise<void>;
}

const close = (server: Server) => new Promise<void>((done) => server.close(() => done()));

/**
 * The sample build served again, on a port of its own: its folder linked entry by entry, but
 * without `omit` (e.g. `_headers`, for a host that sends no headers, such as GitHub Pages) and
 * with `copy` as real files that a test may rewrite (e.g. `sw.js`, for the next build). Linking
 * keeps it cheap: no second build, no copy of the site.
 */
export async function mirrorSample({ omit = [], copy = [] }: { omit?: string[]; copy?: string[] } = {}) {
  const source = SITES.sample.dir;
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.test-builds', 'mirror-'));
  for (const entry of readdirSync(source)) {
    if (omit.includes(entry)) continue;
    if (copy.includes(entry)) copyFileSync(join(source, entry), join(dir, entry));
    else symlinkSync(join(source, entry), join(dir, entry));
  }
  // Port 0: any free port, so that tests running side by side never clash.
  const server = await serveStatic(dir, 0, '/');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path = '/') => `${origin}${path}`,
    write: (file: string, text: string) => writeFileSync(join(dir, file), text),
    // Removes the links, never what they point to.
    close: () => close(server).then(() => rmSync(dir, { recursive: true, force: true })),
  } satisfies MirrorSite;
}

/** A page on an origin of its own (another port) with `html` as its body: e.g. a site that frames ours. */
export async function foreignPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>foreign</title></head><body>${html}</body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => close(server) };
}
