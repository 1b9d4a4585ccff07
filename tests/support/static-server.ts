import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
};

// Text is sent gzip-compressed to a client that accepts it, as any static host does (nginx
// `gzip on`, GitHub Pages); Pagefind's own files are compressed already.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.yml', '.svg', '.xml', '.txt', '.webmanifest', '.ics']);

/** The rules of a `_headers` file: a path pattern (trailing * matches any rest), then its headers. */
function readHeaderRules(root: string): { pattern: string; headers: Record<string, string> }[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!.trim().toLowerCase()] = value.join(':').trim();
    }
  }
  return rules;
}

/** The one byte range a `Range: bytes=a-b` header asks for (a-, -n and a-b forms); several ranges are answered whole. */
function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [start, end] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), Math.min(size - 1, match[2] === '' ? size - 1 : Number(match[2]))];
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

/**
 * A plain static host, as an organization would deploy to, applying the build's `_headers`
 * as Netlify or Cloudflare Pages would: serves `root` under the path
 * `mount`, index.html for folders, a redirect to add the trailing slash, and the site's own
 * 404.html with status 404 for anything else.
 */
export function serveStatic(
  root: string,
  port: number,
  mount = '/',
  /** Further sites on the same origin, each under its own path (a portal's law library at /library/). */
  others: { root: string; mount: string }[] = [],
): Promise<Server> {
  const sites = [{ root, mount }, ...others].map((site) => ({
    root: site.root,
    prefix: site.mount.endsWith('/') ? site.mount : `${site.mount}/`,
    rules: readHeaderRules(site.root),
  }));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    // The site whose path holds the request (the longest such path), else the first site answers 404.
    const site =
      sites
        .filter((s) => path.startsWith(s.prefix) || `${path}/` === s.prefix)
        .sort((a, b) => b.prefix.length - a.prefix.length)[0] ?? sites[0]!;
    const { root, prefix, rules } = site;
    const send = (file: string, status = 200) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const matching = rules.filter((rule) =>
        rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern,
      );
      const headers = {
        ...Object.assign({}, ...matching.map((rule) => rule.headers)),
        'content-type': type,
        vary: 'accept-encoding',
      };
      if (gzip) {
        response.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
        createReadStream(file).pipe(createGzip()).pipe(response);
        return;
      }
      // Byte ranges, as every static host serves them: a browser seeks in audio and video by
      // asking for the part it needs, and cannot seek where the server always sends it all.
      const size = statSync(file).size;
      const range = status === 200 ? byteRange(request.headers.range, size) : undefined;
      if (range === 'unsatisfiable') {
        response.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
        return;
      }
      response.writeHead(range ? 206 : status, {
        ...headers,
        'accept-ranges': 'bytes',
        'content-length': String(range ? range.end - range.start + 1 : size),
        ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${size}` } : {}),
      });
      createReadStream(file, range).pipe(response);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(page, 404);
      else response.writeHead(404).end('not found');
    };
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return notFound();
    const relative = normalize(path.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, relative);
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(index) : notFound();
    }
    return existsSync(file) ? send(file) : notFound();
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
