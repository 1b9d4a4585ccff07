import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expectSaved, openCms, publish, sharedAdmin, startDecapServer } from '../support/cms';
import { frontmatterOnceWritten } from '../support/frontmatter';
import { SITE } from '../../src/site.config';

// Uploads through the built admin (decap-server on a copy of content/ and public/uploads/): a
// Chinese file name becomes readable pinyin, a taken name never replaces the file that has it,
// one size limit holds on every way in, and the admin around them speaks Chinese.

// Each test opens the admin and waits for uploads and saves: more than the default minute on a busy machine.
base.describe.configure({ mode: 'serial', timeout: 120_000 });
// On the desktop only (@desktop): uploads work the same on a phone, whose layout cms-phone.spec.ts covers.

// Its own decap-server, apart from the other CMS specs'.
const PORT = 8097;
let repo: string;
let stop: () => void;
const uploads = () => readdirSync(join(repo, 'public/uploads')).sort();
const uploaded = (name: string) => readFileSync(join(repo, 'public/uploads', name));

/** A small PNG of one colour: two of them differ byte for byte. */
function png(red: number, green: number, blue: number): Buffer {
  const image = new PNG({ width: 8, height: 8 });
  for (let i = 0; i < image.data.length; i += 4) image.data.set([red, green, blue, 255], i);
  return PNG.sync.write(image);
}
const PHOTO = png(200, 30, 30);
const HOMOPHONE_PHOTO = png(30, 30, 200);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
// One byte over the site's limit.
const TOO_BIG = Buffer.alloc(SITE.cms.maxUploadBytes + 1, 7);

base.beforeAll(async () => {
  ({ repo, stop } = await startDecapServer(PORT));
});
base.afterAll(() => stop?.());
// Every test below works in one admin page, loaded and logged in once (after decap-server starts).
const test = sharedAdmin(PORT);

/** Opens the admin at `hash`, collecting every dialog (all accepted). */
async function open(page: Page, hash = '') {
  const dialogs: string[] = [];
  await openCms(page, PORT, '', (message) => {
    dialogs.push(message);
    return true;
  });
  // Decap's router follows the hash; page.goto to a hash of the same page sometimes waits for
  // a load event that never comes once Decap's router has replaced the history entry.
  if (hash) {
    await page.evaluate((to) => (location.hash = to), hash);
    // The entry has loaded once its title field shows.
    await expect(page.getByLabel('标题', { exact: true })).toBeVisible({ timeout: 30_000 });
  }
  return dialogs;
}

const STORY = '#/collections/stories/entries/dongguan-gongdi-dangxiaozu';
const storyFile = () => join(repo, 'content/stories/dongguan-gongdi-dangxiaozu.md');

/** Puts the body in rich text mode, where the toolbar offers components (Decap opens it so unless told otherwise). */
async function richText(page: Page) {
  const toggle = page.locator('[class*="-ToolbarContainer"]').getByRole('switch');
  await expect(toggle).toBeVisible();
  // The switch is on in Markdown mode.
  if ((await toggle.getAttribute('aria-checked')) === 'true') await toggle.click();
  await expect(page.getByRole('button', { name: '添加组件' })).toBeVisible();
}

/** In the story's body, inserts the image component and opens the media library from it. */
async function imageFromBody(page: Page) {
  await richText(page);
  await page.getByRole('button', { name: '添加组件' }).click();
  await page.getByRole('menuitem', { name: '图片', exact: true }).click();
  await page.getByRole('button', { name: '选择图片' }).click();
}

const uploadInput = (page: Page) => page.locator('.nc-fileUploadButton input[type="file"]');

/** Chooses the uploaded file `name` in the open media library for the field that opened it. */
async function choose(page: Page, name: string) {
  const card = page.getByText(name, { exact: true });
  const insert = page.getByRole('button', { name: '选用已选中项目' });
  await expect(card).toBeVisible();
  // Decap selects a file it has just uploaded; a click on it would deselect it.
  const selected = await expect(insert)
    .toBeEnabled({ timeout: 2000 })
    .then(
      () => true,
      () => false,
    );
  if (!selected) await card.click();
  await expect(insert).toBeEnabled();
  await insert.click();
}

