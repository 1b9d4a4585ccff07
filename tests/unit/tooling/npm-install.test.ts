import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, test } from 'vitest';

// .npmrc sets loglevel=error, because npm on the machine's older Node warns about every package
// that needs the Node this project pins and runs on (see .npmrc). This test restores what that
// hides: it runs the same `npm ci` (dry run) with npm on the pinned Node, where engine checks are
// the ones that matter, and fails on any warning npm prints there: an engine the pinned Node does
// not satisfy, a peer dependency conflict (ERESOLVE), an install script allowScripts does not
// cover, a bad setting.

const ROOT = join(import.meta.dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');

/** The npm a newcomer's `npm ci` runs: the first `npm` on PATH, as its JavaScript entry point. */
function npmCli(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'npm');
    if (!dir.includes('node_modules') && existsSync(candidate)) return realpathSync(candidate);
  }
  throw new Error('no npm on PATH');
}

/**
 * `npm ci --dry-run` in `dir` with npm on the pinned Node. It reads the lockfile and npm's cache;
 * without the overrides npm also asks the registry about React's versions, which a machine whose
 * cache holds only the installed tarballs does not have (--offline then fails with ENOTCACHED).
 */
function dryRunCi(dir = ROOT) {
  const run = spawnSync(
    NODE,
    [npmCli(), 'ci', '--dry-run', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn'],
    // npm test passes its own settings (npm_config_*) down; this run must see only the project's.
    {
      cwd: dir,
      encoding: 'utf8',
      env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))),
    },
  );
  return { status: run.status, warnings: run.stderr.split('\n').filter((line) => /^npm warn/i.test(line)) };
}

describe('npm ci', () => {
  test('on the pinned Node prints no warning at all', () => {
    const { status, warnings } = dryRunCi();
    expect(status).toBe(0);
    expect(warnings).toEqual([]);
  }, 120_000);

  test('is quiet on any Node because .npmrc sets loglevel=error, and the dry run above is what stands in for it', () => {
    const npmrc = readFileSync(join(ROOT, '.npmrc'), 'utf8');
    expect(npmrc).toMatch(/^loglevel=error$/m);
  });

  test("warns about the React peers of Decap's dependencies without the overrides in package.json", () => {
    // Decap 3.16 runs on React 19, but some of its dependencies still declare React 16-18 (and one
    // an old Slate it never imports) as peers. package.json's overrides state that those peers are
    // the React (and Slate) installed. Without them the same dry run warns: so the first test can
    // fail, and once Decap's dependencies declare React 19 this one fails and the overrides can go.
    const dir = mkdtempSync(join(tmpdir(), 'npm-ci-'));
    try {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
      delete pkg.overrides;
      writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
      copyFileSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
      const { status, warnings } = dryRunCi(dir);
      expect(status).toBe(0);
      const conflicts = warnings.filter((line) => /^npm warn While resolving: /.test(line));
      expect(conflicts.length).toBeGreaterThan(0);
      // Each conflict is one an override settles: on the package itself, or on the package it is nested in.
      const overridden = Object.keys(
        JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).overrides as Record<string, unknown>,
      );
      const paths = Object.keys(
        (JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: object }).packages,
      );
      for (const line of conflicts) {
        const name = /While resolving: (.+)@[^@]+$/.exec(line)![1]!;
        const settled =
          overridden.includes(name) ||
          paths.some(
            (path) =>
              path.endsWith(`/node_modules/${name}`) &&
              overridden.some((o) => path.startsWith(`node_modules/${o}/node_modules/`)),
          );
        expect(settled, line).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
