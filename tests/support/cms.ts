import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
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

/** What a logged-in admin page answers its dialogs with, and the script errors it has seen. */
interface AdminState {
  onDialog: (message: string) => boolean;
  problems: string[];
}
const admins = new WeakMap<Page, AdminState>();

/**
 * Opens the built admin against decap-server on `port` and logs in, or, on a page already logged
 * in (see `sharedAdmin`), moves it to `hash` as an editor clicking through does. Dialogs go to
 * `onDialog` (accepted when it returns true); a local-backup prompt is always dismissed. Returns
 * the script errors the page shows from now on.
 */
export async function openCms(
  page: Page,
  port: number,
  hash = '',
  onDialog: (message: string) => boolean = () => true,
): Promise<string[]> {
  const known = admins.get(page);
  if (known) {
    known.onDialog = onDialog;
    known.problems = [];
    await moveTo(page, hash);
    return known.problems;
  }
  const state: AdminState = { onDialog, problems: [] };
  admins.set(page, state);
  page.on('pageerror', (error) => state.problems.push(error.message));
  page.on('dialog', (dialog) => {
    const accept = !dialog.message().includes('本地备份') && state.onDialog(dialog.message());
    void (accept ? dialog.accept() : dialog.dismiss()).catch(() => {});
  });
  await useLocalBackend(page, port);
  await page.goto('/admin/index.html');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('link', { name: '内容', exact: true })).toBeVisible();
  // Decap's router follows the hash; page.goto to a hash of the same page sometimes waits for
  // a load event that never comes once the router has replaced the history entry.
  if (hash) await page.evaluate((to) => (location.hash = to), hash);
  return state.problems;
}

/**
 * Moves a logged-in admin to `hash` ('' is the collections' start). It leaves the screen it is on
 * first, so that an entry opened again is loaded afresh rather than kept with the last test's edits.
 */
async function moveTo(page: Page, hash: string): Promise<void> {
  const start = '#/';
  // A media library the last test left open (媒体资源, or 图片 from a field) stays over every screen: close it.
  const modal = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: '关闭' }) });
  if (await modal.isVisible()) {
    await modal.getByRole('button', { name: '关闭' }).click();
    await expect(modal).toBeHidden();
  }
  await page.evaluate((to) => (location.hash = to), start);
  // Decap sends #/ on to its first collection: wait until no entry is open any more, and its
  // editor is gone, so that the next entry (even the same one again) is loaded afresh.
  await expect(page).not.toHaveURL(/#\/collections\/[^/]+\/(entries\/|new)/);
  await expect(page.locator('[class*="-EditorContainer"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '内容', exact: true })).toBeVisible();
  if (hash && hash !== start) await page.evaluate((to) => (location.hash = to), hash);
}

/**
 * One logged-in admin for all the tests of a spec file (which run in series): the `page` of the
 * returned `test` is that admin, so Decap's bundle is loaded and logged in once, not per test.
 * Loading it is most of a CMS test's time on a two-core machine; each test still starts from a
 * fresh screen (`openCms` leaves the last entry first). `options` adds to the project's own.
 */
export function sharedAdmin(port: number, options: BrowserContextOptions = {}) {
  let context: BrowserContext | undefined;
  let admin: Page | undefined;
  base.beforeAll(async ({ browser }, info) => {
    const keys = ['viewport', 'isMobile', 'hasTouch', 'deviceScaleFactor', 'baseURL', 'locale'] as const;
    const project = Object.fromEntries(
      keys.map((key) => [key, info.project.use[key]]).filter(([, value]) => value !== undefined),
    ) as BrowserContextOptions;
    context = await browser.newContext({ ...project, ...options });
    admin = await context.newPage();
    await openCms(admin, port);
  });
  base.afterAll(async () => context?.close());
  return base.extend({
    // eslint-disable-next-line no-empty-pattern -- a fixture that uses no other fixture
    page: async ({}, use) => {
      if (!admin) throw new Error('the shared admin did not open (see beforeAll)');
      await use(admin);
    },
  });
}

/** Saves and publishes the entry being edited (no editorial workflow with the local backend). */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}

/**
 * Waits for Decap's notice that the entry was saved. On a busy machine a save can show the notice
 * twice at once (two toasts of the same text), so the first one is enough.
 */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByText('内容已保存').first()).toBeVisible();
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
