import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// A member's day on a 360 px phone (issue 17), measured rather than looked at: the header's
// rows and height in each text size, where the study flow leads, what the quiz says and marks,
// where a long policy's text begins, and the messages of 我的学习.

const SCREEN = 780;
const COURSE = PAGE_TYPES.course;
const LONG_POLICY = PAGE_TYPES.policy;
const TEXT_SIZES = ['standard', 'large', 'xlarge'] as const;

/** Reading settings saved on the device before the page loads (DisplaySettings.astro). */
const useDisplay = (page: Page, text: string, contrast = false) =>
  page.addInitScript((saved) => localStorage.setItem('app-display', saved), JSON.stringify({ text, contrast }));

/** The header's height and how many rows its title and buttons take. */
async function headerLayout(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header')!;
    const middles = [
      ...header.querySelectorAll<HTMLElement>(
        '[data-site-title], [data-search-link], [data-display-toggle], [data-menu-toggle]',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        const box = el.getBoundingClientRect();
        return box.top + box.height / 2;
      })
      .sort((a, b) => a - b);
    // Items whose middles lie within 8 px of each other share a row.
    const rows = middles.filter((y, n) => n === 0 || y - middles[n - 1]! > 8).length;
    return { height: Math.round(header.getBoundingClientRect().height), rows, items: middles.length };
  });
}

/** The progress record of a device on which these lessons are done (src/client/progress.ts). */
function doneRecord(lessons: { id: string; url: string; title: string }[], course: string) {
  const day = '2026-11-20';
  return JSON.stringify({
    version: 1,
    autoComplete: false,
    lessons: Object.fromEntries(
      lessons.map((lesson, n) => [
        lesson.id,
        { ...lesson, course, done: day, visited: new Date(Date.UTC(2026, 10, 20, 8, n)).toISOString() },
      ]),
    ),
  });
}

/** The lessons of the sample course as its page lists them. */
async function courseLessons(page: Page) {
  await page.goto(COURSE);
  return page.locator('[data-lesson-id]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-lesson-id')!,
      url: li.querySelector('a')!.getAttribute('href')!,
      title: li
        .querySelector('a')!
        .textContent!.replace(/^\s*第 \d+ 课\s*/, '')
        .trim(),
    })),
  );
}

test.describe('header @phone', () => {
  for (const text of TEXT_SIZES) {
    test(`${text} text: title, search, 字号 and 菜单 fit in ${text === 'standard' ? 'one row' : 'two rows'}`, async ({
      page,
    }) => {
      await useDisplay(page, text);
      for (const path of [PAGE_TYPES.home, PAGE_TYPES.lesson, PAGE_TYPES.policy, PAGE_TYPES.me]) {
        await page.goto(path);
        const layout = await headerLayout(page);
        test.info().annotations.push({
          type: 'header',
          description: `${text} ${path}: ${layout.height}px, ${layout.rows} row(s)`,
        });
        expect(layout.items, path).toBe(4);
        expect(layout.rows, path).toBeLessThanOrEqual(text === 'standard' ? 1 : 2);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
        // Search is one tap away, in the header row itself.
        const search = page.getByRole('banner').getByRole('link', { name: '搜索', exact: true });
        await expect(search).toBeInViewport();
      }
      expect((await headerLayout(page)).height).toBeLessThanOrEqual(text === 'standard' ? 100 : 200);
    });
  }

  test('the search icon opens the search page in one tap', async ({ page }) => {
    await page.goto(PAGE_TYPES.story);
    await page.getByRole('banner').getByRole('link', { name: '搜索', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('searchbox').first()).toBeVisible();
  });

  test('the menu holds 我的学习, 回乡服务 and 繁体, and opens to a few rows, not half the screen', async ({ page }) => {
    await page.goto(PAGE_TYPES.lesson);
    await page.getByRole('button', { name: '菜单' }).click();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link', { name: '我的学习' })).toHaveAttribute('href', '/me/');
    await expect(nav.getByRole('link', { name: '回乡服务' })).toHaveAttribute('href', '/hometown/');
    await expect(page.getByRole('button', { name: '繁体字显示' })).toBeVisible();
    expect((await headerLayout(page)).height).toBeLessThan(SCREEN / 2);
    await nav.getByRole('link', { name: '我的学习' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的学习');
  });

  test('without JavaScript the navigation shows in a few rows, under half the screen', async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: SCREEN },
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(siteUrl('sample', PAGE_TYPES.home));
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link', { name: '我的学习' })).toBeVisible();
    const { height } = await headerLayout(page);
    test.info().annotations.push({ type: 'header', description: `no JavaScript: ${height}px` });
    expect(height).toBeLessThan(SCREEN / 2);
    await context.close();
  });

  test('the footer links 我的学习 and 回乡服务', async ({ page }) => {
    await page.goto(PAGE_TYPES.policy);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: '我的学习' })).toHaveAttribute('href', '/me/');
    await footer.getByRole('link', { name: '回乡服务' }).click();
    await expect(page).toHaveURL(/\/hometown\/$/);
  });

  test('the example banner, from the site config, is one short line', async ({ page }) => {
    for (const text of ['standard', 'xlarge']) {
      await useDisplay(page, text);
      await page.goto(PAGE_TYPES.home);
      const banner = page.locator('[data-example-banner]');
      await expect(banner).toHaveText('本站为示例，内容并非真实信息');
      const lines = await banner.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, text).toBe(1);
    }
  });
});

