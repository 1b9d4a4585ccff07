import sharp, { type OverlayOptions } from 'sharp';
import { qrModules } from './qr.ts';

// A page's share card: a PNG made at build time for chat groups (which show a PNG inline but
// not a link preview from a static site): the site's name, what the page is, its title, a short
// quote, and the QR code of its public address. Text is set by Pango through sharp, in the CJK
// fonts installed on the build machine (fonts-noto-cjk), so the same content and fonts give the
// same bytes.

/** What a card says. */
export interface CardText {
  /** Site name, in the band at the top. */
  site: string;
  /** The line above the title: the course, the document number, the member. */
  eyebrow: string;
  title: string;
  /** A short quote: the summary, or an article's text. Cut with "……" when too long. */
  quote: string;
  /** Under the QR code's side. */
  scanHint: string;
  /** The page's public address: what the QR code carries, printed beside it. */
  url: string;
}

export const CARD_WIDTH = 1080;
export const CARD_HEIGHT = 1440;
/** Chat apps recompress larger images; the issue sets this ceiling. */
export const CARD_MAX_BYTES = 150 * 1024;

const MARGIN = 72;
const INNER = CARD_WIDTH - 2 * MARGIN;
const COLORS = { text: '#1a1a1a', muted: '#555555', accent: '#b3261e', paper: '#ffffff' };
/**
 * Pango font families, first found wins: the Noto CJK that CI installs, then its other names
 * and the usual Linux CJK fonts. (The page itself uses the reader's system fonts.)
 */
const FAMILIES = 'Noto Sans CJK SC,Source Han Sans SC,Noto Sans SC,WenQuanYi Micro Hei,sans-serif';
const BAND = 120;
/** The QR code's side in pixels, quiet zone included, at most (whole pixels per module). */
const QR_SIDE = 392;
/** Light modules around the code, as the QR standard asks. */
const QUIET = 4;

/**
 * A palette of 16 colours keeps anti-aliased text smooth at a third of the bytes of full colour
 * (about 35 KB, not 115); the fastest quantizing (effort 1) and zlib level 6 halve the time of
 * the best (a card takes about 0.15 s on a busy two-core machine), which a build of 1,584 laws
 * pays 1,584 times.
 */
const PNG_OPTIONS = { palette: true, colors: 16, dither: 0, effort: 1, compressionLevel: 6 } as const;

