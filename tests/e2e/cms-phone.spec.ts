import { join } from 'node:path';
import { expect, test as base, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { expectSaved, openCms, publish, sharedAdmin, startDecapServer } from '../support/cms';
import { ROOT } from '../support/fixture-site';
import { frontmatter, frontmatterOnceWritten } from '../support/frontmatter';

// The built admin on a 390 px phone, against decap-server on a copy of content/: the editor fits
// the screen, its top bar works, and the preview of every collection opens full width (预览)
// and shows an entry as the site's page shows it: the same labels, times and boxes, read from
// the built page itself.

const WIDTH = 390;
// Each test logs in and loads entries through decap-server: slow on a busy machine.
base.describe.configure({ mode: 'serial', timeout: 120_000 });

// Its own decap-server, apart from the other CMS specs'.
const PORT = 8098;
let repo: string;
let stop: () => void;

base.beforeAll(async () => {
  ({ repo, stop } = await startDecapServer(PORT));
});
base.afterAll(() => stop?.());
// Every test below works in one admin page, loaded and logged in once (after decap-server starts).
const test = sharedAdmin(PORT, { viewport: { width: WIDTH, height: 844 } });

const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/** Left and right edges of the form's visible fields and buttons that stick out of the screen. */
const outside = (page: Page) =>
  page.evaluate((width) => {
    const controls = document.querySelectorAll<HTMLElement>(
      '[class*="-EditorContainer"] :is(input, textarea, select, button, [contenteditable="true"])',
    );
    return [...controls]
      .map((control) => ({ control, box: control.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.left < 0 || box.right > width)
      .map(({ control, box }) => `${control.outerHTML.slice(0, 80)} ${box.left}–${box.right}`);
  }, WIDTH);

async function onScreen(locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
}

const previewButton = (page: Page) => page.getByRole('button', { name: '预览', exact: true });
const editButton = (page: Page) => page.getByRole('button', { name: '返回编辑', exact: true });

async function openEntry(page: Page, collection: string, slug: string): Promise<string[]> {
  const problems = await openCms(page, PORT, `#/collections/${collection}/entries/${slug}`);
  // Loading an entry through decap-server can take a while on a busy machine.
  await expect(page.getByLabel('标题', { exact: true })).toBeVisible({ timeout: 20_000 });
  return problems;
}

test('an entry opens on its form, which fits the phone with no sideways scrolling', async ({ page }) => {
  await openEntry(page, 'lessons', 'constitution-overview');
  await expect(page.locator('#preview-pane')).toHaveCount(0);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
  expect(await outside(page)).toEqual([]);
  // Down to the quiz at the end of the form, every field stays within the screen.
  await page.getByLabel('正确选项的序号').first().scrollIntoViewIfNeeded();
  await onScreen(page.getByLabel('正确选项的序号').first());
  await onScreen(page.getByLabel('标题', { exact: true }));
  expect(await outside(page)).toEqual([]);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
});

test('the top bar keeps 发布, 删除内容 and the way back (←) on the screen, and they work', async ({ page }) => {
  const file = join(repo, 'content/pages/contact.md');
  const title = String(frontmatter(file).title);
  await openEntry(page, 'pages', 'contact');
  await onScreen(page.getByRole('link', { name: /^← 正在集合“页面”中编写/ }));
  await onScreen(page.getByRole('button', { name: '删除内容' }));
  await page.getByLabel('标题', { exact: true }).fill(`${title}（手机上改）`);
  await onScreen(page.getByRole('button', { name: '发布', exact: true }));
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await onScreen(page.getByRole('menuitem', { name: '立即发布' }));
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
  await page.keyboard.press('Escape');
  await publish(page);
  await expectSaved(page);
  await expect.poll(() => frontmatterOnceWritten(file)?.title).toBe(`${title}（手机上改）`);

  await page.getByRole('link', { name: /^← 正在集合“页面”中编写/ }).click();
  await expect(page).toHaveURL(/#\/collections\/pages$/);
});

test('预览 shows the preview across the whole screen, 返回编辑 brings the form back', async ({ page }) => {
  await openEntry(page, 'lessons', 'constitution-overview');
  await onScreen(previewButton(page));
  await previewButton(page).click();
  const frame = page.locator('#preview-pane');
  await expect(frame).toBeVisible();
  const box = (await frame.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.width).toBeGreaterThanOrEqual(WIDTH - 40);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  await expect(page.getByLabel('标题', { exact: true })).toBeHidden();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
  await expect(page.frameLocator('#preview-pane').getByRole('heading', { level: 1 })).toHaveText(
    String(frontmatter(join(ROOT, 'content/lessons/constitution-overview.mdx')).title),
  );

  await onScreen(editButton(page));
  await editButton(page).click();
  await expect(page.getByLabel('标题', { exact: true })).toBeVisible();
  await expect(page.locator('#preview-pane')).toHaveCount(0);
  await expect(previewButton(page)).toBeVisible();

  // Back to the list with the preview showing: the next entry opens on its form again.
  await previewButton(page).click();
  await expect(page.locator('#preview-pane')).toBeVisible();
  await page.getByRole('link', { name: /^← 正在集合“课”中编写/ }).click();
  await page.getByRole('link', { name: /按时交纳党费/ }).click();
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('按时交纳党费', { timeout: 20_000 });
  await expect(page.getByLabel('标题', { exact: true })).toBeVisible();
  await expect(page.locator('#preview-pane')).toHaveCount(0);
  await expect(previewButton(page)).toBeVisible();
});

test('the collection list and the entry list fit the phone, and an entry opens from them', async ({ page }) => {
  await openCms(page, PORT, '#/collections/events');
  const entry = page.getByRole('link', { name: /一月主题党日/ });
  await onScreen(entry);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
  const others = page.getByRole('link', { name: '办事指南', exact: true });
  await others.scrollIntoViewIfNeeded();
  await onScreen(others);
  await others.click();
  await expect(page).toHaveURL(/#\/collections\/services$/);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
  await page.getByRole('link', { name: /被拖欠工资怎么办/ }).click();
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('被拖欠工资怎么办');
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
});

/**
 * Opens an entry's preview on the phone and its page on the built site, and hands both over:
 * the test compares what the editor sees with what readers will see.
 */
async function previewAndPage(page: Page, collection: string, slug: string, path: string) {
  const problems = await openEntry(page, collection, slug);
  await previewButton(page).click();
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
  const site = await page.context().newPage();
  await site.goto(path);
  return { preview, site, problems };
}

/** Text without its white space: the site's templates and React space inline elements differently. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * Expects the text of a part of the site's page in the preview (in `part` of it, when given);
 * returns that text, squeezed. The preview may still be loading a linked entry's title.
 */
async function same(preview: FrameLocator, site: Locator, part?: Locator): Promise<string> {
  const text = squeeze(await site.innerText());
  expect(text).not.toBe('');
  const target = part ?? preview.locator('body');
  await expect.poll(async () => squeeze(await target.innerText())).toContain(text);
  return text;
}

test('an event’s preview: its format in Chinese, its time in its zone, how to join, its lesson', async ({ page }) => {
  const { preview, site, problems } = await previewAndPage(
    page,
    'events',
    '2027-01-dangri-chongwen-shici',
    '/events/2027-01-dangri-chongwen-shici/',
  );
  expect(await same(preview, site.locator('article header > p').first())).toBe('视频会议');
  expect(await same(preview, site.locator('article header time').first())).toMatch(
    /^2027年1月9日.*19:30–21:00（中国标准时间）$/,
  );
  await same(preview, site.locator('section[aria-label="如何参加"] dl'));
  expect(await same(preview, site.getByText(/^相关课程：/))).toBe('相关课程：党员的义务和权利');
  await expect(preview.locator('body')).not.toContainText('video-meeting');
  await expect(preview.getByRole('link', { name: '进入会议或直播' })).toHaveAttribute(
    'href',
    'https://meeting.example.org/j/2027-0109',
  );
  expect(problems).toEqual([]);
});

test('a guide’s preview: its category, steps, materials and the policies it cites, by title', async ({ page }) => {
  const { preview, site } = await previewAndPage(page, 'services', 'legal-aid', '/services/legal-aid/');
  expect(await same(preview, site.locator('article header > p').first())).toBe('法律援助');
  for (const heading of ['办理步骤', '需要准备的材料', '到哪里办', '咨询电话', '政策依据'])
    await expect(preview.getByRole('heading', { name: heading })).toBeVisible();
  await same(preview, site.locator('.app-prose > ol').first());
  const cited = site.locator('section[aria-label="政策依据"] li');
  await expect(cited).toHaveCount(3);
  for (const item of await cited.all()) await same(preview, item);
});

test('a station’s preview is its card in the finder', async ({ page }) => {
  const { preview, site } = await previewAndPage(page, 'stations', 'dongguan-tangxia-zhibu', '/stations/');
  const card = await same(preview, site.locator('#dongguan-tangxia-zhibu article'));
  expect(card).toMatch(/^流动党员党支部示例清源县驻东莞流动党员党支部/);
  await expect(preview.getByRole('heading', { name: '东莞市' })).toBeVisible();
});

test('a home-town project’s preview: its status, date, contact and needs', async ({ page }) => {
  const { preview, site } = await previewAndPage(
    page,
    'projects',
    'qingshan-chaye-dianshang',
    '/hometown/qingshan-chaye-dianshang/',
  );
  expect(await same(preview, site.locator('article header p').nth(1))).toBe('征集中发布于2026年9月20日');
  await same(preview, site.locator('article header dl'));
  await same(preview, site.locator('.app-prose > ul').first());
});

test('a page’s preview: its title and summary', async ({ page }) => {
  const { preview, site } = await previewAndPage(page, 'pages', 'about', '/about/');
  await same(preview, site.locator('article h1'), preview.getByRole('heading', { level: 1 }));
  await same(preview, site.locator('article header p').last());
});

test('a story’s preview: member facts, linked projects with their status, the consent note', async ({ page }) => {
  const { preview, site } = await previewAndPage(
    page,
    'stories',
    'qingshan-chaye-hezuoshe',
    '/stories/qingshan-chaye-hezuoshe/',
  );
  await same(preview, site.locator('article header dl'));
  expect(await same(preview, site.locator('section[aria-label="相关回乡服务项目"] li'))).toBe(
    '青山乡茶叶合作社想请懂电商的老乡回来带一带征集中',
  );
  await same(preview, site.getByText('本文经讲述人同意发布。'));
});

test('a course’s preview lists its lessons in order, as the course page does', async ({ page }) => {
  const { preview, site } = await previewAndPage(
    page,
    'courses',
    'party-constitution-basics',
    '/courses/party-constitution-basics/',
  );
  const titles = (await site.locator('#course-lessons + ol li a').allInnerTexts()).map(squeeze);
  expect(titles).toHaveLength(7);
  expect(titles[0]).toBe('第1课认识党章：全党的根本行为规范');
  await expect
    .poll(async () => (await preview.locator('ol li .font-bold').allInnerTexts()).map(squeeze))
    .toEqual(titles);
  await same(preview, site.locator('article header p').first());
});

test('a lesson’s preview draws the 要点 and 思考题 boxes and the quiz as the lesson page does', async ({ page }) => {
  const { preview, site } = await previewAndPage(
    page,
    'lessons',
    'constitution-overview',
    '/lessons/constitution-overview/',
  );
  const keyPoints = preview.getByRole('note', { name: '要点' });
  await expect(keyPoints).toHaveClass(/app-keypoints/);
  await same(preview, site.getByRole('note', { name: '要点' }), keyPoints);
  await same(preview, site.getByRole('note', { name: '思考题' }), preview.getByRole('note', { name: '思考题' }));
  await expect(preview.locator('body')).not.toContainText('KeyPoints');
  await same(preview, site.locator('section[aria-label="学习目标"]'));
  const quiz = preview.getByRole('region', { name: '自测题' });
  for (const legend of await site.locator('#lesson-quiz + ol legend').all()) await same(preview, legend, quiz);
  await expect(quiz).toContainText('答案：B');
  // The text around the boxes is the lesson's Markdown, rendered.
  await expect(preview.getByRole('heading', { name: '党章是什么', level: 2 })).toBeVisible();
});

test('a policy’s preview: its status and category in Chinese', async ({ page }) => {
  const { preview, site } = await previewAndPage(
    page,
    'policies',
    'liudong-dangyuan-kunnan-bangfu-banfa',
    '/policies/liudong-dangyuan-kunnan-bangfu-banfa/',
  );
  await same(preview, site.locator('article header .app-badge').first());
  await expect(preview.getByRole('region', { name: '文件信息' })).toContainText('已修订');
  await expect(preview.getByRole('region', { name: '文件信息' })).toContainText('地方文件');
});