test.describe('study flow @phone', () => {
  test('before any progress the recommended course offers to start; the course page starts at the top', async ({
    page,
  }) => {
    await page.goto(PAGE_TYPES.home);
    const region = page.getByRole('region', { name: '推荐学习的课程' });
    await expect(region.getByRole('listitem').filter({ visible: true })).toHaveCount(1);
    await expect(region.getByRole('link', { name: '开始学习' })).toHaveAttribute('href', PAGE_TYPES.lesson);
    await expect(page.getByRole('region', { name: '继续学习' })).toBeHidden();

    await page.goto(COURSE);
    const start = page.getByRole('main').getByRole('link', { name: '开始学习' });
    await expect(start).toHaveAttribute('href', PAGE_TYPES.lesson);
    const box = (await start.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(SCREEN);
  });

  test('after finishing a lesson, 继续学习 and the course page lead to the next unfinished one', async ({ page }) => {
    const lessons = await courseLessons(page);
    expect(lessons.length).toBeGreaterThan(2);
    await page.goto(lessons[0]!.url);
    await page.getByRole('button', { name: '标记为已学完' }).click();
    await expect(page.getByRole('button', { name: '已学完（点此取消）' })).toBeVisible();

    await page.goto(PAGE_TYPES.home);
    const next = page.getByRole('region', { name: '继续学习' }).locator('[data-continue-link]');
    await expect(next).toHaveAttribute('href', lessons[1]!.url);
    await expect(next).toHaveText(lessons[1]!.title);
    // The course now in progress, with its own way on; the course not begun is not listed.
    const current = page.getByRole('region', { name: '正在学习的课程' });
    await expect(current.getByRole('listitem').filter({ visible: true })).toHaveCount(1);
    await expect(current.getByText(`已学完 1 / ${lessons.length} 课`)).toBeVisible();
    await expect(current.getByRole('link', { name: '继续学习第 2 课' })).toHaveAttribute('href', lessons[1]!.url);

    await page.goto(COURSE);
    const go = page.getByRole('main').getByRole('link', { name: '继续学习第 2 课' });
    await expect(go).toHaveAttribute('href', lessons[1]!.url);
    expect((await go.boundingBox())!.y).toBeLessThan(SCREEN);
  });

  test('a finished course leaves 正在学习, and the next course is recommended', async ({ page }) => {
    const lessons = await courseLessons(page);
    await page.evaluate(
      (record) => localStorage.setItem('app-progress', record),
      doneRecord(lessons, 'party-constitution-basics'),
    );
    await page.goto(PAGE_TYPES.home);
    // Nothing left to continue in the finished course.
    await expect(page.getByRole('region', { name: '继续学习' })).toBeHidden();
    await expect(page.getByRole('region', { name: '正在学习的课程' })).toHaveCount(0);
    const suggested = page.getByRole('region', { name: '推荐学习的课程' });
    const shown = suggested.getByRole('listitem').filter({ visible: true });
    await expect(shown).toHaveCount(1);
    await expect(shown).not.toContainText('党章党规学习入门');
    await expect(shown.getByRole('link', { name: '开始学习' })).toBeVisible();

    await page.goto(COURSE);
    await expect(page.getByRole('main').getByRole('link', { name: '已全部学完，从第 1 课重温' })).toHaveAttribute(
      'href',
      lessons[0]!.url,
    );
  });

  for (const text of ['standard', 'xlarge'] as const) {
    test(`${text} text: a lesson number never breaks and the title flows after it`, async ({ page }) => {
      await useDisplay(page, text);
      await page.goto(COURSE);
      const problems = await page.locator('[data-lesson-id] > a').evaluateAll((links) =>
        links.flatMap((link) => {
          const number = link.querySelector('span')!;
          const found: string[] = [];
          if (number.getClientRects().length !== 1) found.push(`${number.textContent} breaks`);
          // The link is as wide as its card: the title is not pushed into a column of its own.
          const card = link.parentElement!;
          const inner = card.clientWidth - parseFloat(getComputedStyle(card).paddingLeft) * 2;
          if (Math.abs(link.getBoundingClientRect().width - inner) > 1) found.push(`${number.textContent} is a column`);
          return found;
        }),
      );
      expect(problems).toEqual([]);
    });
  }
});

test.describe('quiz feedback @phone', () => {
  test('a wrong answer is marked, the right option shown, with signs and words, and announced', async ({ page }) => {
    await page.goto(PAGE_TYPES.lesson);
    const question = page.locator('app-quiz-item').first();
    const feedback = question.getByRole('status');
    const options = question.locator('[data-option]');
    const right = await question.evaluate((el) => (el as HTMLElement).dataset.answer!.split(','));
    const wrongIndex = await options.evaluateAll(
      (items, rightValues) => items.findIndex((li) => !rightValues.includes(li.getAttribute('data-option')!)),
      right,
    );
    await options.nth(wrongIndex).locator('input').check();
    await question.getByRole('button', { name: '检查答案' }).click();

    await expect(feedback).toContainText('回答不对，正确答案是：');
    await expect(feedback).toHaveAttribute('data-result', 'wrong');
    const sign = (locator: typeof feedback) => locator.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(await sign(feedback)).toContain('✗');
    const chosen = options.nth(wrongIndex);
    await expect(chosen.locator('[data-mark]')).toHaveText('你选的这项不对');
    expect(await sign(chosen.locator('[data-mark]'))).toContain('✗');
    for (const value of right) {
      const option = question.locator(`[data-option="${value}"] [data-mark]`);
      await expect(option).toHaveText('正确答案');
      await expect(option).toBeVisible();
      expect(await sign(option)).toContain('✓');
    }
    // The option's own name stays as it was: the mark sits beside the label.
    await expect(chosen.locator('input')).toHaveAccessibleName(/^(A|B|C|D|正确|错误)/);

    for (const value of right) await question.locator(`[data-option="${value}"] input`).check();
    if (right.length > 1 || (await chosen.locator('input').getAttribute('type')) === 'checkbox')
      await chosen.locator('input').uncheck();
    await question.getByRole('button', { name: '检查答案' }).click();
    await expect(feedback).toHaveText('回答正确。');
    await expect(feedback).toHaveAttribute('data-result', 'right');
    expect(await sign(feedback)).toContain('✓');
    await expect(options.nth(wrongIndex).locator('[data-mark]')).toBeEmpty();
    // Right and wrong look different, not by colour alone: a sign, words and a border either way.
    const style = await feedback.evaluate((el) => getComputedStyle(el).borderInlineStartWidth);
    expect(parseFloat(style)).toBeGreaterThanOrEqual(3);
  });
});

test.describe('long policy page @phone', () => {
  for (const text of ['standard', 'xlarge'] as const) {
    test(`${text} text: the first article begins on the first screen after the title`, async ({ page }) => {
      await useDisplay(page, text);
      await page.goto(LONG_POLICY);
      const box = (await page.locator('#art-1').boundingBox())!;
      test.info().annotations.push({ type: 'first article', description: `${text}: y = ${Math.round(box.y)}px` });
      if (text === 'standard') expect(box.y + box.height).toBeLessThanOrEqual(SCREEN);
      const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(box.y).toBeGreaterThan(title.y);
    });
  }

  test('each fact of the document is said once, in a compact summary', async ({ page }) => {
    await page.goto(LONG_POLICY);
    const header = page.locator('article > header');
    const docNumber = (await header.locator('p').first().textContent())!.trim();
    expect(docNumber).toMatch(/〔\d{4}〕/);
    await expect(page.getByRole('main').getByText(docNumber, { exact: true })).toHaveCount(1);
    await expect(header.getByText('现行有效', { exact: true })).toHaveCount(1);
    for (const label of ['发文机关', '发布日期', '文号', '效力状态'])
      expect(await header.getByText(label, { exact: true }).count(), label).toBeLessThanOrEqual(1);
    const facts = page.getByRole('region', { name: '文件信息' });
    await expect(facts.getByText('来源', { exact: true })).toBeHidden();
    await facts.getByText('类别、主题、来源和附件').click();
    await expect(facts.getByText('类别', { exact: true })).toBeVisible();
  });

  test('the table of contents is a control with an arrow that opens and closes', async ({ page }) => {
    await page.goto(LONG_POLICY);
    const summary = page.locator('#policy-toc-title');
    const toc = page.getByRole('navigation', { name: '目录' });
    expect(await summary.evaluate((el) => getComputedStyle(el, '::after').content)).toContain('▸');
    await expect(summary).toHaveCSS('cursor', 'pointer');
    await expect(toc.getByRole('link').first()).toBeHidden();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(toc.getByRole('link').first()).toBeVisible();
    expect(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(true);
    expect(await summary.evaluate((el) => getComputedStyle(el, '::after').transform)).not.toBe('none');
  });

  test('from the end of the document, one tap goes back to the contents or the top', async ({ page }) => {
    await page.goto(LONG_POLICY);
    const back = page.getByRole('navigation', { name: '回到页首' });
    // Not over the first screen's text: it comes once the reader has scrolled down.
    await expect(back.getByRole('link', { name: '回到顶部' })).toBeHidden();
    // At hand while reading, halfway down, and at the end.
    await page.locator('.app-article').nth(15).scrollIntoViewIfNeeded();
    await expect(back.getByRole('link', { name: '回到目录' })).toBeInViewport();
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await back.getByRole('link', { name: '回到目录' }).click();
    await expect(page.getByRole('navigation', { name: '目录' })).toBeInViewport();
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await back.getByRole('link', { name: '回到顶部' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  });
});

test.describe('我的学习 and dates @phone', () => {
  test('an import says done politely and a refusal as an alert, each looking different', async ({ page }) => {
    const lessons = await courseLessons(page);
    await page.goto(PAGE_TYPES.me);
    const backup = page.getByRole('region', { name: '备份与恢复' });
    await page.getByLabel('导入学习记录').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(doneRecord(lessons.slice(0, 1), 'party-constitution-basics')),
    });
    const status = backup.getByRole('status');
    await expect(status).toHaveText('已导入 1 课的学习记录，并与本机原有的记录合并。');
    const look = (locator: typeof status) =>
      locator.evaluate((el) => ({
        background: getComputedStyle(el).backgroundColor,
        sign: getComputedStyle(el, '::before').content,
      }));
    const done = await look(status);
    expect(done.sign).toContain('✓');
    // Dates as the site writes them.
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('2026年11月20日');
    await expect(page.getByRole('main')).not.toContainText(/\d{4}-\d{2}-\d{2}/);

    await page.getByLabel('导入学习记录').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"lessons":{}}'),
    });
    const alert = backup.getByRole('alert');
    await expect(alert).toHaveText(
      '这个文件不是本站导出的学习记录（文件的格式不是本站使用的版本），没有导入，本机的记录保持不变。',
    );
    await expect(status).toBeEmpty();
    const refused = await look(alert);
    expect(refused.sign).toContain('✗');
    expect(refused.background).not.toBe(done.background);
  });

  test('search results write their dates in 年月日', async ({ page }) => {
    await page.goto(PAGE_TYPES.search);
    const lines = page.locator('[data-results] > li p.text-sm');
    // Pagefind answers in its own time on a busy machine.
    await expect(lines.first()).toBeVisible({ timeout: 30_000 });
    const texts = await lines.allTextContents();
    expect(texts.some((line) => /\d{4}年\d{1,2}月\d{1,2}日/.test(line))).toBe(true);
    expect(texts.filter((line) => /\d{4}-\d{2}-\d{2}/.test(line))).toEqual([]);
  });
});

