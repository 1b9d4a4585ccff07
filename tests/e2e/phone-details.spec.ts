import { expect, test, type Locator, type Page } from '@playwright/test';
import { wallClock } from '../support/ical';
import { PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// The details of issue 17 on a 360 px phone, measured: the course progress bar's track and fill
// in each colour mode, the brand red in dark mode, no slanted Chinese, an event card's time for
// a reader in another zone, and the 如何参加 card's spacing.

const COURSE = PAGE_TYPES.course;
/** The sample event held in Munich (Europe/Berlin), one of the next three on the home page. */
const MUNICH_EVENT = '/events/2027-02-munich-xianshang-zuotan/';

type Rgb = [number, number, number];

/** "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)" → [1, 2, 3] and the alpha. */
function parseColour(css: string): { rgb: Rgb; alpha: number } {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: m[4] === undefined ? 1 : Number(m[4]) };
}

/** "#b3261e" → [179, 38, 30]. */
const hexRgb = (hex: string): Rgb => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
};

/** WCAG 2 contrast ratio. */
function contrast(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Hue in degrees, saturation and lightness in 0–1. */
function hsl([r, g, b]: Rgb): { h: number; s: number; l: number } {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === R ? ((G - B) / d) % 6 : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

const near = (a: Rgb, b: Rgb, tolerance = 10) => a.every((v, n) => Math.abs(v - b[n]!) <= tolerance);
const isRed = (c: Rgb) => {
  const { h, s, l } = hsl(c);
  return (h <= 15 || h >= 345) && s >= 0.4 && l > 0.1 && l < 0.9;
};

/** Reading settings saved on the device before the page loads (DisplaySettings.astro). */
const useDisplay = (page: Page, text: string, contrast = false) =>
  page.addInitScript((saved) => localStorage.setItem('app-display', saved), JSON.stringify({ text, contrast }));

/**
 * The colours a bar is drawn with, read from its pixels (a screenshot of the element, decoded in
 * the page): the interior of its middle row at the given fractions of its width, the strongest
 * edge of its top rows, and the colour around it.
 */
async function barPixels(page: Page, bar: Locator, at: number[]) {
  const png = (await bar.screenshot({ animations: 'disabled' })).toString('base64');
  const around = await bar.evaluate((el) => {
    // The first ancestor with a background of its own is what the bar sits on.
    for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (!/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) return bg;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  });
  const decoded = await page.evaluate(
    async ({ png, at }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const pixel = (x: number, y: number) => {
        const i = (Math.min(height - 1, y) * width + Math.min(width - 1, x)) * 4;
        return [data[i]!, data[i + 1]!, data[i + 2]!] as [number, number, number];
      };
      const middle = Math.floor(height / 2);
      return {
        width,
        height,
        interior: at.map((f) => pixel(Math.round(f * (width - 1)), middle)),
        // The top edge, where a border is drawn: a few device pixels, as it may fall between two.
        top: [0, 1, 2, 3].map((y) => pixel(Math.floor(width / 2), y)),
      };
    },
    { png, at },
  );
  return { ...decoded, around: parseColour(around).rgb };
}

/** The lessons of the sample course as its page lists them, and a record with the first two done. */
async function twoDone(page: Page) {
  const lessons = await page.locator('[data-lesson-id]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-lesson-id')!,
      url: li.querySelector('a')!.getAttribute('href')!,
      title: li.querySelector('a')!.textContent!.trim(),
    })),
  );
  const record = JSON.stringify({
    version: 1,
    autoComplete: false,
    lessons: Object.fromEntries(
      lessons.slice(0, 2).map((lesson, n) => [
        lesson.id,
        {
          ...lesson,
          course: 'party-constitution-basics',
          done: '2026-11-20',
          visited: `2026-11-20T08:0${n}:00.000Z`,
        },
      ]),
    ),
  });
  return { total: lessons.length, record };
}

