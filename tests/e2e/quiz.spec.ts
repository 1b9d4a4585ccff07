import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/fixture-site';
import { frontmatter } from '../support/frontmatter';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';
import type { QuizItem } from '../../src/schemas/lessons';

// The self-check questions of the sample lesson, checked in the browser against the answers
// its frontmatter declares.

const quiz = frontmatter(join(ROOT, 'content/lessons/constitution-overview.mdx')).quiz as QuizItem[];
const letter = (n: number) => String.fromCharCode(64 + n);

test('a right answer is confirmed and a wrong one corrected, with the explanation @phone', async ({ page }) => {
  await page.goto(PAGE_TYPES.lesson);
  const items = page.getByRole('region', { name: '自测题' }).locator('app-quiz-item');
  await expect(items).toHaveCount(quiz.length);

  for (const [i, item] of quiz.entries()) {
    const question = items.nth(i);
    const check = question.getByRole('button', { name: '检查答案' });
    const feedback = question.getByRole('status');
    const option = (value: number | boolean) =>
      item.type === 'truefalse'
        ? question.getByRole('radio', { name: value ? '正确' : '错误', exact: true })
        : question.getByRole(item.type === 'multiple' ? 'checkbox' : 'radio', {
            name: new RegExp(`^${letter(value as number)}\\. `),
          });

    await check.click();
    await expect(feedback).toHaveText('请先选择答案。');

    // A wrong answer: another option, or only part of a multiple-choice answer.
    const right: (number | boolean)[] =
      item.type === 'truefalse' ? [item.answer] : Array.isArray(item.answer) ? item.answer : [item.answer];
    const wrong =
      item.type === 'truefalse'
        ? [!item.answer]
        : item.type === 'multiple'
          ? right.slice(0, -1).length > 0
            ? right.slice(0, -1)
            : [item.options.findIndex((_, n) => !right.includes(n + 1)) + 1]
          : [item.options.findIndex((_, n) => n + 1 !== item.answer) + 1];
    for (const value of wrong) await option(value).check();
    await check.click();
    await expect(feedback).toContainText('回答不对，正确答案是：');
    await expect(question.getByText(item.explanation)).toBeVisible();

    for (const value of wrong) if (item.type === 'multiple') await option(value).uncheck();
    for (const value of right) await option(value).check();
    await check.click();
    await expect(feedback).toHaveText('回答正确。');
  }
});

test('without JavaScript the questions read as text and the answers wait in a disclosure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('sample', PAGE_TYPES.lesson));
  const region = page.getByRole('region', { name: '自测题' });
  await expect(region.getByText(quiz[0]!.question)).toBeVisible();
  // Hidden buttons are not in the accessibility tree: none can be pressed to no effect.
  await expect(region.getByRole('button', { name: '检查答案' })).toHaveCount(0);
  await expect(region.getByText(quiz[0]!.explanation)).toBeHidden();
  await region.getByText('查看答案与解析').first().click();
  await expect(region.getByText(quiz[0]!.explanation)).toBeVisible();
  await context.close();
});
