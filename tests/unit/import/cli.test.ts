import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// The project's own Node 24 runs the .ts script; the machine's node may be older.
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;
const CORPUS = join(ROOT, 'tests/fixtures/import/corpus');
const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(NODE, [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1751328000' },
  });

// Each test starts Node on the TypeScript script, once or twice: seconds on a busy machine.
describe('npm run import', { timeout: 30_000 }, () => {
  test('fails with exit code 2 and the usage for a missing input path', () => {
    const result = run(join(work, 'missing'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('No such file or folder');
    expect(result.stderr).toContain('Usage: npm run import');
  });

  test('fails with exit code 2 for an unknown option', () => {
    expect(run(CORPUS, '--fast').status).toBe(2);
  });

  test('writes nothing with --dry-run but prints the report', () => {
    const out = join(work, 'dry');
    const result = run(CORPUS, '--out', out, '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Dry run (nothing written): 12 imported, 0 updated, 0 unchanged, 0 kept, 4 skipped',
    );
    expect(existsSync(out)).toBe(false);
  });

  test('imports, exits 0 despite skipped files, and prints progress by tenths off a terminal', () => {
    const out = join(work, 'out');
    const report = join(work, 'report.json');
    const result = run(CORPUS, '--out', out, '--report', report);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('100% (16/16)');
    expect(result.stdout).toContain('12 imported, 0 updated, 0 unchanged, 0 kept, 4 skipped');
    expect(result.stdout).toContain('  issueDate unknown (no history line, no date in the file name): 3\n');
    expect(result.stdout).toContain('  issuer unknown (未注明): 2\n');
    expect(result.stdout).toContain('  issuer from opening text: 1\n');
    expect(readdirSync(out)).toHaveLength(12);
    const undated = readFileSync(join(out, 'wu-ri-qi-shuo-ming.md'), 'utf8');
    expect(undated).toContain('\nissuer: 未注明\n');
    expect(undated).not.toContain('issueDate');
    expect(JSON.parse(readFileSync(report, 'utf8')).counts).toEqual({
      imported: 12,
      updated: 0,
      unchanged: 0,
      kept: 0,
      skipped: 4,
    });
    expect(run(CORPUS, '--out', out).stdout).toContain('0 imported, 0 updated, 12 unchanged, 0 kept, 4 skipped');
  });

  test('imports a single file, taking its category from its folder', () => {
    const out = join(work, 'single');
    const result = run(join(CORPUS, '行政法规/示例旧条例(2001-01-01).md'), '--out', out);
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'shi-li-jiu-tiao-li-2001-01-01.md'), 'utf8')).toContain(
      'category: administrative-regulation',
    );
  });

  test('imports a document once from a folder with self -> . and up -> .., and reports the links and hidden files', () => {
    const input = join(work, 'loops', '行政法规');
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, '示例条例.md'), readFileSync(join(CORPUS, '行政法规/示例旧条例(2001-01-01).md')));
    writeFileSync(join(input, '.草稿.md'), readFileSync(join(CORPUS, '行政法规/示例旧条例(2001-01-01).md')));
    writeFileSync(join(input, '..txt'), '示例');
    symlinkSync('.', join(input, 'self'));
    symlinkSync('..', join(input, 'up'));
    const out = join(work, 'loops-out');
    const result = run(input, '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 imported, 0 updated, 0 unchanged, 0 kept, 4 skipped');
    expect(result.stdout).toContain('  symbolic link, not followed (2):\n    self\n    up\n');
    expect(result.stdout).toContain('  hidden file (name starts with ".") (2):\n    ..txt\n    .草稿.md\n');
    expect(readdirSync(out)).toEqual(['shi-li-jiu-tiao-li.md']);
  });

  test('refuses a symbolic link given as the input, naming what it points to', () => {
    const link = join(work, 'link-to-corpus');
    symlinkSync(CORPUS, link);
    const result = run(link, '--out', join(work, 'never'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`is a symbolic link: give the path it points to, ${CORPUS}`);
    expect(existsSync(join(work, 'never'))).toBe(false);
  });

  test('does not write through a symbolic link in the output folder, even with --force', () => {
    const out = join(work, 'linked-out');
    mkdirSync(out);
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, '不能被覆盖');
    symlinkSync(victim, join(out, 'shi-li-jiu-tiao-li-2001-01-01.md'));
    const plain = run(join(CORPUS, '行政法规/示例旧条例(2001-01-01).md'), '--out', out);
    expect(plain.stdout).toContain('kept: not written by the importer (use --force)');
    const forced = run(join(CORPUS, '行政法规/示例旧条例(2001-01-01).md'), '--out', out, '--force');
    expect(forced.status).toBe(1);
    expect(forced.stderr).toContain('Not written (1):');
    expect(readFileSync(victim, 'utf8')).toBe('不能被覆盖');
  });
});
