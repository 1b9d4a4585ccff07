import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { useLocalBackend } from './cms-admin';
import { ASTRO, NODE, ROOT } from './fixture-site';

/**
 * decap-server (Decap's local backend) on a throwaway copy of content/, for tests that edit
 * through the built admin. Each spec file uses its own port, so specs can run side by side.
 */
export async function startDecapServer(port: number): Promise<{ repo: string; stop: () => void }> {
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  const repo = mkdtempSync(join(ROOT, '.test-builds', 'cms-'));
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  cpSync(join(ROOT, 'public/uploads'), join(repo, 'public/uploads'), { recursive: true });
  const server: ChildProcess = spawn(NODE, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  const url = `http://localhost:${port}/api/v1`;
  for (let i = 0; i < 100; i += 1) {
    const ok = await fetch(url, {
      method: 'POST',
      body: '{"action":"info"}',
      headers: { 'Content-Type': 'application/json' },
    })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { repo, stop: () => server.kill() };
    await new Promise((done) => setTimeout(done, 200));
  }
  server.kill();
  throw new Error('decap-server did not start');
}

/**
 * Opens the built admin against decap-server on `port` and logs in. Dialogs go to `onDialog`
 * (accepted when it returns true); a local-backup prompt is always dismissed.
 */
export async function openCms(
  page: Page,
  port: number,
  hash = '',
  onDialog: (message: string) => boolean = () => true,
): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    const accept = !dialog.message().includes('本地备份') && onDialog(dialog.message());
    void (accept ? dialog.accept() : dialog.dismiss()).catch(() => {});
  });
  await useLocalBackend(page, port);
  await page.goto('/admin/index.html');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('link', { name: '内容', exact: true })).toBeVisible();
  // Decap's router follows the hash; page.goto to a hash of the same page sometimes waits for
  // a load event that never comes once the router has replaced the history entry.
  if (hash) await page.evaluate((to) => (location.hash = to), hash);
  return problems;
}

/** Saves and publishes the entry being edited (no editorial workflow with the local backend). */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}

/** Builds the site from what the CMS wrote in `repo` (its content/), into `repo`/dist. */
export function buildContent(repo: string): SpawnSyncReturns<string> & { out: string } {
  const out = join(repo, 'dist');
  const build = spawnSync(NODE, [ASTRO, 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: join(repo, 'content'),
      ASTRO_OUT_DIR: out,
      ASTRO_CACHE_DIR: join(repo, 'cache'),
    },
    encoding: 'utf8',
  });
  return { ...build, out };
}
