import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

describe('npm run import', () => {
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
      'Dry run (nothing written): 11 imported, 0 updated, 0 unchanged, 0 kept, 5 skipped',
    );
    expect(existsSync(out)).toBe(false);
  });

  test('imports, exits 0 despite skipped files, and prints progress by tenths off a terminal', () => {
    const out = join(work, 'out');
    const report = join(work, 'report.json');
    const result = run(CORPUS, '--out', out, '--report', report);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('100% (16/16)');
    expect(result.stdout).toContain('11 imported, 0 updated, 0 unchanged, 0 kept, 5 skipped');
    expect(result.stdout).toContain('  issueDate unknown (no history line, no date in the file name): 2\n');
    expect(result.stdout).toContain('  issuer unknown (未注明): 1\n');
    expect(result.stdout).toContain('  issuer from opening text: 1\n');
    expect(readdirSync(out)).toHaveLength(11);
    const undated = readFileSync(join(out, 'wu-ri-qi-shuo-ming.md'), 'utf8');
    expect(undated).toContain('\nissuer: 未注明\n');
    expect(undated).not.toContain('issueDate');
    expect(JSON.parse(readFileSync(report, 'utf8')).counts).toEqual({
      imported: 11,
      updated: 0,
      unchanged: 0,
      kept: 0,
      skipped: 5,
    });
    expect(run(CORPUS, '--out', out).stdout).toContain('0 imported, 0 updated, 11 unchanged, 0 kept, 5 skipped');
  });

  test('imports a single file, taking its category from its folder', () => {
    const out = join(work, 'single');
    const result = run(join(CORPUS, '行政法规/示例旧条例(2001-01-01).md'), '--out', out);
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'shi-li-jiu-tiao-li-2001-01-01.md'), 'utf8')).toContain(
      'category: administrative-regulation',
    );
  });
});
