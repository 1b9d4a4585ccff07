import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { decapPackages } from '../../src/integrations/third-party-notices';
import type { Lockfile } from '../../src/lib/third-party-notices';
import { ROOT } from '../support/fixture-site';
import { SITES } from '../support/sites';

// The notices of what the built site sends to browsers, as a reader finds them: linked from every
// page's footer, served as text, naming each shipped package with its licence.

const dist = SITES.sample.dir;

test('every page links the third-party notices, served as plain text @phone', async ({ page, request }) => {
  await page.goto('/');
  const link = page.getByRole('contentinfo').getByRole('link', { name: '本站使用的开源软件及其许可证' });
  await expect(link).toHaveAttribute('href', '/third-party-notices.txt');
  const response = await request.get('/third-party-notices.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
});

test('the notices name what the built files contain, each with a licence, and hold the licence texts @phone', () => {
  const text = readFileSync(join(dist, 'third-party-notices.txt'), 'utf8');
  // The list, before the licence texts (whose headings look alike).
  const list = text.slice(0, text.indexOf('== 许可证全文'));
  const listed = new Map(
    [...list.matchAll(/^(\S+) (\d\S*) — (.+)$/gm)].map(([, name, version, license]) => [
      `${name}@${version}`,
      license!,
    ]),
  );
  for (const [pkg, license] of listed) expect(license, pkg).toMatch(/^\(?[A-Za-z0-9.-]+/);
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

  // OpenCC's dictionary (Apache-2.0) is in a chunk that the Traditional-script switch loads.
  const astro = readdirSync(join(dist, '_astro'));
  expect(astro.some((f) => /^TSCharacters\..*\.js$/.test(f))).toBe(true);
  expect(listed.get(`opencc-js@${version('opencc-js')}`)).toBe('MIT AND Apache-2.0');
  expect(text).toContain('Apache License');
  // Pagefind's search code and WebAssembly; Tailwind's base styles in the site's CSS.
  expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
  expect(listed.get(`pagefind@${version('pagefind')}`)).toBe('MIT');
  expect(listed.get(`tailwindcss@${version('tailwindcss')}`)).toBe('MIT');

  // Every package in the Decap bundle served at /admin/.
  const map = JSON.parse(readFileSync(join(ROOT, 'node_modules/decap-cms/dist/decap-cms.js.map'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
  const decap = decapPackages(map, version('decap-cms'), lock);
  const missing = [...decap].map(([name, v]) => `${name}@${v}`).filter((pkg) => !listed.has(pkg));
  expect(missing).toEqual([]);
  // The pinyin dictionary the admin loads on the first upload (/admin/upload-names.js).
  expect(existsSync(join(dist, 'admin/upload-names.js'))).toBe(true);
  expect(listed.get(`pinyin-pro@${version('pinyin-pro')}`)).toBe('MIT');
  // The YAML reader and writer of the admin's file format (/admin/cms-setup.js).
  expect(listed.get(`js-yaml@${version('js-yaml')}`)).toBe('MIT');
  // The QR encoder that 我的学习 loads when a member moves the record to a new phone.
  expect(astro.some((f) => /^qr-svg\..*\.js$/.test(f))).toBe(true);
  // The QR encoder of a policy article's share card (article-card.ts, loaded when asked for).
  expect(listed.get(`qrcode@${version('qrcode')}`)).toBe('MIT');
  expect(listed.get(`dijkstrajs@${version('dijkstrajs')}`)).toBe('MIT');
  expect(listed.size).toBe(decap.size + 7);
});