test.describe('course progress bar @phone', () => {
  test('an empty track with a visible border at 0, filled in the site colour as lessons are done, in every mode', async ({
    page,
  }) => {
    await page.goto(COURSE);
    const { total, record } = await twoDone(page);
    const box = page.locator('main app-course-progress').first();
    const bar = box.locator('progress');
    const accent = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--app-accent'));

    /** The bar, measured at `done` of `total` lessons. */
    const check = async (label: string, done: number, forced = false) => {
      await expect(box.locator('[data-progress-text]'), label).toHaveText(`已学完 ${done} / ${total} 课`);
      await expect(bar, label).toHaveJSProperty('value', done);
      const style = await bar.evaluate((el) => getComputedStyle(el).appearance);
      expect(style, `${label}: styled by the site, not the browser`).toBe('none');
      const part = done / total;
      // Inside the fill, and inside the empty part of the track.
      const px = await barPixels(page, bar, [done > 0 ? part / 2 : 0.1, part + (1 - part) / 2]);
      const [fill, track] = px.interior as [Rgb, Rgb];
      const edge = Math.max(...px.top.map((c) => contrast(c, track)));
      const note = `${label}: fill ${fill}, track ${track}, around ${px.around}, edge ${edge.toFixed(2)}`;
      test.info().annotations.push({ type: 'progress', description: note });
      // An empty track is the colour of what the bar sits on, not a grey block; its border shows.
      if (!forced) expect(contrast(track, px.around), note).toBeLessThan(1.15);
      expect(edge, note).toBeGreaterThanOrEqual(3);
      if (done > 0) {
        if (!forced) expect(near(fill, hexRgb(await accent())), note).toBe(true);
        expect(contrast(fill, track), note).toBeGreaterThanOrEqual(3);
      } else {
        expect(near(fill, track, 4), `${note}: nothing filled at 0`).toBe(true);
      }
    };

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await check(`0 %, ${scheme}`, 0);
    }
    await page.addInitScript((saved) => localStorage.setItem('app-progress', saved), record);
    for (const [n, contrastMode] of [false, true].entries()) {
      if (contrastMode) await useDisplay(page, 'standard', true);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.reload();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await check(`2 done, ${contrastMode ? 'high contrast ' : ''}${scheme}`, 2);
      }
      if (n === 0) {
        await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
        await check('2 done, forced colours', 2, true);
        await page.emulateMedia({ forcedColors: 'none' });
      }
    }
  });
});

