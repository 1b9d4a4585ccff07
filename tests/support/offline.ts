import { expect, type Page } from '@playwright/test';

/** Saves the course on the open course page for offline reading; returns its lessons' addresses. */
export async function saveCourse(page: Page): Promise<string[]> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const lessons = await page
    .locator('[data-lesson-id] a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  await page.getByRole('button', { name: '保存本课程，以便离线阅读' }).click();
  await expect(page.getByText(`已保存本课程的 ${lessons.length + 1} 页`)).toBeVisible();
  return lessons;
}
