import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { useLocalBackend } from '../support/cms-admin';
import { NODE, ROOT } from '../support/fixture-site';

// The editorial workflow (draft → in review → ready → published) as it runs against a Git
// backend: decap-server in its git mode on a throwaway repository stands in for GitLab or
// Gitea. Each unpublished entry is a branch; publishing merges it into main.

test.describe.configure({ mode: 'serial' });

// Its own decap-server, apart from the one the file-mode tests (cms.spec.ts) run.
const PORT = 8094;
let repo: string;
let server: ChildProcess;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
const onMain = (path: string) => {
  try {
    return git('show', `main:${path}`);
  } catch {
    return undefined;
  }
};

test.beforeAll(async () => {
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  repo = mkdtempSync(join(ROOT, '.test-builds', 'cms-git-'));
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  mkdirSync(join(repo, 'public/uploads'), { recursive: true });
  writeFileSync(join(repo, 'public/uploads/.gitkeep'), '');
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'add', '.');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'sample content');
  server = spawn(NODE, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      GIT_REPO_DIRECTORY: repo,
      MODE: 'git',
      LOG_LEVEL: 'warn',
      GIT_AUTHOR_NAME: 'CMS',
      GIT_AUTHOR_EMAIL: 'cms@example.org',
      GIT_COMMITTER_NAME: 'CMS',
      GIT_COMMITTER_EMAIL: 'cms@example.org',
    },
    stdio: 'inherit',
  });
  const url = `http://localhost:${PORT}/api/v1`;
  for (let i = 0; i < 50; i += 1) {
    const info = await fetch(url, {
      method: 'POST',
      body: '{"action":"info"}',
      headers: { 'Content-Type': 'application/json' },
    })
      .then((r) => r.json() as Promise<{ publish_modes?: string[] }>)
      .catch(() => undefined);
    if (info?.publish_modes?.includes('editorial_workflow')) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('decap-server (git mode) did not start');
});

test.afterAll(() => {
  server?.kill();
});

test('a story goes draft → in review → ready → published, on a branch until it is merged @desktop', async ({
  page,
}) => {
  test.setTimeout(120_000);
  page.on(
    'dialog',
    (dialog) => void (dialog.message().includes('本地备份') ? dialog.dismiss() : dialog.accept()).catch(() => {}),
  );
  await useLocalBackend(page, PORT);
  await page.goto('/admin/index.html');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('link', { name: '工作流' })).toBeVisible();
  await page.goto('/admin/index.html#/collections/stories/new');
  await page.getByLabel('标题', { exact: true }).fill('在外地也要按时交党费（审核流程测试）');
  await page.getByLabel('网址名').fill('workflow-story');
  await page.getByLabel('摘要').fill('一位在外务工党员按月网上交纳党费的经历。');
  await page.getByLabel('姓名（可用化名）').fill('小周');
  await page.getByLabel('现在工作或学习的地方').fill('浙江省宁波市');
  await page.getByLabel('家乡').fill('清源县（示例）');
  await page.getByLabel('行业').fill('制造业');
  await page.getByRole('switch', { name: '本人已同意公开发表这篇故事' }).click();
  await page.getByLabel('同意的日期').fill('2026-11-20');
  await page.getByLabel('网站上线日期').fill('2026-11-21');
  await page.locator('[contenteditable="true"]').fill('每月月初，小周都会在手机上交纳党费。');

  // Draft: saved on its own branch, not on main.
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('内容已保存').first()).toBeVisible();
  await expect.poll(() => git('branch', '--list', 'cms/*')).toContain('cms/stories/workflow-story');
  expect(onMain('content/stories/workflow-story.md')).toBeUndefined();

  // In review, then ready.
  await page.getByRole('button', { name: /状态: 草稿/ }).click();
  await page.getByRole('menuitem', { name: '审核中' }).click();
  await expect(page.getByRole('button', { name: /状态: 审核中/ })).toBeVisible();
  await page.getByRole('button', { name: /状态: 审核中/ }).click();
  await page.getByRole('menuitem', { name: '就绪' }).click();
  await expect(page.getByRole('button', { name: /状态: 就绪/ })).toBeVisible();

  // Published: merged into main, the branch gone.
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
  await expect(page.getByText('内容已发布')).toBeVisible();
  await expect
    .poll(() => onMain('content/stories/workflow-story.md') ?? '')
    .toContain('title: 在外地也要按时交党费（审核流程测试）');
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
});
