import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { adminScript } from '../../../src/cms/admin-script';
import { UPLOAD_NAMES_GLOBAL, type UploadNames } from '../../../src/cms/admin/upload-name';
import { megabytes, REPLACE_PROMPT } from '../../../src/cms/admin/uploads';
import { adminRules } from '../../../src/cms/collections';
import { adminScriptPackages } from '../../../src/integrations/third-party-notices';
import { buildNotices, type Lockfile } from '../../../src/lib/third-party-notices';
import { SITE } from '../../../src/site.config';

const entry = (name: string) => fileURLToPath(new URL(`../../../src/cms/admin/${name}`, import.meta.url));

describe('the admin’s scripts', () => {
  test('the main one stays small: the pinyin dictionary is a script of its own', async () => {
    const main = await adminScript(entry('index.ts'), {
      define: { __BASE__: '"/"', __RULES__: JSON.stringify(adminRules()) },
    });
    const names = await adminScript(entry('pinyin-names.ts'), { globalName: UPLOAD_NAMES_GLOBAL });
    // Readings of the dictionary: a character's (膀) and a phrase's (这个).
    for (const reading of ['bǎng páng pāng', 'zhè ge']) {
      expect(main.includes(reading), reading).toBe(false);
      expect(names.includes(reading), reading).toBe(true);
    }
    // The setup script (with js-yaml for the file format) against Decap's 5 MB bundle; the
    // dictionary alone would add 300 KB.
    expect(Buffer.byteLength(main)).toBeLessThan(150_000);
  });

  test('/admin/upload-names.js hands over the pinyin namer as a global', async () => {
    const context: Record<string, unknown> = {};
    runInNewContext(await adminScript(entry('pinyin-names.ts'), { globalName: UPLOAD_NAMES_GLOBAL }), context);
    const names = context[UPLOAD_NAMES_GLOBAL] as UploadNames;
    expect(names.pinyinUploadName('工地党小组合影.png', new Date())).toBe('gong-di-dang-xiao-zu-he-ying.png');
  });
});

describe('third-party notices for the admin’s scripts', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile;

  test('name js-yaml in /admin/cms-setup.js and pinyin-pro in /admin/upload-names.js, with their licences, when the build wrote them', async () => {
    const out = mkdtempSync(join(tmpdir(), 'admin-notices-'));
    try {
      mkdirSync(join(out, 'admin'));
      writeFileSync(join(out, 'admin/cms-setup.js'), '');
      const yaml = {
        name: 'js-yaml',
        version: expect.stringMatching(/^4\./) as unknown,
        files: ['admin/cms-setup.js'],
      };
      expect(await adminScriptPackages(root, out)).toEqual([yaml]);
      writeFileSync(join(out, 'admin/upload-names.js'), '');
      const packages = await adminScriptPackages(root, out);
      expect(packages).toEqual([
        yaml,
        { name: 'pinyin-pro', version: expect.stringMatching(/^3\./) as unknown, files: ['admin/upload-names.js'] },
      ]);
      const notices = buildNotices(packages, lock, root);
      for (const notice of notices) {
        expect(notice.license).toBe('MIT');
        expect(notice.texts[0]!.text).toMatch(/Permission is hereby granted/);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('uploads', () => {
  test('recognise the question Decap’s bundle asks before replacing a file', () => {
    const bundle = readFileSync(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'), 'utf8');
    const template = /`\$\{\w+\.name\}( already exists\. Do you want to replace it\?)`/.exec(bundle);
    expect(template, 'Decap no longer asks this: src/cms/admin/uploads.ts must follow').not.toBeNull();
    expect(REPLACE_PROMPT.exec(`gong-di.png${template![1]}`)?.[1]).toBe('gong-di.png');
  });

  test('state sizes in megabytes, a file’s rounded up so it never looks within the limit', () => {
    expect(megabytes(SITE.cms.maxUploadBytes)).toBe('5');
    expect(megabytes(SITE.cms.maxUploadBytes + 1, true)).toBe('5.1');
    expect(megabytes(12.34 * 1024 * 1024, true)).toBe('12.4');
  });
});
