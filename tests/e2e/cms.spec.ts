import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import {
  buildContent,
  expectSaved,
  openCms as openSupportCms,
  publish,
  sharedAdmin,
  startDecapServer,
} from '../support/cms';
import { frontmatter, frontmatterOnceWritten } from '../support/frontmatter';
import { eventSchema } from '../../src/schemas/events';
import { lessonSchema } from '../../src/schemas/lessons';
import { SITE } from '../../src/site.config';

// The built admin of the sample site against decap-server (the local backend) on a copy of
// content/: an editor creates, edits and deletes a lesson through the UI, and the CMS refuses
// an entry the build would refuse.

base.describe.configure({ mode: 'serial' });

let repo: string;
let stop: () => void;
const lessonFile = (slug: string) => join(repo, 'content/lessons', `${slug}.mdx`);
const lessonFiles = () => readdirSync(join(repo, 'content/lessons')).sort();

base.beforeAll(async () => {
  ({ repo, stop } = await startDecapServer(SITE.cms.localBackendPort));
});
base.afterAll(() => stop?.());
// Every test below works in one admin page, loaded and logged in once (after decap-server starts).
const test = sharedAdmin(SITE.cms.localBackendPort);

/** Opens the CMS on the sample's own decap-server port, every dialog accepted. */
const openCms = (page: Page, hash = '') => openSupportCms(page, SITE.cms.localBackendPort, hash);

const BODY = [
  '外出务工期间，可以就近参加流入地党组织的活动。',
  '',
  '<KeyPoints>',
  '',
  '- 先联系流入地党组织',
  '- 把参加活动的情况告诉流出地党支部',
  '',
  '</KeyPoints>',
].join('\n');

test('an editor creates a lesson: the file appears and the site builds it @desktop', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await openCms(page, '#/collections/lessons/new');
  await page.getByLabel('标题', { exact: true }).fill('在外地参加组织生活（CMS 测试）');
  await page.getByLabel('网址名').fill('cms-created-lesson');
  await page.getByLabel('所属课程').click();
  await page.keyboard.type('党章');
  await page.getByRole('option', { name: '党章党规学习入门' }).click();
  await page.getByLabel('课序').fill('9');
  await page.getByLabel('摘要').fill('讲清在外地怎样参加组织生活。');
  await page.getByRole('button', { name: /新增学习目标/ }).click();
  await page.locator('input[id^="objectives-field"]').fill('知道在外地怎样参加组织生活');
  await page.locator('[contenteditable="true"]').fill(BODY);
  // The preview shows the entry with the site's own styles.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.getByRole('heading', { name: '在外地参加组织生活（CMS 测试）' })).toBeVisible();
  // The body's <KeyPoints> is the site's 要点 box, not its tag.
  await expect(preview.getByRole('note', { name: '要点' })).toContainText('把参加活动的情况告诉流出地党支部');
  await expect(preview.locator('body')).not.toContainText('KeyPoints');
  await publish(page);
  await expectSaved(page);

  const file = lessonFile('cms-created-lesson');
  await expect.poll(() => frontmatterOnceWritten(file)).toBeDefined();
  const data = frontmatterOnceWritten(file)!;
  expect(data).toMatchObject({
    title: '在外地参加组织生活（CMS 测试）',
    course: 'party-constitution-basics',
    order: 9,
  });
  const parsed = lessonSchema.safeParse(data);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(readFileSync(file, 'utf8')).toContain(BODY);
  expect(problems).toEqual([]);

  // The real test of "the build accepts it": build the edited content.
  const build = buildContent(repo);
  const { out } = build;
  expect(build.status, build.stderr).toBe(0);
  const html = readFileSync(join(out, 'lessons/cms-created-lesson/index.html'), 'utf8');
  expect(html).toContain('在外地参加组织生活（CMS 测试）');
  expect(html).toContain('把参加活动的情况告诉流出地党支部');
});

test('an editor edits a lesson: only the title changes, the MDX body is kept byte for byte @desktop', async ({
  page,
}) => {
  const file = lessonFile('constitution-overview');
  const before = readFileSync(file, 'utf8');
  const body = before.slice(before.indexOf('\n---', 4) + 4);
  const data = frontmatter(file);
  await openCms(page, '#/collections/lessons/entries/constitution-overview');
  const title = page.getByLabel('标题', { exact: true });
  await expect(title).toHaveValue(String(data.title));
  await title.fill(`${String(data.title)}（修订）`);
  await publish(page);
  await expectSaved(page);

  await expect.poll(() => frontmatterOnceWritten(file)?.title).toBe(`${String(data.title)}（修订）`);
  const after = readFileSync(file, 'utf8');
  expect(after.slice(after.indexOf('\n---', 4) + 4).trim()).toBe(body.trim());
  const plain = (value: Record<string, unknown>) => {
    const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    delete copy.title;
    return copy;
  };
  expect(plain(frontmatter(file))).toMatchObject(plain(data));
  expect(lessonSchema.safeParse(frontmatter(file)).success).toBe(true);
  // An entry written before the CMS has no slug line; its file name is its slug, and it keeps
  // it without a new line: the title is the one line that changed.
  expect(frontmatter(file).slug).toBeUndefined();
  const lines = before.split('\n');
  expect(after.split('\n').filter((line, i) => line !== lines[i])).toEqual([`title: ${String(data.title)}（修订）`]);
});

