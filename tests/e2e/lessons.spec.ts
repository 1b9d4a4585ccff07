import { expect, test } from '@playwright/test';

test('prev and next walk a course in its order and stop at both ends', async ({ page }) => {
  await page.goto('/courses/party-constitution-basics/');
  const outline = page.getByRole('region', { name: '课程目录' }).getByRole('link');
  const titles = (await outline.allTextContents()).map((text) => text.replace(/^第 \d+ 课\s*/, '').trim());
  expect(titles.length).toBeGreaterThanOrEqual(6);

  await outline.first().click();
  const pager = page.getByRole('navigation', { name: '课程内翻页' });
  await expect(pager.getByRole('link', { name: /上一课/ })).toHaveCount(0);
  for (const [index, title] of titles.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(`第 ${index + 1} 课，共 ${titles.length} 课`)).toBeVisible();
    if (index < titles.length - 1) await pager.getByRole('link', { name: /下一课/ }).click();
  }
  await expect(pager.getByRole('link', { name: /下一课/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /上一课/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.at(-2)!);
});

test('a lesson shows its course, objectives, reading time, components and self-check', async ({ page }) => {
  await page.goto('/lessons/constitution-overview/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: '党章党规学习入门' }).first()).toBeVisible();
  await expect(main.getByText(/约 \d+ 分钟读完/)).toBeVisible();
  await expect(main.getByRole('heading', { name: '学习目标' })).toBeVisible();
  await expect(main.getByRole('note', { name: '要点' }).first()).toBeVisible();
  await expect(main.getByRole('note', { name: '思考题' }).first()).toBeVisible();
  const quiz = main.getByRole('region', { name: '自测题' });
  await expect(quiz.getByRole('listitem').first()).toBeVisible();
  // Answers sit in a disclosure until asked for.
  await expect(quiz.getByText(/^答案：/).first()).toBeHidden();
  await quiz.getByText('查看答案与解析').first().click();
  await expect(quiz.getByText(/^答案：/).first()).toBeVisible();
});
