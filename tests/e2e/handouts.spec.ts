import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from '../support/pages';

// Large-print handouts for branch meetings (src/views/HandoutView.astro), measured as Chromium
// prints them: print media emulated for what shows, and real PDFs for the paper size.

/** The paper size of every page of a PDF Chromium printed, in points, e.g. "595x842". */
async function pdfPageSizes(page: Page): Promise<string[]> {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  return [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
}

test('a lesson handout prints large, with questions, writing space, an answer page and a sign-in table, on A4 or A5', async ({
  page,
}) => {
  await page.goto(PAGE_TYPES.lesson);
  await page.getByRole('link', { name: '打印学习材料' }).click();
  await expect(page).toHaveURL(/\/lessons\/constitution-overview\/print\/$/);
  await expect(page.getByRole('radio', { name: 'A4（默认）' })).toBeChecked();

  await page.emulateMedia({ media: 'print' });
  // Only the handout: no site header, navigation, footer or print settings.
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { name: '打印设置' })).toBeHidden();

  const handout = page.locator('.app-handout');
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText('认识党章：全党的根本行为规范');
  expect(parseFloat(await handout.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(21); // 16pt
  // The discussion question from the lesson's <Question>, with ruled lines to write on.
  const discussion = handout.locator('.app-handout-discussion');
  await expect(discussion.getByRole('heading', { name: '讨论题' })).toBeVisible();
  await expect(discussion.getByText('对照党章第一章')).toBeVisible();
  const lines = await discussion
    .locator('.app-handout-lines > div')
    .evaluateAll((els) => els.map((el) => [el.getBoundingClientRect().height, getComputedStyle(el).borderBottomStyle]));
  expect(lines).toHaveLength(5);
  for (const [height, border] of lines) {
    expect(height).toBeGreaterThan(40);
    expect(border).toBe('solid');
  }
  // The self-check questions without their answers; the answers on a page of their own after them.
  const quiz = handout.locator('.app-handout-quiz');
  await expect(quiz.getByText('党章在党内法规体系中处于什么地位？')).toBeVisible();
  await expect(quiz.getByText('B. 最根本的党内法规，其他党内法规不得与之相抵触')).toBeVisible();
  await expect(quiz).not.toContainText('答案：');
  const answers = handout.locator('section', { has: page.getByRole('heading', { name: '自测题答案' }) });
  await expect(answers).toBeVisible();
  await expect(answers.getByRole('listitem')).toHaveText([/答案：B/, /答案：正确/, /答案：A、C、D/]);
  const signIn = handout.locator('section', { has: page.getByRole('heading', { name: '签到表' }) });
  await expect(signIn.getByRole('columnheader')).toHaveText(['序号', '姓名', '所在支部或单位', '签到时间', '备注']);
  await expect(signIn.locator('tbody tr')).toHaveCount(20);
  for (const part of [answers, signIn])
    expect(await part.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  const top = async (locator: typeof quiz) => (await locator.boundingBox())!.y;
  expect(await top(quiz)).toBeLessThan(await top(answers));
  expect(await top(answers)).toBeLessThan(await top(signIn));

  // Paper: A4 by default, A5 once chosen on screen (no script: the print styles read the radio).
  const a4 = await pdfPageSizes(page);
  expect(new Set(a4)).toEqual(new Set(['595x842']));
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: 'A5' }).check();
  await page.emulateMedia({ media: 'print' });
  const a5 = await pdfPageSizes(page);
  expect(new Set(a5)).toEqual(new Set(['420x595']));
  expect(a5.length).toBeGreaterThan(a4.length);
});

test('a policy handout prints only the articles chosen in its address or ticked on the page', async ({ page }) => {
  await page.goto(`${PAGE_TYPES.policy}print/?articles=3,99`);
  await expect(page.getByRole('checkbox', { name: '打印第三条' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: '99' })).toHaveText(
    '网址中的条文编号 99 在本文件中找不到，已忽略。请在下面勾选要打印的条文。',
  );
  await page.getByRole('checkbox', { name: '打印第十条' }).check();
  await expect(page).toHaveURL(/\?articles=3,10$/);

  await page.emulateMedia({ media: 'print' });
  const text = page.locator('app-handout-articles');
  await expect(text.getByText('流动党员教育管理服务工作坚持以下原则')).toBeVisible();
  await expect(text.getByText('（四）分类施策')).toBeVisible();
  await expect(text.locator('#art-10')).toBeVisible();
  await expect(text.locator('#art-1')).toBeHidden();
  await expect(text.locator('#art-4')).toBeHidden();
  await expect(text.getByRole('heading', { name: /第一章/ })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: '打印第三条' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '签到表' })).toBeVisible();

  // Nothing ticked: the whole text prints.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: '打印第三条' }).uncheck();
  await page.getByRole('checkbox', { name: '打印第十条' }).uncheck();
  await expect(page).toHaveURL(/\/print\/$/);
  await page.emulateMedia({ media: 'print' });
  await expect(text.locator('#art-1')).toBeVisible();
  await expect(text.getByRole('heading', { name: /第一章/ })).toBeVisible();
});