test('an editor deletes a lesson: the file is gone @desktop', async ({ page }) => {
  const file = lessonFile('cms-created-lesson');
  expect(existsSync(file)).toBe(true);
  await openCms(page, '#/collections/lessons/entries/cms-created-lesson');
  await page.getByRole('button', { name: '删除内容' }).click();
  await expect.poll(() => existsSync(file)).toBe(false);
});

test('the CMS refuses a lesson without a title and with a Chinese slug, and writes nothing @desktop', async ({
  page,
}) => {
  const files = lessonFiles();
  await openCms(page, '#/collections/lessons/new');
  await page.getByLabel('网址名').fill('第一课');
  await page.getByLabel('课序').fill('3');
  await publish(page);
  await expect(page.getByText('“标题”是必填项')).toBeVisible();
  await expect(page.getByText(/“网址名”不满足模式只能用小写英文字母/)).toBeVisible();
  await expect(page.getByText('你漏掉了一个必填项，请在保存之前将它填写好')).toBeVisible();
  await page.waitForTimeout(500);
  expect(lessonFiles()).toEqual(files);
});

test('the CMS refuses a new lesson without a slug, which would name its file @desktop', async ({ page }) => {
  const files = lessonFiles();
  await openCms(page, '#/collections/lessons/new');
  await page.getByLabel('标题', { exact: true }).fill('没有网址名的课');
  await page.getByLabel('课序').fill('3');
  await page.getByLabel('所属课程').click();
  await page.getByRole('option', { name: '党章党规学习入门' }).click();
  await page.getByLabel('摘要').fill('摘要。');
  await page.getByRole('button', { name: /新增学习目标/ }).click();
  await page.locator('input[id^="objectives-field"]').fill('目标');
  await publish(page);
  await expect(page.getByText('“网址名”是必填项')).toBeVisible();
  await page.waitForTimeout(500);
  expect(lessonFiles()).toEqual(files);
});

test('the CMS refuses a quiz answer that names no option, as the build does @desktop', async ({ page }) => {
  const files = lessonFiles();
  await openCms(page, '#/collections/lessons/entries/constitution-overview');
  // The first quiz item of the sample lesson is a single-choice question with four options.
  const answer = page.getByLabel('正确选项的序号').first();
  await answer.fill('7');
  await publish(page);
  await expect(page.getByText(/第 1 道自测题的正确选项序号不对/)).toBeVisible();
  expect(lessonFiles()).toEqual(files);
  expect(frontmatter(lessonFile('constitution-overview')).quiz).not.toEqual(
    expect.arrayContaining([expect.objectContaining({ answer: 7 })]),
  );
});

test('the CMS refuses an event that ends before it starts, as the build does @desktop', async ({ page }) => {
  const file = join(repo, 'content/events/2027-01-dangri-chongwen-shici.md');
  const before = readFileSync(file, 'utf8');
  await openCms(page, '#/collections/events/entries/2027-01-dangri-chongwen-shici');
  const end = page.getByLabel('结束时间');
  await expect(end).toBeVisible();
  await end.fill('2027-01-09T18:00');
  await publish(page);
  await expect(page.getByText(/结束时间必须晚于开始时间/)).toBeVisible();
  await page.waitForTimeout(500);
  expect(readFileSync(file, 'utf8')).toBe(before);

  // A later end is saved as the local time the schema reads, and the entry stays valid.
  await end.fill('2027-01-09T21:30');
  await publish(page);
  await expect.poll(() => frontmatterOnceWritten(file)?.end, { timeout: 15_000 }).toBe('2027-01-09 21:30');
  expect(eventSchema.safeParse(frontmatter(file)).error?.issues ?? []).toEqual([]);
});

test('the admin loads nothing from another origin but the local backend @desktop', async ({ browser, baseURL }) => {
  // A page of its own, to see every request from the admin's first load on.
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.origin !== `http://localhost:${SITE.cms.localBackendPort}`)
      foreign.push(request.url());
  });
  await openCms(page, '#/collections/policies');
  await expect(page.getByRole('link', { name: /创建“政策文件”类型的内容/ })).toBeVisible();
  expect(foreign).toEqual([]);
  await context.close();
});