test('a Chinese-named photo through the body’s image component gets a pinyin name; saving asks for its description @desktop', async ({
  page,
}) => {
  const before = uploads();
  const dialogs = await open(page, STORY);
  await imageFromBody(page);
  await uploadInput(page).setInputFiles({ name: '工地党小组合影.png', mimeType: 'image/png', buffer: PHOTO });
  await choose(page, 'gong-di-dang-xiao-zu-he-ying.png');

  // No description yet: refused before anything is written.
  await publish(page);
  await expect(page.getByText(/正文里的图片“\/uploads\/gong-di-dang-xiao-zu-he-ying\.png”没有图片说明/)).toBeVisible();
  await page.waitForTimeout(500);
  expect(uploads()).toEqual(before);

  await page.getByLabel('图片说明（给看不见图片的读者）').fill('工地党小组在项目部前合影');
  await publish(page);
  await expectSaved(page);
  await expect.poll(() => uploads()).toEqual([...before, 'gong-di-dang-xiao-zu-he-ying.png'].sort());
  expect(uploaded('gong-di-dang-xiao-zu-he-ying.png').equals(PHOTO)).toBe(true);
  await expect
    .poll(() => readFileSync(storyFile(), 'utf8'))
    .toContain('![工地党小组在项目部前合影](/uploads/gong-di-dang-xiao-zu-he-ying.png)');
  expect(dialogs.filter((d) => !d.includes('离开'))).toEqual([]);
});

test('a second photo whose name turns into the same pinyin gets "-2": the first photo is unchanged @desktop', async ({
  page,
}) => {
  const dialogs = await open(page);
  await page.getByRole('button', { name: '媒体' }).click();
  // 公地 sounds as 工地 does: the same name once romanized.
  await uploadInput(page).setInputFiles({ name: '公地党小组合影.png', mimeType: 'image/png', buffer: HOMOPHONE_PHOTO });
  await expect(page.getByText('gong-di-dang-xiao-zu-he-ying-2.png', { exact: true })).toBeVisible();
  await expect.poll(() => uploads()).toContain('gong-di-dang-xiao-zu-he-ying-2.png');
  expect(uploaded('gong-di-dang-xiao-zu-he-ying-2.png').equals(HOMOPHONE_PHOTO)).toBe(true);
  expect(uploaded('gong-di-dang-xiao-zu-he-ying.png').equals(PHOTO)).toBe(true);
  // Decap's English "already exists. Do you want to replace it?" was never shown.
  expect(dialogs).toEqual([]);

  // The very same name again: -3, and neither earlier photo changes.
  await uploadInput(page).setInputFiles({ name: '工地党小组合影.PNG', mimeType: 'image/png', buffer: png(0, 0, 0) });
  await expect.poll(() => uploads()).toContain('gong-di-dang-xiao-zu-he-ying-3.png');
  expect(uploaded('gong-di-dang-xiao-zu-he-ying.png').equals(PHOTO)).toBe(true);
  expect(uploaded('gong-di-dang-xiao-zu-he-ying-2.png').equals(HOMOPHONE_PHOTO)).toBe(true);
  expect(dialogs).toEqual([]);
});

test('附件2：登记表.pdf through a file field keeps a readable name, and the policy links it @desktop', async ({
  page,
}) => {
  const file = join(repo, 'content/policies/baodao-tongzhi-2026.md');
  await open(page, '#/collections/policies/entries/baodao-tongzhi-2026');
  await page.getByRole('button', { name: /新增附件/ }).click();
  await page.getByLabel('附件名称').last().fill('附件3：流动党员登记表');
  await page.getByRole('button', { name: '选择文件' }).click();
  await uploadInput(page).setInputFiles({ name: '附件2：登记表.pdf', mimeType: 'application/pdf', buffer: PDF });
  await choose(page, 'fu-jian-2-deng-ji-biao.pdf');
  await publish(page);
  await expectSaved(page);
  await expect
    .poll(() => frontmatterOnceWritten(file)?.attachments)
    .toContainEqual({ title: '附件3：流动党员登记表', file: '/uploads/fu-jian-2-deng-ji-biao.pdf' });
  expect(uploaded('fu-jian-2-deng-ji-biao.pdf').equals(PDF)).toBe(true);
});

