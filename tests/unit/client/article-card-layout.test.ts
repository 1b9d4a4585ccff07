import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import {
  ARTICLE_CARD,
  layoutArticleCard,
  layoutPageCard,
  type ArticleCardContent,
} from '../../../src/client/article-card-layout';
import type { CardLayout } from '../../../src/client/card-layout';
import { qrModules } from '../../../src/lib/qr';

// A font where a CJK character is as wide as the font's size and an ASCII one half of it.
const measure = (text: string, font: string) => {
  const size = Number(/(\d+)px/.exec(font)![1]);
  return [...text].reduce((sum, c) => sum + (c.charCodeAt(0) < 128 ? size / 2 : size), 0);
};

const url = 'https://example.org/policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa/#art-10';
const article = (text: string): ArticleCardContent => ({
  site: '流动党员学习园地',
  policy: '清源县流动党员教育管理服务办法',
  article: '第十条',
  text,
  scanHint: '长按或扫描二维码，打开本页学习',
  url,
  ...(({ size, bits }) => ({ qrSize: size, qr: bits }))(qrModules(url)),
});

/** The layout's rectangles painted as pixels (text left out), read as a camera would. */
function readQr(layout: CardLayout): string | undefined {
  const pixels = new Uint8ClampedArray(layout.width * layout.height * 4).fill(255);
  for (const op of layout.ops) {
    if (op.kind !== 'rect') continue;
    const value = op.color === '#000000' ? 0 : 255;
    for (let y = op.y; y < op.y + op.height; y += 1)
      for (let x = op.x; x < op.x + op.width; x += 1)
        pixels.fill(value, (y * layout.width + x) * 4, (y * layout.width + x) * 4 + 3);
  }
  return jsQR(pixels, layout.width, layout.height)?.data;
}

const texts = (layout: CardLayout) => layout.ops.flatMap((op) => (op.kind === 'text' ? [op] : []));

describe("an article's share card, laid out for the phone's canvas", () => {
  test('says the site, the policy, the article and its text, and its QR code leads to the article', () => {
    const layout = layoutArticleCard(article('流动党员应当主动与流出地党组织保持经常性联系。'), 'sans-serif', measure);
    expect([layout.width, layout.height]).toEqual([ARTICLE_CARD.width, ARTICLE_CARD.height]);
    expect(texts(layout).map((op) => op.text)).toEqual(
      expect.arrayContaining([
        '流动党员学习园地',
        '清源县流动党员教育管理服务办法',
        '第十条',
        '流动党员应当主动与流出地党组织保持经常性联系。',
      ]),
    );
    expect(readQr(layout)).toBe(url);
  });

  test('cuts a long article with "……" above the QR code, every line within the card', () => {
    const layout = layoutArticleCard(article('流动党员应当按期交纳党费。'.repeat(100)), 'sans-serif', measure);
    const lines = texts(layout);
    const qrTop = Math.min(
      ...layout.ops.filter((op) => op.kind === 'rect' && op.color === '#000000').map((op) => op.y),
    );
    const body = lines.filter((op) => op.font.startsWith('40px'));
    expect(body.at(-1)!.text.endsWith('……')).toBe(true);
    expect(Math.max(...body.map((op) => op.y))).toBeLessThan(qrTop);
    for (const op of lines) expect(op.x + measure(op.text, op.font)).toBeLessThanOrEqual(layout.width - 72 + 40);
    expect(readQr(layout)).toBe(url);
  });

  test('refuses a QR code whose modules do not make a square', () => {
    expect(() => layoutArticleCard({ ...article('x'), qr: '0101' }, 'sans-serif', measure)).toThrow(/4 modules/);
  });
});

describe("a policy's own share card, laid out for the phone's canvas", () => {
  const pageUrl = 'https://example.org/policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa/';
  const policy = (title: string, eyebrow = '清组发〔2026〕3号') => ({
    site: '流动党员学习园地',
    eyebrow,
    title,
    quote: '规定流动党员的组织关系、学习和党费交纳。',
    scanHint: '长按或扫描二维码，打开本页学习',
    url: pageUrl,
    ...(({ size, bits }) => ({ qrSize: size, qr: bits }))(qrModules(pageUrl)),
  });

  test('says the site, the document number, the title and the summary; its QR code leads to the page', () => {
    const layout = layoutPageCard(policy('清源县流动党员教育管理服务办法'), 'sans-serif', measure);
    expect(texts(layout).map((op) => op.text)).toEqual(
      expect.arrayContaining([
        '流动党员学习园地',
        '清组发〔2026〕3号',
        '清源县流动党员教育管理服务办法',
        '规定流动党员的组织关系、学习和党费交纳。',
      ]),
    );
    expect(readQr(layout)).toBe(pageUrl);
  });

  test('a long title takes up to three bold lines, cut with "……", above the summary', () => {
    const layout = layoutPageCard(
      policy('关于进一步加强和改进流动党员教育管理工作的若干意见'.repeat(3)),
      'sans-serif',
      measure,
    );
    const title = texts(layout).filter((op) => op.font.startsWith('700 56px'));
    expect(title).toHaveLength(3);
    expect(title.at(-1)!.text.endsWith('……')).toBe(true);
    const summary = texts(layout).find((op) => op.text.startsWith('规定流动党员'))!;
    expect(summary.y).toBeGreaterThan(title.at(-1)!.y);
  });

  test('without a document number the title starts under the band', () => {
    const layout = layoutPageCard(policy('清源县流动党员教育管理服务办法', ''), 'sans-serif', measure);
    expect(texts(layout).map((op) => op.text)).not.toContain('');
    expect(readQr(layout)).toBe(pageUrl);
  });
});
