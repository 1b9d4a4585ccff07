import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildLock } from '../../../src/integrations/build-lock';

type Hook = (options: unknown) => Promise<void> | void;

function project() {
  const root = mkdtempSync(join(tmpdir(), 'lock-'));
  const locks = join(root, '.astro/build-locks');
  mkdirSync(locks, { recursive: true });
  return { root, locks };
}

/** Another build of the checkout: a process that lives `ms`, holding a lock for `content`. */
function otherBuild(locks: string, content: string, ms: number, asked = Date.now() - 1000) {
  const other = spawn(process.execPath, ['-e', `setTimeout(() => {}, ${ms})`]);
  writeFileSync(join(locks, String(other.pid)), JSON.stringify({ content, asked }));
  return { pid: other.pid!, exited: new Promise((resume) => other.on('exit', resume)) };
}

function run(root: string, content: string, log: string[] = []) {
  const integration = buildLock({ pollMs: 20, log: (m) => log.push(m), content });
  const hooks = integration.hooks as Record<string, Hook>;
  const setup = hooks['astro:config:setup']!({ command: 'build', config: { root: pathToFileURL(`${root}/`) } });
  return { setup, done: () => hooks['astro:build:done']!({}) };
}

describe('buildLock', () => {
  test('a build of other content waits while another build of the checkout runs, then goes', async () => {
    const { root, locks } = project();
    const other = otherBuild(locks, '/fixture-a/content', 800);
    const log: string[] = [];
    const started = Date.now();
    const build = run(root, '/fixture-b/content', log);
    await build.setup;
    await other.exited;
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(log[0]).toMatch(
      new RegExp(
        `another astro build of this checkout is running \\(process ${other.pid}, content /fixture-a/content\\)`,
      ),
    );
    expect(readdirSync(locks)).toContain(String(process.pid));
    build.done();
    expect(existsSync(join(locks, String(process.pid)))).toBe(false);
  });

  test('a build of the same content runs alongside at once', async () => {
    const { root, locks } = project();
    const other = otherBuild(locks, '/sample/content', 2000);
    const log: string[] = [];
    const started = Date.now();
    const build = run(root, '/sample/content', log);
    await build.setup;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(log).toEqual([]);
    build.done();
    process.kill(other.pid);
  });

  test('first come, first served: a build of the running content that asked after one of other content waits too', async () => {
    const { root, locks } = project();
    const running = otherBuild(locks, '/sample/content', 3000, Date.now() - 2000);
    const waiting = otherBuild(locks, '/fixture/content', 600, Date.now() - 1000);
    const log: string[] = [];
    const started = Date.now();
    const build = run(root, '/sample/content', log);
    await build.setup;
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(log[0]).toContain(`process ${waiting.pid}`);
    build.done();
    process.kill(running.pid);
  });

  test('a lock left by a build that died is removed and not waited for', async () => {
    const { root, locks } = project();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resume) => dead.on('exit', resume));
    writeFileSync(join(locks, String(dead.pid)), JSON.stringify({ content: '/other', asked: 0 }));
    const log: string[] = [];
    const build = run(root, '/sample/content', log);
    await build.setup;
    expect(log).toEqual([]);
    expect(readdirSync(locks)).toEqual([String(process.pid)]);
    build.done();
  });

  test('astro dev takes no lock', async () => {
    const { root, locks } = project();
    const integration = buildLock();
    await (integration.hooks as Record<string, Hook>)['astro:config:setup']!({
      command: 'dev',
      config: { root: pathToFileURL(`${root}/`) },
    });
    expect(readdirSync(locks)).toEqual([]);
  });
});
