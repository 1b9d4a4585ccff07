import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { buildContent, expectSaved, openCms, publish, sharedAdmin, startDecapServer } from '../support/cms';
import { frontmatter, frontmatterOnceWritten } from '../support/frontmatter';

// Ordinary editor actions through the built admin (decap-server on a copy of content/) that
// used to be saved and then break the build. Each is now either refused in Chinese before any
// file is written, or saved after a warning and built with the reference degraded and reported.
// The last test builds what the others saved.

base.describe.configure({ mode: 'serial' });
// Desktop only (@desktop): the checks are the same on a phone, whose layout cms-phone covers.

// Its own decap-server, apart from the other CMS specs'.
const PORT = 8095;
let repo: string;
let stop: () => void;
const path = (...parts: string[]) => join(repo, 'content', ...parts);
const files = (folder: string) => readdirSync(path(folder)).sort();

base.beforeAll(async () => {
  ({ repo, stop } = await startDecapServer(PORT));
});
base.afterAll(() => stop?.());
// Every test below works in one admin page, loaded and logged in once (after decap-server starts).
const test = sharedAdmin(PORT);

/**
 * Opens an entry (or a new one) and collects the dialogs the admin shows. Decap's own
 * confirmations are accepted; the site's warning ("仍要继续吗？") is answered with `goOn`.
 */
async function open(page: Page, hash: string, goOn = true) {
  const dialogs: string[] = [];
  await openCms(page, PORT, hash, (message) => {
    dialogs.push(message);
    return message.includes('仍要继续吗') ? goOn : true;
  });
  // The entry has loaded once its title field shows (slow on a busy machine).
  await expect(page.getByLabel('标题', { exact: true })).toBeVisible({ timeout: 30_000 });
  return dialogs;
}

const fieldError = (page: Page, text: string | RegExp) => page.getByText(text);

