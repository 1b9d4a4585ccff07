import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_MAX_BYTES,
  CARD_WIDTH,
  cutText,
  escapeMarkup,
  estimateEms,
  qrPixels,
  renderCard,
  renderCards,
  type CardText,
} from '../../../src/lib/share-card';

const lesson: CardText = {
  site: '流动党员学习园地',
  eyebrow: '党章基础 · 第 1 课',
  title: '党章总纲：我们为什么入党',
  quote: '党章是党的根本大法，是全党必须共同遵守的根本行为规范。本课讲清总纲的结构、党的性质和宗旨。',
  scanHint: '长按或扫描二维码，打开本页学习',
  url: 'https://example.org/lessons/constitution-overview/',
};

/** Reads a card's QR code the way a phone camera would: from the whole image's pixels. */
async function decode(png: Uint8Array): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('cutText', () => {
  test('leaves text that fits as it is', () => {
    expect(cutText('党章总纲', 10)).toBe('党章总纲');
  });
  test('cuts longer text to the width, ellipsis included, without a comma before the ellipsis', () => {
    const cut = cutText('党章是党的根本大法，是全党必须共同遵守的根本行为规范。', 12);
    expect(cut).toBe('党章是党的根本大法……');
    expect(estimateEms(cut)).toBeLessThanOrEqual(12);
  });
  test('counts Latin letters and digits as narrower than Chinese characters', () => {
    expect(estimateEms('2025')).toBeLessThan(estimateEms('二〇二五'));
  });
});

describe('escapeMarkup', () => {
  test('shows markup in a title as text', () => {
    expect(escapeMarkup('<span foreground="red">A&B</span>')).toBe('&lt;span foreground="red"&gt;A&amp;B&lt;/span&gt;');
  });
});

describe('qrPixels', () => {
  test('refuses an address too long for a QR code a phone can read, naming it', () => {
    const url = `https://example.org/${'x'.repeat(3000)}/`;
    expect(() => qrPixels(url)).toThrow(/example\.org\/x+/);
  });
});

describe('renderCard', () => {
  test('makes a PNG within the size limit whose QR code decodes to the page, the same bytes each time', async () => {
    const [first, second] = [await renderCard(lesson), await renderCard(lesson)];
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
    expect(first.length).toBeLessThanOrEqual(CARD_MAX_BYTES);
    expect(await decode(first)).toBe(lesson.url);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  test('sets a title with markup and an overlong quote on the card, cut, and the QR code still reads', async () => {
    const hostile: CardText = {
      ...lesson,
      title: `<span size="100000">${'标题很长'.repeat(30)}</span> & <b>`,
      quote: '第十条 流动党员应当……'.repeat(200),
      url: 'https://example.org/policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa/',
    };
    const png = await renderCard(hostile);
    expect(png.length).toBeLessThanOrEqual(CARD_MAX_BYTES);
    expect((await sharp(png).metadata()).height).toBe(CARD_HEIGHT);
    expect(await decode(png)).toBe(hostile.url);
  });
});

describe('renderCards', () => {
  test('renders cards side by side; a card that fails fails alone, naming its page', async () => {
    const bad = { ...lesson, url: `https://example.org/${'y'.repeat(3000)}/` };
    const results = renderCards(
      [
        ['good', lesson],
        ['bad', bad],
      ],
      2,
    );
    await expect(results.get('bad')).rejects.toThrow(/example\.org\/y+/);
    expect(await decode(await results.get('good')!)).toBe(lesson.url);
  });
});