test.describe('brand red in dark mode @phone', () => {
  /** Every visible surface filled with red on the page, with its text colour. */
  const redSurfaces = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().width > 0)
        .map((el) => {
          const style = getComputedStyle(el);
          return {
            what: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 12)}”`,
            hero: el.matches('[aria-labelledby="home-hero"]'),
            background: style.backgroundColor,
            color: style.color,
          };
        }),
    );

  for (const mode of [
    { name: 'standard', text: 'standard', contrast: false, ratio: 4.5 },
    { name: 'extra-large text', text: 'xlarge', contrast: false, ratio: 7 },
    { name: 'high contrast', text: 'standard', contrast: true, ratio: 7 },
  ]) {
    test(`${mode.name}: the hero and every red button stay a deep Party red with white text`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      if (mode.text !== 'standard' || mode.contrast) await useDisplay(page, mode.text, mode.contrast);
      const paths = mode.name === 'standard' ? [PAGE_TYPES.home, PAGE_TYPES.lesson, PAGE_TYPES.policyList] : ['/'];
      for (const path of paths) {
        await page.goto(path);
        const surfaces = (await redSurfaces(page))
          .map((s) => ({ ...s, bg: parseColour(s.background), fg: parseColour(s.color).rgb }))
          .filter((s) => s.bg.alpha === 1 && isRed(s.bg.rgb));
        if (path === '/')
          expect(
            surfaces.some((s) => s.hero),
            `${path}: the hero is red`,
          ).toBe(true);
        expect(surfaces.length, `${path}: red surfaces`).toBeGreaterThan(0);
        for (const s of surfaces) {
          const { h, l } = hsl(s.bg.rgb);
          const ratio = contrast(s.bg.rgb, s.fg);
          const note = `${path} ${s.what}: ${s.background} (hue ${h.toFixed(0)}, lightness ${(l * 100).toFixed(0)} %) under ${s.color}, ${ratio.toFixed(2)}:1`;
          test.info().annotations.push({ type: 'red', description: note });
          expect(l, note).toBeLessThanOrEqual(0.45);
          expect(hsl(s.fg).l, `${note}: white text`).toBeGreaterThanOrEqual(0.95);
          expect(ratio, note).toBeGreaterThanOrEqual(mode.ratio);
        }
      }
    });
  }
});

/**
 * No Chinese on the page is slanted (Chinese has no italics: the browser fakes them), and the
 * 示例 note of the text, written as emphasis, still shows as emphasis, with dots (着重号).
 */
async function expectUprightChinese(page: Page) {
  const path = new URL(page.url()).pathname;
  const slanted = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => /[\u3400-\u9fff]/.test(el.textContent ?? ''))
      .filter((el) => getComputedStyle(el).fontStyle !== 'normal')
      .map((el) => `${el.tagName.toLowerCase()} “${el.textContent!.trim().slice(0, 20)}”`),
  );
  expect(slanted, path).toEqual([]);
  const note = page.locator('.app-prose em', { hasText: '示例' }).first();
  await expect(note, path).toBeVisible();
  const style = await note.evaluate((el) => {
    const css = getComputedStyle(el);
    return { slant: css.fontStyle, dots: css.textEmphasisStyle, position: css.textEmphasisPosition };
  });
  expect(style.slant, path).toBe('normal');
  expect(style.dots, path).toMatch(/^(filled )?dot$/);
  // Under the characters, as Chinese places them (the browser's default, over, is Japanese).
  expect(style.position, path).toMatch(/^under/);
}

test.describe('no slanted Chinese @phone', () => {
  test('the 示例 note of a lesson stands upright and is marked with emphasis dots', async ({ page }) => {
    await page.goto(PAGE_TYPES.lesson);
    await expectUprightChinese(page);
  });
});

test.describe('event card time for a reader in China @phone', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });
  test('the home card of the Munich event shows Beijing time first and the Munich time beside it', async ({ page }) => {
    await page.goto(PAGE_TYPES.home);
    const card = page.getByRole('article').filter({ has: page.locator(`a[href="${MUNICH_EVENT}"]`) });
    const start = new Date((await card.locator('time').first().getAttribute('datetime'))!);
    const beijing = wallClock(start, 'Asia/Shanghai').slice(11);
    const munich = wallClock(start, 'Europe/Berlin').slice(11);
    expect(beijing).not.toBe(munich);
    const own = card.locator('app-local-time');
    await expect(own).toContainText(beijing);
    await expect(own).toContainText('中国标准时间');
    await expect(card.locator('time').first()).toContainText(munich);
    await expect(card.locator('time').first()).toContainText('中欧标准时间');
    // The reader's time comes first and stands out; the event's own is secondary.
    const [ownBox, eventBox] = [await own.boundingBox(), await card.locator('time').first().boundingBox()];
    expect(ownBox!.y).toBeLessThan(eventBox!.y);
    const weights = await card.evaluate((el) => ({
      own: Number(getComputedStyle(el.querySelector('app-local-time')!).fontWeight),
      event: Number(getComputedStyle(el.querySelector('time')!).fontWeight),
    }));
    expect(weights.own).toBeGreaterThan(weights.event);
  });

  test('without JavaScript the card states the event time and its zone', async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      timezoneId: 'Asia/Shanghai',
      locale: 'zh-CN',
      viewport: { width: 360, height: 780 },
    });
    const page = await context.newPage();
    await page.goto(siteUrl('sample', PAGE_TYPES.home));
    const card = page.getByRole('article').filter({ has: page.locator(`a[href="${MUNICH_EVENT}"]`) });
    const start = new Date((await card.locator('time').first().getAttribute('datetime'))!);
    await expect(card.locator('time').first()).toContainText(wallClock(start, 'Europe/Berlin').slice(11));
    await expect(card.locator('time').first()).toContainText('中欧标准时间');
    await context.close();
  });
});

test.describe('event card time for a reader in Germany @phone', () => {
  test.use({ timezoneId: 'Europe/Berlin' });
  test('the home card of the Munich event shows the Munich time only', async ({ page }) => {
    await page.goto(PAGE_TYPES.home);
    const card = page.getByRole('article').filter({ has: page.locator(`a[href="${MUNICH_EVENT}"]`) });
    const start = new Date((await card.locator('time').first().getAttribute('datetime'))!);
    await expect(card.locator('time').first()).toContainText(wallClock(start, 'Europe/Berlin').slice(11));
    await expect(card).not.toContainText(wallClock(start, 'Asia/Shanghai').slice(11));
  });
});

test.describe('event page @phone', () => {
  test('如何参加 has no stray bar and no empty space; the 示例 note stands upright', async ({ page }) => {
    await page.goto(PAGE_TYPES.event);
    await expectUprightChinese(page);
    const card = page.getByRole('region', { name: '如何参加' });
    await expect(card).toBeVisible();
    const measured = await card.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const css = getComputedStyle(el);
      const inner = {
        top: box.top + parseFloat(css.borderTopWidth),
        bottom: box.bottom - parseFloat(css.borderBottomWidth),
      };
      const parts = [...el.querySelectorAll('*')]
        .map((child) => child.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      const bars: string[] = [];
      const accent = getComputedStyle(document.documentElement).getPropertyValue('--app-accent').trim();
      const probe = document.createElement('span');
      probe.style.color = accent;
      document.body.append(probe);
      const accentRgb = getComputedStyle(probe).color;
      probe.remove();
      for (const node of [el, ...el.querySelectorAll('*')]) {
        for (const pseudo of [null, '::before', '::after'] as const) {
          const s = getComputedStyle(node, pseudo);
          if (pseudo && s.content === 'none') continue;
          for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
            const width = parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`));
            const colour = s.getPropertyValue(`border-${side.toLowerCase()}-color`);
            if (
              width > 0 &&
              s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
              colour === accentRgb
            )
              bars.push(`${node.tagName.toLowerCase()}${pseudo ?? ''} border-${side}`);
          }
          if (pseudo && s.backgroundColor === accentRgb) bars.push(`${node.tagName.toLowerCase()}${pseudo} background`);
        }
      }
      // The largest empty band between one row of the card's content and the next.
      let gap = 0;
      let reached = -Infinity;
      for (const r of [...parts].sort((a, b) => a.top - b.top)) {
        if (reached > -Infinity) gap = Math.max(gap, r.top - reached);
        reached = Math.max(reached, r.bottom);
      }
      return {
        padding: parseFloat(css.paddingTop),
        gap,
        above: Math.min(...parts.map((r) => r.top)) - inner.top,
        below: inner.bottom - Math.max(...parts.map((r) => r.bottom)),
        height: box.height,
        bars,
        cardBorder: css.borderTopColor,
      };
    });
    const note = JSON.stringify(measured);
    test.info().annotations.push({ type: 'card', description: note });
    expect(measured.below, note).toBeLessThanOrEqual(16);
    expect(measured.above, note).toBeLessThanOrEqual(16);
    expect(measured.gap, note).toBeLessThanOrEqual(16);
    expect(measured.bars, note).toEqual([]);
    // The same frame as every other card on the site (an entry card on the event list).
    await page.goto(PAGE_TYPES.eventList);
    expect(
      await page
        .locator('main .app-card')
        .first()
        .evaluate((el) => getComputedStyle(el).borderTopColor),
    ).toBe(measured.cardBorder);
  });
});
