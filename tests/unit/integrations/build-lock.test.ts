import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildLock } from '../../../src/integrations/build-lock';

type Hook = (options: unknown) => Promise<void> | void;

function project() {
  const root = mkdtempSync(join(tmpdir(), 'lock-'));
  mkdirSync(join(root, '.astro'));
  return { root, lock: join(root, '.astro/build.lock') };
}

function run(root: string, log: string[] = []) {
  const integration = buildLock({ pollMs: 20, log: (m) => log.push(m) });
  const hooks = integration.hooks as Record<string, Hook>;
  const setup = hooks['astro:config:setup']!({ command: 'build', config: { root: pathToFileURL(`${root}/`) } });
  return { setup, done: () => hooks['astro:build:done']!({}) };
}

describe('buildLock', () => {
  test('a second build waits while another build of the checkout runs, then takes the lock', async () => {
    const { root, lock } = project();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 800)']);
    writeFileSync(lock, String(other.pid));
    const log: string[] = [];
    const started = Date.now();
    const exited = new Promise((resume) => other.on('exit', resume));
    const build = run(root, log);
    await build.setup;
    await exited;
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(log[0]).toMatch(new RegExp(`another astro build of this checkout is running \\(process ${other.pid}\\)`));
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    build.done();
    expect(existsSync(lock)).toBe(false);
  });

  test('a lock left by a build that died is taken over at once', async () => {
    const { root, lock } = project();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resume) => dead.on('exit', resume));
    writeFileSync(lock, String(dead.pid));
    const log: string[] = [];
    const build = run(root, log);
    await build.setup;
    expect(log).toEqual([]);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    build.done();
  });

  test('astro dev takes no lock', async () => {
    const { root, lock } = project();
    const integration = buildLock();
    await (integration.hooks as Record<string, Hook>)['astro:config:setup']!({
      command: 'dev',
      config: { root: pathToFileURL(`${root}/`) },
    });
    expect(existsSync(lock)).toBe(false);
  });
});
