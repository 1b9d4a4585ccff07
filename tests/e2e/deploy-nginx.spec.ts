import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CACHE_RULES, SECURITY_HEADERS } from '../../src/security-headers';
import { get, startNginx, type Nginx } from '../support/nginx';
import { SITES } from '../support/sites';

// deploy/nginx.conf on the real nginx, serving the sample build over HTTPS: every file goes out
// with a type the browser accepts under `nosniff`, search works, the headers and caching are
// those of src/security-headers.ts, and port 80 only redirects.

test.describe.configure({ mode: 'serial' });
test.use({ ignoreHTTPSErrors: true });

// Beside the two sample sites (E2E_PORT and E2E_PORT + 1), so that checkouts side by side do not clash.
const PORT = Number(process.env.E2E_PORT ?? 4400);
let nginx: Nginx;

test.beforeAll(async () => {
  nginx = await startNginx(SITES.sample.dir, { https: PORT + 10, http: PORT + 11 });
});

test.afterAll(async () => {
  await nginx?.stop();
});

/**
 * What this recipe sends for each kind of file. A file type new to the build fails the test until
 * it is added here, with the type a browser needs for it.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.mp3': 'audio/mpeg',
  '.pdf': 'application/pdf',
  // Pagefind's index: gzip data that Pagefind fetches and unpacks itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  // _headers, read by other static hosts.
  '': 'application/octet-stream',
};

/** Files editors may upload or a later build may emit, which the sample build does not have. */
const MORE_TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.m4a': 'audio/x-m4a',
  '.mp4': 'video/mp4',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.woff2': 'font/woff2',
  '.yaml': 'text/yaml; charset=utf-8',
};

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => `/${file.split('\\').join('/')}`)
    .sort();
}

const cacheControl = (path: string) =>
  CACHE_RULES.find((rule) => path.startsWith(`/${rule.path.replace('*', '')}`))?.value ?? 'no-cache';

test('every file of the built site goes out with its type, the security headers and its caching @desktop', async () => {
  const files = filesOf(SITES.sample.dir);
  expect(files.length).toBeGreaterThan(100);
  const wrong: string[] = [];
  for (const path of files) {
    const reply = await get(`${nginx.https}${encodeURI(path)}`);
    const want = TYPES[extname(path)];
    if (want === undefined) wrong.push(`${path}: no expected type for "${extname(path)}" in this test`);
    else if (reply.status !== 200 || reply.headers['content-type'] !== want)
      wrong.push(`${path}: ${reply.status} ${reply.headers['content-type']} (want ${want})`);
    // Nothing is compressed for a client that did not ask, and Pagefind's gzip files never are.
    if (reply.headers['content-encoding']) wrong.push(`${path}: Content-Encoding ${reply.headers['content-encoding']}`);
    if (reply.body.length !== statSync(join(SITES.sample.dir, path)).size) wrong.push(`${path}: body size differs`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      if (reply.headers[name.toLowerCase()] !== value)
        wrong.push(`${path}: ${name} is ${reply.headers[name.toLowerCase()]}`);
    if (reply.headers['cache-control'] !== cacheControl(path))
      wrong.push(`${path}: Cache-Control ${reply.headers['cache-control']} (want ${cacheControl(path)})`);
  }
  expect(wrong).toEqual([]);
});

test('the files search and the CMS need have the types browsers require @desktop', async () => {
  const type = async (path: string) => (await get(`${nginx.https}${path}`)).headers['content-type'];
  expect(await type('/pagefind/pagefind.js')).toMatch(/^(text|application)\/javascript(;|$)/);
  expect(await type('/pagefind/pagefind-ui.css')).toMatch(/^text\/css(;|$)/);
  expect(await type('/admin/config.yml')).toMatch(/^text\/yaml(;|$)/);
  expect(await type('/admin/decap-cms.js')).toMatch(/^(text|application)\/javascript(;|$)/);
  expect(await type('/admin/')).toMatch(/^text\/html(;|$)/);
  expect(await type('/search/')).toMatch(/^text\/html(;|$)/);
  // A lesson's recording in parts, as players ask for it to seek (the podcast's enclosure too).
  const part = await get(`${nginx.https}/uploads/audio/lesson-01.mp3`, { range: 'bytes=100-199' });
  expect([part.status, part.headers['content-type'], part.body.length]).toEqual([206, 'audio/mpeg', 100]);
  const wrong: string[] = [];
  for (const [extension, want] of Object.entries(MORE_TYPES)) {
    // In each location that has rules of its own, and in the pages' one.
    for (const folder of ['pagefind', '_astro', 'uploads']) {
      const path = `/${folder}/probe${extension}`;
      writeFileSync(join(nginx.root, path), 'probe');
      const got = await type(path);
      if (got !== want) wrong.push(`${path}: ${got} (want ${want})`);
    }
  }
  expect(wrong).toEqual([]);
});

test('search finds results in a browser through nginx @desktop', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /MIME type|nosniff/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(`${nginx.https}/search/?q=${encodeURIComponent('党费')}`);
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(/^找到 \d+ 条结果$/);
  expect(Number((await status.textContent())!.match(/\d+/)![0])).toBeGreaterThan(0);
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  expect(refused).toEqual([]);
});

test('the built admin page may connect only to the site and the Git host, never to localhost @desktop', async () => {
  const html = (await get(`${nginx.https}/admin/index.html`)).body.toString('utf8');
  const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
  const connect = csp
    ?.split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('connect-src'));
  expect(connect).toMatch(/^connect-src 'self' blob:/);
  expect(connect).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]/);
});

test('port 80 sends everyone to HTTPS and answers only certbot itself; HSTS comes over HTTPS @desktop', async () => {
  const redirect = await get(`${nginx.http}/search/?q=${encodeURIComponent('党费')}`);
  expect(redirect.status).toBe(301);
  expect(redirect.headers.location).toBe(`https://127.0.0.1/search/?q=${encodeURIComponent('党费')}`);
  expect((await get(`${nginx.http}/`)).headers.location).toBe('https://127.0.0.1/');
  // certbot --webroot -w <webroot> writes its token under .well-known/acme-challenge/ there.
  mkdirSync(join(nginx.acme, '.well-known/acme-challenge'), { recursive: true });
  writeFileSync(join(nginx.acme, '.well-known/acme-challenge/token'), 'challenge');
  const challenge = await get(`${nginx.http}/.well-known/acme-challenge/token`);
  expect([challenge.status, challenge.body.toString()]).toEqual([200, 'challenge']);
  expect((await get(`${nginx.http}/index.html`)).status).toBe(301);
  const page = await get(`${nginx.https}/`);
  expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
  // A missing page is the site's own 404, with the same headers.
  const missing = await get(`${nginx.https}/no-such-page/`);
  expect(missing.status).toBe(404);
  expect(missing.body.toString()).toContain('<html');
  expect(missing.headers['x-content-type-options']).toBe('nosniff');
});