test('a file over the limit is refused in Chinese on the 媒体 page, and nothing is written @desktop', async ({
  page,
}) => {
  const before = uploads();
  const dialogs = await open(page);
  await page.getByRole('button', { name: '媒体' }).click();
  await uploadInput(page).setInputFiles({ name: '党课录像.mp4', mimeType: 'video/mp4', buffer: TOO_BIG });
  // (Leaving the entry an earlier test had open may ask first whether to leave the page.)
  await expect
    .poll(() => dialogs.filter((text) => !text.includes('离开此页面')))
    .toEqual(['“党课录像.mp4”有 5.1 MB，超过了上传限制 5 MB，没有上传。请先压缩或缩小后再上传。']);
  await page.waitForTimeout(1000);
  expect(uploads()).toEqual(before);
  await expect(page.getByText(/dang-ke-lu-xiang/)).toHaveCount(0);
});

test('a file over the limit is refused in Chinese from the body’s image button, and nothing is added @desktop', async ({
  page,
}) => {
  const before = uploads();
  const story = readFileSync(storyFile(), 'utf8');
  const dialogs = await open(page, STORY);
  await imageFromBody(page);
  await uploadInput(page).setInputFiles({ name: '大照片.png', mimeType: 'image/png', buffer: TOO_BIG });
  await expect.poll(() => dialogs.join('\n')).toContain('超过了上传限制 5 MB');
  await page.waitForTimeout(1000);
  await expect(page.getByText(/da-zhao-pian/)).toHaveCount(0);
  expect(uploads()).toEqual(before);
  expect(readFileSync(storyFile(), 'utf8')).toBe(story);
});

test('the body editor speaks Chinese: toolbar, components and the image component’s fields @desktop', async ({
  page,
}) => {
  await open(page, STORY);
  await richText(page);
  await expect(page.getByRole('button', { name: '删除线' })).toBeVisible();
  await page.getByRole('button', { name: '添加组件' }).click();
  await expect(page.getByRole('menuitem', { name: '图片', exact: true })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '代码块' })).toBeVisible();
  await page.getByRole('menuitem', { name: '图片', exact: true }).click();
  // The story shows the photo the first test added, then the new image component.
  await expect(page.getByLabel('图片说明（给看不见图片的读者）').last()).toBeVisible();
  await expect(page.getByLabel('鼠标悬停时显示的标题（可不填）').last()).toBeVisible();
  const text = await page.locator('body').innerText();
  for (const english of ['Strikethrough', 'Code Block', 'Alt Text', 'Image', 'Title']) {
    expect(text, english).not.toContain(english);
  }
  await expect(page.locator('[title="Strikethrough"]')).toHaveCount(0);
});

test('lists speak Chinese: the quiz’s add menu and the fewest options it takes @desktop', async ({ page }) => {
  // A quiz question with one option, which the CMS must refuse with a Chinese message.
  const lesson = join(repo, 'content/lessons/constitution-overview.mdx');
  const source = readFileSync(lesson, 'utf8');
  const oneOption = source.replace(/(\n {4}options:\n {6}- [^\n]+)(\n {6}- [^\n]+)+/, '$1');
  expect(oneOption).not.toBe(source);
  writeFileSync(lesson, oneOption);

  await open(page, '#/collections/lessons/entries/constitution-overview');
  // The quiz list's add menu (one entry per question type): "Add 自测题" before.
  await expect(page.getByText('新增自测题', { exact: true })).toBeVisible({ timeout: 30_000 });
  await publish(page);
  await expect(page.getByText('“选项”至少需要 2 项')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/MUST BE|must be at least|Add /i);
  await page.waitForTimeout(500);
  expect(readFileSync(lesson, 'utf8')).toBe(oneOption);
});

test('field errors keep their case: the slug example stays report-in-guide @desktop', async ({ page }) => {
  await open(page, '#/collections/pages/new');
  await page.getByLabel('网址名').fill('Report In');
  await publish(page);
  const error = page.getByText(/“网址名”不满足模式/);
  await expect(error).toBeVisible();
  // innerText is the text as shown, after CSS text-transform.
  expect(await error.innerText()).toContain('例如 report-in-guide');
});

test('the configuration error page is in Chinese and says what to do @desktop', async ({ browser, baseURL }) => {
  // A page of its own: the shared admin keeps its working configuration.
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await page.route('**/admin/config.yml', (route) =>
    route.fulfill({ contentType: 'text/yaml', body: 'backend:\n  name: no-such-backend\n' }),
  );
  await page.goto('/admin/index.html');
  await expect(page.getByRole('heading', { name: '内容管理无法启动：配置有误' })).toBeVisible();
  await expect(page.getByText(/请把上面的错误信息发给网站的维护人员/)).toBeVisible();
  await expect(page.getByText('请检查 config.yml 文件是否配置正确')).toHaveCount(0);
  await context.close();
});
