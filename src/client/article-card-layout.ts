// The share cards made on the phone, laid out for a canvas: a policy's card and one article's
// (第X条). The same design as the cards made at build time (src/lib/share-card.ts: site band, the
// line above the title, the title, a quote, the QR code of the address), which a build cannot
// afford for every law and article of a national corpus (README, 分享图片). Pure: text is measured
// through a function, so the layout is tested without a browser and article-card.ts only paints
// what this returns.
import { qrOps, wrapText, type CardLayout, type CardOp, type Measure } from './card-layout';
// The type only: sharp, which share-card.ts uses, stays on the build machine.
import type { CardText } from '../lib/share-card';

export interface ArticleCardContent {
  site: string;
  /** The policy's title. */
  policy: string;
  /** 第十条. */
  article: string;
  /** The article's text, without its number. */
  text: string;
  scanHint: string;
  /** The article's public address, which the QR code carries. */
  url: string;
  /** The QR code's modules, row by row ('1' dark, '0' light), `qrSize` per row. */
  qr: string;
  qrSize: number;
}

/**
 * A policy's own card: what a card made at build time says (its 文号 or issuer above its title,
 * its summary as the quote), with the QR code's modules.
 */
export interface PageCardContent extends CardText {
  qr: string;
  qrSize: number;
}

export const ARTICLE_CARD = { width: 1080, height: 1440 } as const;
const MARGIN = 72;
const BAND = 120;
const QUIET = 4;
const QR_SIDE = 392;
const COLORS = { text: '#1a1a1a', muted: '#555555', accent: '#b3261e', paper: '#ffffff' };

/** `lines` cut to `max`, the last one ending with "……" (shortened until it fits `width`). */
function clampLines(lines: string[], max: number, width: number, measure: (text: string) => number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = [...kept[max - 1]!];
  while (last.length > 0 && measure(`${last.join('')}……`) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.join('').replace(/[\s，、；：,;:]+$/u, '')}……`;
  return kept;
}

/** Lays out an article's card: text from the top, the QR code and its address at the bottom. */
export function layoutArticleCard(content: ArticleCardContent, family: string, measure: Measure): CardLayout {
  const { policy, article, text, ...rest } = content;
  return layoutCard({ ...rest, eyebrow: policy, title: article, quote: text }, { size: 64, lines: 1 }, family, measure);
}

/** Lays out a policy's card: a title of up to three lines, then the summary. */
export function layoutPageCard(content: PageCardContent, family: string, measure: Measure): CardLayout {
  return layoutCard(content, { size: 56, lines: 3 }, family, measure);
}

function layoutCard(
  content: PageCardContent,
  title: { size: number; lines: number },
  family: string,
  measure: Measure,
): CardLayout {
  if (content.qr.length !== content.qrSize * content.qrSize || /[^01]/.test(content.qr))
    throw new Error(`article card: the QR code has ${content.qr.length} modules, not ${content.qrSize}²`);
  const { width, height } = ARTICLE_CARD;
  const ops: CardOp[] = [{ kind: 'rect', x: 0, y: 0, width, height, color: COLORS.paper }];
  const font = (size: number, bold = false) => `${bold ? '700 ' : ''}${size}px ${family}`;
  const pitch = (size: number) => Math.round(size * 1.45);

  /** Text wrapped to `maxWidth` from (x, y = top of the first line), at most `maxLines`; returns the y below. */
  const text = (
    value: string,
    size: number,
    y: number,
    o: { x?: number; maxWidth?: number; maxLines: number; bold?: boolean; color: string },
  ) => {
    const f = font(size, o.bold);
    const x = o.x ?? MARGIN;
    const maxWidth = o.maxWidth ?? width - 2 * MARGIN;
    const fits = (s: string) => measure(s, f);
    const lines = clampLines(wrapText(value, maxWidth, fits), o.maxLines, maxWidth, fits);
    for (const line of lines) {
      // The baseline sits about a fifth of the line above its bottom.
      ops.push({ kind: 'text', text: line, x, y: y + Math.round(pitch(size) * 0.78), font: f, color: o.color });
      y += pitch(size);
    }
    return y;
  };

  ops.push({ kind: 'rect', x: 0, y: 0, width, height: BAND, color: COLORS.accent });
  text(content.site, 44, Math.round((BAND - pitch(44)) / 2), { maxLines: 1, bold: true, color: '#ffffff' });

  const modules = content.qrSize + 2 * QUIET;
  const scale = Math.floor(QR_SIDE / modules);
  const side = modules * scale;
  const qrTop = height - MARGIN - side;

  let y = BAND + 48;
  if (content.eyebrow) y = text(content.eyebrow, 36, y, { maxLines: 2, color: COLORS.accent }) + 8;
  y = text(content.title, title.size, y, { maxLines: title.lines, bold: true, color: COLORS.text }) + 24;
  ops.push({ kind: 'rect', x: MARGIN, y, width: 96, height: 6, color: COLORS.accent });
  y += 6 + 32;
  const quoteLines = Math.floor((qrTop - 48 - y) / pitch(40));
  if (quoteLines > 0)
    text(content.quote.replace(/\s+/g, ' ').trim(), 40, y, { maxLines: quoteLines, color: COLORS.muted });

  ops.push(...qrOps(content.qr, content.qrSize, MARGIN, qrTop, scale));
  const beside = MARGIN + side + 32;
  const maxWidth = width - MARGIN - beside;
  let by = qrTop + Math.round(side / 2) - pitch(34) - 12;
  by = text(content.scanHint, 34, by, { x: beside, maxWidth, maxLines: 2, color: COLORS.muted }) + 12;
  text(content.url, 28, by, { x: beside, maxWidth, maxLines: 4, color: COLORS.text });
  return { width, height, ops };
}
