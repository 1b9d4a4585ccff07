import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { NODE, ROOT } from '../support/fixture-site';
import { frontmatterOnceWritten } from '../support/frontmatter';
import { pageSchema } from '../../src/schemas/pages';

// `npm run cms` (scripts/cms.ts) on a copy of the content: decap-server and `astro dev` start
// together, the dev server serves the admin, and an editor's page lands as a file.

const BACKEND_PORT = 8093;
const DEV_PORT = 4393;
let repo: string;
let cms: ChildProcess;
let log = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  repo = mkdtempSync(join(ROOT, '.test-builds', 'cms-dev-'));
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  mkdirSync(join(repo, 'public/uploads'), { recursive: true });
  cms = spawn(NODE, [join(ROOT, 'scripts/cms.ts')], {
    cwd: ROOT,
    env: { ...process.env, CMS_REPO_DIR: repo, CMS_LOCAL_PORT: String(BACKEND_PORT), CMS_DEV_PORT: String(DEV_PORT) },
    detached: true,
  });
  cms.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  cms.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (let i = 0; i < 300; i += 1) {
    const ready = await fetch(`http://localhost:${DEV_PORT}/admin/config.yml`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error(`npm run cms did not start:\n${log}`);
});

test.afterAll(() => {
  // The script and both servers it started.
  if (cms?.pid) process.kill(-cms.pid, 'SIGTERM');
});

test('npm run cms: an editor adds a page through the dev server and it lands in content/ @desktop', async ({
  page,
}) => {
  expect(log).toContain(`http://localhost:${DEV_PORT}/admin/index.html`);
  const config = await (await fetch(`http://localhost:${DEV_PORT}/admin/config.yml`)).text();
  expect(config).toContain(`url: http://localhost:${BACKEND_PORT}/api/v1`);
  // The dev server's admin may reach decap-server (a build's may not: tests/e2e/deploy-nginx.spec.ts).
  const admin = await (await fetch(`http://localhost:${DEV_PORT}/admin/index.html`)).text();
  expect(admin).toMatch(new RegExp(`connect-src [^;"]*http://localhost:${BACKEND_PORT}[ ;]`));

  page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
  await page.goto(`http://localhost:${DEV_PORT}/admin/index.html`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.goto(`http://localhost:${DEV_PORT}/admin/index.html#/collections/pages/new`);
  await page.getByLabel('标题', { exact: true }).fill('流动党员服务站开放时间');
  await page.getByLabel('网址名').fill('service-hours');
  await page.getByLabel('摘要').fill('各流动党员服务站的开放时间和联系电话。');
  await page.locator('[contenteditable="true"]').fill('服务站工作日开放，节假日另行通知。');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();

  const file = join(repo, 'content/pages/service-hours.md');
  await expect.poll(() => frontmatterOnceWritten(file), { timeout: 15_000 }).toBeDefined();
  const data = frontmatterOnceWritten(file)!;
  expect(data).toMatchObject({ title: '流动党员服务站开放时间', slug: 'service-hours' });
  expect(pageSchema.safeParse(data).error?.issues ?? []).toEqual([]);
});
