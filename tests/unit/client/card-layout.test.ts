import { describe, expect, test } from 'vitest';
import { CARD_WIDTH, layoutCard, wrapText, type CardContent } from '../../../src/client/card-layout';

// A font where every CJK character and mark is 10 px wide and every ASCII character 5 px, as in
// most CJK fonts at 10 px (half-width Latin).
const width = (text: string) => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) < 128 ? 5 : 10), 0);

describe('wrapping Chinese text by its measured width', () => {
  test('CJK text breaks between any two characters, each line as full as it can be', () => {
    expect(wrapText('一二三四五六七八九十', 45, width)).toEqual(['一二三四', '五六七八', '九十']);
  });

  test('a closing mark never starts a line: it hangs at the end of the one before', () => {
    expect(wrapText('一二三四，五六', 40, width)).toEqual(['一二三四，', '五六']);
    expect(wrapText('一二三四。', 40, width)).toEqual(['一二三四。']);
  });

  test('an opening mark never ends a line: it moves down with what it opens', () => {
    expect(wrapText('一二三《四五》', 40, width)).toEqual(['一二三', '《四五》']);
  });

  test('a number or a word stays whole when it fits on a line', () => {
    // "电话：" is 30 px; the number (60 px) would not fit after it in 70 px, so it starts a new line whole.
    expect(wrapText('电话：0000-1234567', 70, width)).toEqual(['电话：', '0000-1234567']);
    expect(wrapText('please bring it', 40, width)).toEqual(['please', 'bring it']);
  });

  test('an address longer than a line is broken between characters and loses nothing', () => {
    const url = 'https://example.org/answers/leaving-home/work/over-6-months/yes/';
    const lines = wrapText(url, 100, width);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(100);
  });

  test('newlines are kept and spaces at the ends of lines are dropped', () => {
    expect(wrapText('  第一行 \n第二行', 100, width)).toEqual(['第一行', '第二行']);
  });

  test('a width that is not positive is refused', () => {
    expect(() => wrapText('一', 0, width)).toThrow(/width must be positive/);
  });
});

const qrSize = 21;
const qr = Array.from({ length: qrSize * qrSize }, (_, i) => ((i * 7) % 3 === 0 ? '1' : '0')).join('');
const content = (items: number): CardContent => ({
  site: '流动党员学习园地',
  eyebrow: '外出务工 · 建议你这样做',
  title: '转接组织关系',
  summary: '你将在外地连续居住六个月以上：请把组织关系转到所在地的党组织。',
  sections: [
    {
      heading: '怎么做',
      items: Array.from({ length: items }, (_, i) => `第${i + 1}步：到原党支部开具组织关系介绍信。`.repeat(3)),
      numbered: true,
    },
    { heading: '期限', items: [] },
  ],
  scanHint: '用手机扫描二维码，打开本页：',
  url: 'https://example.org/answers/leaving-home/work/over-6-months/yes/',
  qr,
  qrSize,
});
const measure = (text: string, font: string) => (width(text) * Number(/(\d+)px/.exec(font)![1])) / 10;

describe('the outcome card layout', () => {
  test('is phone width, grows with its content and keeps every line inside the card', () => {
    const short = layoutCard(content(1), 'sans-serif', measure);
    const long = layoutCard(content(4), 'sans-serif', measure);
    expect(short.width).toBe(CARD_WIDTH);
    expect(long.height).toBeGreaterThan(short.height);
    for (const op of long.ops) {
      if (op.kind !== 'text') continue;
      // A closing mark may hang into the margin, never past the edge.
      expect(op.x + measure(op.text, op.font)).toBeLessThanOrEqual(CARD_WIDTH);
      expect(op.y).toBeLessThan(long.height);
    }
  });

  test('says what the member must do, numbered, and leaves out empty sections', () => {
    const texts = layoutCard(content(2), 'sans-serif', measure).ops.flatMap((op) =>
      op.kind === 'text' ? [op.text] : [],
    );
    expect(texts).toContain('怎么做');
    expect(texts).toContain('1.');
    expect(texts).toContain('2.');
    expect(texts).not.toContain('期限');
    expect(texts.join('')).toContain('https://example.org/answers/leaving-home/work/over-6-months/yes/');
  });

  test('draws one dark square per dark module of the QR code, inside a light quiet zone', () => {
    const { ops } = layoutCard(content(1), 'sans-serif', measure);
    const dark = ops.filter((op) => op.kind === 'rect' && op.color === '#000000');
    expect(dark).toHaveLength([...qr].filter((bit) => bit === '1').length);
    const squares = new Set(dark.map((op) => (op.kind === 'rect' ? op.width : 0)));
    expect(squares.size).toBe(1);
  });

  test('refuses a QR code whose modules do not make a square', () => {
    expect(() => layoutCard({ ...content(1), qr: qr.slice(1) }, 'sans-serif', measure)).toThrow(
      /QR code has 440 modules/,
    );
  });
});