test('an event’s time zone is picked from a list: Asia/Beijing is not one @desktop', async ({ page }) => {
  await open(page, '#/collections/events/entries/2027-01-dangri-chongwen-shici');
  const zone = page.getByLabel('时区');
  await zone.click();
  await page.keyboard.type('Asia/Beij');
  await expect(page.getByRole('option', { name: 'Asia/Beijing' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await zone.click();
  await page.keyboard.type('Asia/Shangh');
  await expect(page.getByRole('option', { name: 'Asia/Shanghai' })).toBeVisible();
});

test('an http:// meeting link is refused in Chinese before saving @desktop', async ({ page }) => {
  const file = path('events/2027-01-dangri-chongwen-shici.md');
  const before = readFileSync(file, 'utf8');
  await open(page, '#/collections/events/entries/2027-01-dangri-chongwen-shici');
  await page.getByLabel('会议或直播链接').fill('http://meeting.example.org/j/1');
  await publish(page);
  await expect(fieldError(page, /请填写以 https:\/\/ 开头的网址/)).toBeVisible();
  await page.waitForTimeout(500);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('a lesson position its course already has is refused, naming the lesson there @desktop', async ({ page }) => {
  const file = path('lessons/party-dues-on-time.mdx');
  const before = readFileSync(file, 'utf8');
  await open(page, '#/collections/lessons/entries/party-dues-on-time');
  await page.getByLabel('课序').fill('1');
  await publish(page);
  await expect(fieldError(page, '这门课程的第 1 课已经是《认识党章：全党的根本行为规范》，请换一个序号')).toBeVisible();
  await page.waitForTimeout(500);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('a new lesson cannot take a slug another lesson has: no silent "-1" file @desktop', async ({ page }) => {
  const before = files('lessons');
  await open(page, '#/collections/lessons/new');
  await page.getByLabel('标题', { exact: true }).fill('按时交纳党费（重复）');
  await page.getByLabel('网址名').fill('party-dues-on-time');
  await page.getByLabel('所属课程').click();
  await page.getByRole('option', { name: '党章党规学习入门' }).click();
  await page.getByLabel('课序').fill('12');
  await page.getByLabel('摘要').fill('重复的网址名。');
  await page.getByRole('button', { name: /新增学习目标/ }).click();
  await page.locator('input[id^="objectives-field"]').fill('目标');
  await publish(page);
  await expect(fieldError(page, '网址名“party-dues-on-time”已被《按时交纳党费》使用，请换一个')).toBeVisible();
  await page.waitForTimeout(500);
  expect(files('lessons')).toEqual(before);
});

test('a page cannot take the slug of a site section @desktop', async ({ page }) => {
  const before = files('pages');
  await open(page, '#/collections/pages/new');
  await page.getByLabel('标题', { exact: true }).fill('政策');
  await page.getByLabel('网址名').fill('policies');
  await page.getByLabel('摘要').fill('想占用政策栏目的网址。');
  await publish(page);
  await expect(fieldError(page, '网址名“policies”是网站栏目使用的，请换一个')).toBeVisible();
  await page.waitForTimeout(500);
  expect(files('pages')).toEqual(before);
});

test('relations offer only published policies, and never the policy itself @desktop', async ({ page }) => {
  await open(page, '#/collections/policies/entries/baodao-tongzhi-2026');
  await page.getByLabel('本文件修改的文件').click();
  await page.keyboard.type('积分制');
  // The draft 征求意见 notice is not offered.
  await expect(page.getByRole('option', { name: /积分制管理办法/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByLabel('本文件废止的文件').click();
  await page.keyboard.type('集中报到');
  await expect(page.getByRole('option', { name: /集中报到工作的通知/ })).toHaveCount(0);
});

test('a policy without a source can be saved again: the optional group asks for nothing, and the diff is one line @desktop', async ({
  page,
}) => {
  const file = path('policies/baodao-tongzhi-2026.md');
  const before = readFileSync(file, 'utf8');
  expect(frontmatter(file).source).toBeUndefined();
  await open(page, '#/collections/policies/entries/baodao-tongzhi-2026');
  const title = page.getByLabel('标题', { exact: true });
  await title.fill(`${await title.inputValue()}（更正）`);
  // Decap has taken the edit (the entry it loaded can no longer replace it) before it is published.
  await expect(page.getByText('含未保存的修改')).toBeVisible();
  await publish(page);
  await expectSaved(page);
  await expect.poll(() => String(frontmatterOnceWritten(file)?.title ?? '')).toMatch(/（更正）$/);
  // Field order, list style and every untouched line are kept: only the title line changed.
  const after = readFileSync(file, 'utf8').split('\n');
  const lines = before.split('\n');
  expect(after.length).toBe(lines.length);
  expect(after.filter((line, i) => line !== lines[i])).toEqual([`${lines[1]}（更正）`]);
});

test('a source name left empty while its address is filled is refused, naming both @desktop', async ({ page }) => {
  const file = path('policies/baodao-tongzhi-2026.md');
  const before = readFileSync(file, 'utf8');
  await open(page, '#/collections/policies/entries/baodao-tongzhi-2026');
  await page.getByLabel('原文网址').fill('https://www.gov.cn/zhengce/1.htm');
  await publish(page);
  await expect(page.getByText('“来源”填了内容时，来源名称也要填写')).toBeVisible();
  await page.waitForTimeout(500);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('a guided answer’s tree with an unreachable question, a loop or an answer leading nowhere is refused in Chinese @desktop', async ({
  page,
}) => {
  const file = path('answers/going-abroad.md');
  const before = readFileSync(file, 'utf8');
  await open(page, '#/collections/answers/entries/going-abroad');
  // The four answers' 选了以后到, in form order: how-long → short-stay, reported;
  // reported → keep-contact, report-now.
  const next = page.getByLabel('选了以后到（问题或结果的编号）');
  await expect(next).toHaveCount(4);
  // Typed over as an editor does (select all, type): Decap's text field puts its cursor back
  // when it re-renders on focus, so a second fill() of the same field adds to its text.
  const retype = async (field: number, text: string) => {
    await next.nth(field).focus();
    await next.nth(field).press('ControlOrMeta+A');
    await page.keyboard.insertText(text);
    await expect(next.nth(field)).toHaveValue(text);
  };
  const refused = async (field: number, to: string, message: string) => {
    const was = await next.nth(field).inputValue();
    await retype(field, to);
    await publish(page);
    await expect(page.getByText(message)).toBeVisible();
    // Put it back, so that the next step has only its own fault.
    await retype(field, was);
  };
  // The second question is left out of every path: no answer leads to it.
  await refused(1, 'keep-contact', '问题 2 › 问题编号：问题“reported”从第一个问题走不到：没有哪个选项指向它。');
  // An answer of the second question leads back to the first.
  await refused(3, 'how-long', '问题 1 › 选项：问题“how-long”会绕回自己（how-long → reported → how-long）');
  // A mistyped id: a step that does not exist.
  await refused(
    2,
    'keep-contacts',
    '问题 2 › 选项 1 › 选了以后到（问题或结果的编号）：问题“reported”的选项“报告过，或者还没有出发”指向“keep-contacts”，但没有这个编号的问题或结果。',
  );
  // None of the three was written (a refused save writes nothing that a later one could undo).
  await page.waitForTimeout(500);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('a sound edit of the same tree saves, changing only its own line @desktop', async ({ page }) => {
  const file = path('answers/going-abroad.md');
  const before = readFileSync(file, 'utf8');
  await open(page, '#/collections/answers/entries/going-abroad');
  const title = page.getByLabel('结果标题').first();
  await title.fill(`${await title.inputValue()}（更正）`);
  await publish(page);
  await expectSaved(page);
  const outcomes = () => (frontmatterOnceWritten(file)?.outcomes ?? []) as { title: string }[];
  await expect.poll(() => outcomes()[0]?.title ?? '').toMatch(/（更正）$/);
  const after = readFileSync(file, 'utf8').split('\n');
  const lines = before.split('\n');
  const changed = lines.findIndex((line) => line.includes('title: 出发前报告，回来后报告'));
  expect(after.length).toBe(lines.length);
  expect(after.filter((line, i) => line !== lines[i])).toEqual([`${lines[changed]}（更正）`]);
});

test('deleting a policy that two guides and a policy cite asks first, naming them; cancelling keeps it @desktop', async ({
  page,
}) => {
  const file = path('policies/nongmingong-gongzi-zhifu-baozhang-shishi-xize.md');
  const dialogs = await open(
    page,
    '#/collections/policies/entries/nongmingong-gongzi-zhifu-baozhang-shishi-xize',
    false,
  );
  await page.getByRole('button', { name: '删除内容' }).click();
  await expect.poll(() => dialogs.join('\n')).toContain('有 3 篇内容引用了这篇内容');
  expect(dialogs.join('\n')).toContain('办事指南《');
  expect(dialogs.join('\n')).toContain('政策文件《');
  await page.waitForTimeout(500);
  expect(existsSync(file)).toBe(true);
});

test('deleting it anyway: the guides keep building, with the citation shown as unavailable @desktop', async ({
  page,
}) => {
  const file = path('policies/nongmingong-gongzi-zhifu-baozhang-shishi-xize.md');
  await open(page, '#/collections/policies/entries/nongmingong-gongzi-zhifu-baozhang-shishi-xize', true);
  await page.getByRole('button', { name: '删除内容' }).click();
  await expect.poll(() => existsSync(file)).toBe(false);
});

test('making a lesson a draft while an event links to it asks first, naming the event @desktop', async ({ page }) => {
  const file = path('lessons/member-duties-rights.mdx');
  const dialogs = await open(page, '#/collections/lessons/entries/member-duties-rights', true);
  await page.getByLabel('草稿（不发布）').check();
  await publish(page);
  await expect.poll(() => dialogs.join('\n')).toContain('不在网站上显示');
  expect(dialogs.join('\n')).toContain('活动《');
  await expect.poll(() => frontmatterOnceWritten(file)?.draft).toBe(true);
});

test('changing the slug of a lesson an event links to asks first, naming the event @desktop', async ({ page }) => {
  const file = path('lessons/organization-life-away.mdx');
  const dialogs = await open(page, '#/collections/lessons/entries/organization-life-away', true);
  await page.getByLabel('网址名').fill('organization-life-abroad');
  await publish(page);
  await expect
    .poll(() => dialogs.join('\n'))
    .toContain('网址名从“organization-life-away”改为“organization-life-abroad”');
  await expect.poll(() => frontmatterOnceWritten(file)?.slug).toBe('organization-life-abroad');
});

test('everything saved above builds: broken references degrade and are reported @desktop', async () => {
  test.setTimeout(180_000);
  const build = buildContent(repo);
  const { out } = build;
  expect(build.status, build.stderr).toBe(0);
  const log = `${build.stdout}${build.stderr}`;
  expect(log).toMatch(
    /content\/services\/unpaid-wages\.md: field "policies": no policy has the slug "nongmingong-gongzi-zhifu-baozhang-shishi-xize"/,
  );
  expect(log).toMatch(/field "lesson": lesson "member-duties-rights" is not published/);
  expect(log).toMatch(/field "lesson": no lesson has the slug "organization-life-away"/);
  const guide = readFileSync(join(out, 'services/unpaid-wages/index.html'), 'utf8');
  expect(guide).toContain('（引用的文件暂不可用）');
  const report = readFileSync(join(out, 'admin/health/index.html'), 'utf8');
  expect(report).toContain('content/services/unpaid-wages.md');
  expect(existsSync(join(out, 'lessons/organization-life-abroad/index.html'))).toBe(true);
  // The guided answer's tree the admin saved is still sound: its edited outcome is built.
  expect(readFileSync(join(out, 'answers/going-abroad/short/index.html'), 'utf8')).toContain(
    '出发前报告，回来后报告（更正）',
  );
});