test.describe('axe in the states these pages reach @phone', () => {
  for (const mode of [
    { text: 'standard', contrast: false, scheme: 'light' },
    { text: 'xlarge', contrast: true, scheme: 'dark' },
    { text: 'large', contrast: false, scheme: 'dark' },
  ] as const) {
    test(`${mode.text}${mode.contrast ? ' high contrast' : ''} ${mode.scheme}: quiz marked, menu open, facts open, import refused`, async ({
      page,
    }) => {
      // Five pages, each checked by axe: more than the default minute on a busy machine.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: mode.scheme });
      await useDisplay(page, mode.text, mode.contrast);
      const axe = async (where: string) => {
        const rules = mode.text === 'standard' && !mode.contrast ? undefined : ['color-contrast-enhanced'];
        expect(await axeViolations(page, { rules }), where).toEqual([]);
      };
      await page.goto(PAGE_TYPES.lesson);
      const question = page.locator('app-quiz-item').first();
      await question.locator('input').first().check();
      await question.getByRole('button', { name: '检查答案' }).click();
      await page.getByRole('button', { name: '菜单' }).click();
      await axe('lesson');
      await page.goto(COURSE);
      await axe('course');
      await page.goto(LONG_POLICY);
      await page.getByText('类别、主题、来源和附件').click();
      await page.locator('#policy-toc-title').click();
      await axe('policy');
      await page.goto(PAGE_TYPES.me);
      await page.getByLabel('导入学习记录').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('[]'),
      });
      await expect(page.getByRole('alert')).not.toBeEmpty();
      await axe('me');
      await page.goto(PAGE_TYPES.home);
      await axe('home');
    });
  }
});
