import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../support/pages';

// Read-aloud against a stand-in speech engine with the Web Speech API's shape (headless
// Chromium has no voices): it records what the page asks it to say and reports each
// utterance's start and end, as a real engine does.
const FAKE_ENGINE = () => {
  const spoken: string[] = [];
  let current: { onstart?: () => void; onend?: () => void } | undefined;
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finishLater = () => {
    timer = setTimeout(() => {
      const u = current;
      current = undefined;
      u?.onend?.();
    }, 150);
  };
  const engine = {
    speak(u: { text: string; onstart?: () => void; onend?: () => void }) {
      current = u;
      setTimeout(() => {
        // Recorded as it starts: what is being said now.
        spoken.push(u.text);
        u.onstart?.();
        if (!paused) finishLater();
      }, 0);
    },
    pause() {
      paused = true;
      clearTimeout(timer);
    },
    resume() {
      paused = false;
      finishLater();
    },
    cancel() {
      clearTimeout(timer);
      current = undefined;
    },
    getVoices: () => [{ lang: 'zh-CN', name: 'stand-in' }],
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: class {
      text: string;
      lang = '';
      voice: unknown;
      constructor(text: string) {
        this.text = text;
      }
    },
    configurable: true,
  });
  Object.defineProperty(window, '__spoken', { value: spoken });
};

const spoken = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length);

test('a lesson is read paragraph by paragraph, the one being read marked, with pause, resume and stop', async ({
  page,
}) => {
  await page.addInitScript(FAKE_ENGINE);
  await page.goto(PAGE_TYPES.lesson);
  const controls = page.getByRole('group', { name: '朗读' });
  await controls.getByRole('button', { name: '朗读全文' }).click();
  await expect.poll(() => spoken(page)).toBeGreaterThanOrEqual(3);

  // The marked paragraph is the one the engine is saying.
  const marked = page.locator('.app-prose .app-reading');
  await expect(marked).toHaveCount(1);
  // Read together, in one task, so the engine cannot move on in between.
  const now = await page.evaluate(() => ({
    said: (window as unknown as { __spoken: string[] }).__spoken.at(-1),
    marked: document.querySelector('.app-prose .app-reading')?.textContent?.trim(),
  }));
  expect(now.marked).toBe(now.said);
  const first = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken[0]);
  expect(first).toBe((await page.locator('.app-prose').locator('h2, h3, p, li').first().textContent())?.trim());

  await controls.getByRole('button', { name: '暂停' }).click();
  const atPause = await spoken(page);
  await page.waitForTimeout(600);
  expect(await spoken(page)).toBe(atPause);
  await controls.getByRole('button', { name: '继续' }).click();
  await expect.poll(() => spoken(page)).toBeGreaterThan(atPause);

  await controls.getByRole('button', { name: '停止' }).click();
  await expect(marked).toHaveCount(0);
  await expect(controls.getByRole('button', { name: '朗读全文' })).toBeVisible();
  const atStop = await spoken(page);
  await page.waitForTimeout(500);
  expect(await spoken(page)).toBe(atStop);
});

test('where the browser cannot speak there is no read-aloud button, and the page says so', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
  await page.goto(PAGE_TYPES.policy);
  await expect(page.getByRole('button', { name: '朗读全文' })).toHaveCount(0);
  const note = page.locator('app-read-aloud').getByRole('status');
  await expect(note).toHaveText('这部手机的浏览器不能朗读，可以换用手机自带的浏览器试试。');
  await expect(note).toBeVisible();
});

test('a phone without a Chinese voice is told so when it asks to read @phone', async ({ page }) => {
  await page.addInitScript(FAKE_ENGINE);
  // Only English voices on this phone.
  await page.addInitScript(() => {
    window.speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English' }] as SpeechSynthesisVoice[];
  });
  await page.goto(PAGE_TYPES.lesson);
  await page.getByRole('button', { name: '朗读全文' }).click();
  const note = page.locator('app-read-aloud').getByRole('status');
  await expect(note).toContainText('这部手机没有中文朗读语音，无法朗读');
  await expect(note).toBeVisible();
  expect(await spoken(page)).toBe(0);
  // Still the start button: nothing is half-running.
  await expect(page.getByRole('button', { name: '朗读全文' })).toBeVisible();
});

test('when the speech engine fails, the page says so and the reading stops @phone', async ({ page }) => {
  await page.addInitScript(FAKE_ENGINE);
  // An engine that fails every utterance, as a phone whose speech service is off does.
  await page.addInitScript(() => {
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) =>
      void setTimeout(() => u.onerror?.({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent), 0);
  });
  await page.goto(PAGE_TYPES.lesson);
  await page.getByRole('button', { name: '朗读全文' }).click();
  const note = page.locator('app-read-aloud').getByRole('status');
  await expect(note).toHaveText('朗读没有成功，这部手机暂时不能朗读，请稍后再试。');
  await expect(page.getByRole('button', { name: '朗读全文' })).toBeVisible();
  await expect(page.locator('.app-prose .app-reading')).toHaveCount(0);
});