/** Text as Pango markup, so that `<`, `&` in a title are shown, not parsed. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One paragraph, whitespace runs made single spaces (a quote may come from several lines). */
export function oneParagraph(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Font {
  size: number;
  bold?: boolean;
}

interface TextBlock extends Font {
  text: string;
  color: string;
  /** Lines at most; longer text is cut and ends with "……". */
  maxLines: number;
  width: number;
}

/**
 * libvips crops set text to its ink, so "一" comes out 6 px tall and "国" 41: heights say
 * nothing about lines. An invisible "国" on a line above and below the text (Pango draws it at
 * the lowest alpha, which is 0 in 8 bits, but counts its ink) gives every block the same top and
 * a height of whole lines.
 */
const STRUT = '<span alpha="1">国</span>';

const fontDescription = (font: Font) => `${FAMILIES} ${font.bold ? 'Bold ' : ''}${font.size}px`;

// Raw pixels, not PNG: each layer is composited at once, and encoding then decoding a PNG per
// text block took more time than setting the text (about 14 ms against 1 for a summary).
async function setText(markup: string, font: Font, width: number) {
  const { data, info } = await sharp({
    text: {
      text: markup,
      font: fontDescription(font),
      width,
      // Pango's own (UAX #14) line breaking keeps CJK punctuation off line starts; a long
      // address breaks between characters.
      wrap: 'word-char',
      rgba: true,
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { info, layer: { input: data, raw: { width: info.width, height: info.height, channels: info.channels } } };
}

/** A font's line pitch and the ink height of one strut, in px, as Pango sets them. */
interface Metrics {
  pitch: number;
  ink: number;
}

const metricsCache = new Map<string, Promise<Metrics>>();

function metrics(font: Font): Promise<Metrics> {
  const key = fontDescription(font);
  let known = metricsCache.get(key);
  if (!known) {
    known = Promise.all([setText(STRUT, font, 1000), setText(`${STRUT}\n${STRUT}`, font, 1000)]).then(([one, two]) => ({
      pitch: two.info.height - one.info.height,
      ink: one.info.height,
    }));
    metricsCache.set(key, known);
  }
  return known;
}

/** A block of text as an image: place it `pitch` px above the block's top; it takes `lines` lines. */
interface SetBlock {
  layer: OverlayOptions;
  lines: number;
  pitch: number;
}

async function setBlock(block: TextBlock, text: string): Promise<SetBlock> {
  const { pitch, ink } = await metrics(block);
  const image = await setText(
    `${STRUT}\n<span foreground="${block.color}">${escapeMarkup(text)}</span>\n${STRUT}`,
    block,
    block.width,
  );
  return { layer: image.layer, lines: Math.round((image.info.height - ink) / pitch) - 1, pitch };
}

/** Lines of the font that fit in `space` px. */
async function linesIn(space: number, font: Font): Promise<number> {
  return Math.max(0, Math.floor(space / (await metrics(font)).pitch));
}

/** Width of `text` in ems, a little over: a CJK character is 1 em, Noto's Latin about 0.55. */
export function estimateEms(text: string): number {
  let ems = 0;
  // Latin, Greek and the like (below U+0300) are narrow; everything else is counted as CJK.
  for (const char of text) ems += char.codePointAt(0)! < 0x300 ? 0.6 : 1;
  return ems;
}

/**
 * `text` cut to about `ems` ems, ending with "……"; unchanged if it is no longer than that.
 * A cut at a space or punctuation mark does not leave it before the ellipsis.
 */
export function cutText(text: string, ems: number): string {
  if (estimateEms(text) <= ems) return text;
  let kept = '';
  let used = 0;
  for (const char of text) {
    const width = estimateEms(char);
    // Two ems stay for the ellipsis.
    if (used + width > ems - 2) break;
    kept += char;
    used += width;
  }
  return `${kept.replace(/[\s，、；：,;:]+$/u, '')}……`;
}

/**
 * The block set no longer than its `maxLines`: text that runs longer is cut and ends with
 * "……". The cut starts from an estimate of what fits (so that a card takes a few settings, not
 * a search) and shortens by a tenth until Pango's lines fit.
 */
async function fitText(block: TextBlock): Promise<SetBlock> {
  let ems = (block.maxLines * block.width) / block.size;
  for (;;) {
    const text = cutText(block.text, ems);
    const set = await setBlock(block, text);
    if (set.lines <= block.maxLines || text.length <= 2) return set;
    ems *= 0.9;
  }
}

/** The QR code of `url` as grey pixels (0 dark, 255 light), quiet zone included, `side` square. */
export function qrPixels(url: string, maxSide = QR_SIDE): { side: number; pixels: Buffer } {
  let qr: ReturnType<typeof qrModules>;
  try {
    qr = qrModules(url);
  } catch (error) {
    throw new Error(`share card: the address is too long for a QR code: ${url} (${(error as Error).message})`, {
      cause: error,
    });
  }
  const { size, bits } = qr;
  const modules = size + 2 * QUIET;
  const scale = Math.floor(maxSide / modules);
  if (scale < 2) throw new Error(`share card: the address is too long for a readable QR code: ${url}`);
  const side = modules * scale;
  const pixels = Buffer.alloc(side * side, 255);
  for (let y = 0; y < side; y += 1) {
    const row = Math.floor(y / scale) - QUIET;
    if (row < 0 || row >= size) continue;
    for (let x = QUIET * scale; x < (QUIET + size) * scale; x += 1)
      if (bits[row * size + Math.floor(x / scale) - QUIET] === '1') pixels[y * side + x] = 0;
  }
  return { side, pixels };
}

/** The card as PNG bytes. Throws, naming the page, if it would be larger than CARD_MAX_BYTES. */
export async function renderCard(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const layers: OverlayOptions[] = [];
  const fill = (width: number, height: number, color: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    const pixels = Buffer.alloc(width * height * 3);
    for (let i = 0; i < pixels.length; i += 3) pixels.set([r!, g!, b!], i);
    return { input: pixels, raw: { width, height, channels: 3 as const } };
  };
  /** Places a set block whose first line's top is `y`; returns the y below it. */
  const place = (set: SetBlock, x: number, y: number) => {
    layers.push({ ...set.layer, left: x, top: y - set.pitch });
    return y + set.lines * set.pitch;
  };

  layers.push({ ...fill(CARD_WIDTH, BAND, COLORS.accent), left: 0, top: 0 });
  // One line, centred by its ink in the band (no struts: the band is too shallow for them).
  const site = await setText(
    `<span foreground="#ffffff">${escapeMarkup(cutText(card.site, INNER / 44))}</span>`,
    { size: 44, bold: true },
    INNER,
  );
  layers.push({ ...site.layer, left: MARGIN, top: Math.round((BAND - site.info.height) / 2) });

  // The QR code and what it leads to take the bottom of the card; the text fills what is above.
  const qr = qrPixels(card.url);
  const qrTop = CARD_HEIGHT - MARGIN - qr.side;
  let y = BAND + 64;
  if (card.eyebrow) {
    const eyebrow = { text: card.eyebrow, size: 36, color: COLORS.accent, maxLines: 1, width: INNER };
    y = place(await fitText(eyebrow), MARGIN, y) + 8;
  }
  const title = { text: card.title, size: 64, bold: true, color: COLORS.text, maxLines: 3, width: INNER };
  y = place(await fitText(title), MARGIN, y) + 24;
  layers.push({ ...fill(96, 6, COLORS.accent), left: MARGIN, top: y });
  y += 6 + 40;
  const quote = { text: oneParagraph(card.quote), size: 40, color: COLORS.muted, width: INNER };
  const quoteLines = await linesIn(qrTop - 48 - y, quote);
  if (quote.text && quoteLines > 0) place(await fitText({ ...quote, maxLines: quoteLines }), MARGIN, y);

  layers.push({ input: qr.pixels, raw: { width: qr.side, height: qr.side, channels: 1 }, left: MARGIN, top: qrTop });
  const side = MARGIN + qr.side + 32;
  const width = CARD_WIDTH - MARGIN - side;
  const hint = await fitText({ text: card.scanHint, size: 34, color: COLORS.muted, maxLines: 3, width });
  const url = await fitText({ text: card.url, size: 28, color: COLORS.text, maxLines: 4, width });
  const gap = 12;
  const beside = hint.lines * hint.pitch + gap + url.lines * url.pitch;
  place(url, side, place(hint, side, qrTop + Math.round((qr.side - beside) / 2)) + gap);

  const png = await sharp({
    create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3, background: COLORS.paper },
  })
    .composite(layers)
    .png(PNG_OPTIONS)
    .toBuffer();
  if (png.length > CARD_MAX_BYTES)
    throw new Error(`share card for ${card.url}: ${png.length} bytes, more than the ${CARD_MAX_BYTES} allowed`);
  return new Uint8Array(png);
}

/**
 * Starts rendering every card, `concurrency` at a time, and returns each card's bytes by key.
 * Astro asks for one route after another; sharp works off the main thread, so rendering the
 * cards side by side uses the build machine's cores (about half the time on two). A failure
 * stays with its own card, for the route that asks for it.
 */
export function renderCards<K>(
  cards: Iterable<[K, CardText]>,
  concurrency: number,
  render: (card: CardText) => Promise<Uint8Array<ArrayBuffer>> = renderCard,
): Map<K, Promise<Uint8Array<ArrayBuffer>>> {
  const queue = [...cards];
  const results = new Map<K, Promise<Uint8Array<ArrayBuffer>>>();
  const settle = new Map<K, { done: (bytes: Uint8Array<ArrayBuffer>) => void; fail: (error: unknown) => void }>();
  for (const [key] of queue) {
    const result = new Promise<Uint8Array<ArrayBuffer>>((done, fail) => settle.set(key, { done, fail }));
    // Handled here so that a failed card does not end the build before its route reports it.
    result.catch(() => undefined);
    results.set(key, result);
  }
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [key, card] = next;
      await render(card).then(settle.get(key)!.done, settle.get(key)!.fail);
    }
  };
  for (let i = 0; i < Math.max(1, concurrency); i += 1) void worker();
  return results;
}
