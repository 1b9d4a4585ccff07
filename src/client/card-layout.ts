// The outcome card as an image (answer-card.ts): where every line of text and the QR code go on
// a phone-sized canvas. Pure: text is measured through a function, so the layout is tested
// without a browser and the canvas code only paints what this returns.

/** Width of `text` in CSS pixels when drawn in `font` (a canvas font string). */
export type Measure = (text: string, font: string) => number;

// Chinese line breaking (a reduced 禁则): these never start a line, so they hang at the end of
// the line before (into the margin) rather than wrapping alone …
const NO_START = new Set('，。、；：！？）》」』”’〉】〕…—·%,.;:!?)]}');
// … and these never end a line: they move down with the character they open.
const NO_END = new Set('（《「『“‘〈【〔([{');

/**
 * The units a line may break between: one CJK character (or punctuation mark) each, a run of
 * spaces, or a run of Latin letters and digits (a word, a number, a phone number stays whole).
 */
function tokens(text: string): string[] {
  return text.match(/\s+|[A-Za-z0-9@._\-+/:%#?=&~]+|./gu) ?? [];
}

/**
 * Breaks one paragraph into lines no wider than `maxWidth` (a closing mark may hang over it).
 * A Latin run too long for a line (an address) is broken between characters. Newlines in the
 * text are kept as breaks.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  if (!(maxWidth > 0)) throw new Error(`wrapText: the width must be positive, not ${maxWidth}`);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const push = () => {
      lines.push(line.trimEnd());
      line = '';
    };
    const queue = tokens(paragraph.trim());
    while (queue.length > 0) {
      const token = queue.shift()!;
      if (/^\s+$/.test(token)) {
        if (line !== '') line += ' ';
        continue;
      }
      if (line === '' || measure(line + token) <= maxWidth || NO_START.has(token)) {
        if (line === '' && measure(token) > maxWidth && token.length > 1) {
          // Longer than a whole line: split it, the rest goes back into the queue.
          let fit = 1;
          while (fit < token.length && measure(token.slice(0, fit + 1)) <= maxWidth) fit += 1;
          line = token.slice(0, fit);
          push();
          queue.unshift(token.slice(fit));
          continue;
        }
        line += token;
        continue;
      }
      // The token does not fit: an opening mark at the end of the line moves down with it.
      const last = [...line].at(-1)!;
      if (NO_END.has(last) && [...line].length > 1) {
        line = line.slice(0, -last.length);
        push();
        line = last;
        queue.unshift(token);
        continue;
      }
      push();
      queue.unshift(token);
    }
    push();
  }
  return lines;
}

/** What the card says. Lists may be empty: their section is then left out. */
export interface CardContent {
  /** Site name, at the top. */
  site: string;
  /** "离开家乡 · 建议你这样做". */
  eyebrow: string;
  title: string;
  summary: string;
  /** The example-content warning, when the tree is an example. */
  note?: string | undefined;
  sections: { heading: string; items: string[]; numbered?: boolean }[];
  /** Under the QR code's side: the scan hint and the page's address. */
  scanHint: string;
  url: string;
  /** The QR code's modules, row by row ('1' dark, '0' light), `qrSize` per row. */
  qr: string;
  qrSize: number;
}

export type CardOp =
  | { kind: 'text'; text: string; x: number; y: number; font: string; color: string }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: string };

export interface CardLayout {
  width: number;
  height: number;
  ops: CardOp[];
}

export const CARD_WIDTH = 1080;
const MARGIN = 72;
const COLORS = { text: '#1a1a1a', muted: '#555555', accent: '#b3261e', band: '#b3261e', paper: '#ffffff' };
/** Light modules around the code, as the QR standard asks (4), so any phone camera finds it. */
const QUIET = 4;

/**
 * Lays out the card: site band, title, summary, sections, then the QR code with the address.
 * `family` is the page's own font stack (system CJK fonts). Text is drawn at `y` = its baseline.
 */
export function layoutCard(content: CardContent, family: string, measure: Measure): CardLayout {
  if (content.qr.length !== content.qrSize * content.qrSize || /[^01]/.test(content.qr))
    throw new Error(`layoutCard: the QR code has ${content.qr.length} modules, not ${content.qrSize}²`);
  const ops: CardOp[] = [];
  const inner = CARD_WIDTH - 2 * MARGIN;
  const font = (size: number, bold = false) => `${bold ? '700 ' : ''}${size}px ${family}`;
  let y = 0;

  /** Wrapped text from `x`, `width` wide; advances y by its lines. */
  const text = (value: string, size: number, options: { bold?: boolean; color?: string; x?: number } = {}) => {
    const f = font(size, options.bold);
    const x = options.x ?? MARGIN;
    const lineHeight = Math.round(size * 1.5);
    for (const line of wrapText(value, CARD_WIDTH - MARGIN - x, (s) => measure(s, f))) {
      y += lineHeight;
      // The baseline sits about a fifth of the line above its bottom.
      ops.push({
        kind: 'text',
        text: line,
        x,
        y: y - Math.round(lineHeight * 0.28),
        font: f,
        color: options.color ?? COLORS.text,
      });
    }
  };

  ops.push({ kind: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: 0, color: COLORS.paper });
  const bandHeight = 112;
  ops.push({ kind: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: bandHeight, color: COLORS.band });
  ops.push({ kind: 'text', text: content.site, x: MARGIN, y: 72, font: font(40, true), color: '#ffffff' });
  y = bandHeight + 32;
  text(content.eyebrow, 34, { color: COLORS.accent });
  y += 8;
  text(content.title, 60, { bold: true });
  y += 12;
  if (content.summary) text(content.summary, 38, { color: COLORS.muted });
  if (content.note) {
    y += 12;
    text(content.note, 30, { color: COLORS.muted });
  }
  for (const section of content.sections) {
    if (section.items.length === 0) continue;
    y += 40;
    ops.push({ kind: 'rect', x: MARGIN, y, width: inner, height: 3, color: COLORS.accent });
    y += 8;
    text(section.heading, 44, { bold: true, color: COLORS.accent });
    y += 4;
    section.items.forEach((item, i) => {
      const marker = section.numbered ? `${i + 1}.` : '•';
      const firstLine = ops.length;
      // A hanging indent: wrapped lines align with the text, not the marker.
      text(item, 40, { x: MARGIN + 64 });
      const first = ops[firstLine];
      if (first?.kind === 'text')
        ops.push({
          kind: 'text',
          text: marker,
          x: MARGIN,
          y: first.y,
          font: font(40, section.numbered),
          color: COLORS.accent,
        });
      y += 12;
    });
  }

  // The QR code with its quiet zone, and beside it what it leads to.
  y += 48;
  ops.push({ kind: 'rect', x: MARGIN, y, width: inner, height: 3, color: COLORS.accent });
  y += 32;
  const modules = content.qrSize + 2 * QUIET;
  const scale = Math.floor(360 / modules);
  const qrTop = y;
  ops.push(...qrOps(content.qr, content.qrSize, MARGIN, qrTop, scale));
  const side = MARGIN + modules * scale + 32;
  y = qrTop + QUIET * scale - 16;
  text(content.scanHint, 34, { x: side, color: COLORS.muted });
  y += 8;
  text(content.url, 30, { x: side });
  y = Math.max(y, qrTop + modules * scale) + MARGIN;
  // The paper behind everything is as tall as the card turned out.
  ops[0] = { kind: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: y, color: COLORS.paper };
  return { width: CARD_WIDTH, height: y, ops };
}

/**
 * A QR code as drawing operations: a white square with the quiet zone (QUIET modules) at
 * (x, y), and a black square of `scale` px for each dark module of `qr` ('1'/'0', row by row).
 */
export function qrOps(qr: string, size: number, x: number, y: number, scale: number): CardOp[] {
  const side = (size + 2 * QUIET) * scale;
  const ops: CardOp[] = [{ kind: 'rect', x, y, width: side, height: side, color: '#ffffff' }];
  for (let row = 0; row < size; row += 1)
    for (let col = 0; col < size; col += 1)
      if (qr[row * size + col] === '1')
        ops.push({
          kind: 'rect',
          x: x + (QUIET + col) * scale,
          y: y + (QUIET + row) * scale,
          width: scale,
          height: scale,
          color: '#000000',
        });
  return ops;
}

/** Paints a card's operations on a canvas, in order. */
export function paintOps(context: CanvasRenderingContext2D, ops: readonly CardOp[]): void {
  context.textBaseline = 'alphabetic';
  for (const op of ops) {
    context.fillStyle = op.color;
    if (op.kind === 'rect') context.fillRect(op.x, op.y, op.width, op.height);
    else {
      context.font = op.font;
      context.fillText(op.text, op.x, op.y);
    }
  }
}
