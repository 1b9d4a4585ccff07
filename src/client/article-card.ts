// The share cards of a policy and of one of its articles, made on the phone when asked for
// (保存分享图片 beside the page's QR code, page-card.ts; 保存本条分享图片 in the article toolbar,
// article-links.ts; both load this module only then): the text is read from the page, the QR code
// encoded here (qrcode's encoder alone, about 8 KB gzip), the card painted on a canvas in the
// phone's own fonts and saved as a PNG. Nothing is fetched.
import QRCode from 'qrcode/lib/core/qrcode.js';
import { layoutArticleCard, layoutPageCard } from './article-card-layout';
import { paintOps, type CardLayout, type Measure } from './card-layout';

export interface ArticleCardRequest {
  site: string;
  policy: string;
  scanHint: string;
  /** The policy page's public address; the article's adds its anchor. */
  pageUrl: string;
}

/** The text of the article whose number is `link`: its paragraph and the paragraphs (款) after it. */
export function articleText(link: HTMLAnchorElement): string {
  const first = link.closest('p');
  if (!first) return '';
  const parts = [(first.textContent ?? '').replace(link.textContent ?? '', '')];
  for (let next = first.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.tagName !== 'P' || next.classList.contains('app-article')) break;
    parts.push(next.textContent ?? '');
  }
  return parts.join('\n').trim();
}

/** What a policy's own card says (the page's data, as Share.astro passes it). */
export interface PageCardRequest {
  site: string;
  eyebrow: string;
  title: string;
  quote: string;
  scanHint: string;
  pageUrl: string;
}

/** The QR code of `url`, its modules row by row ('1' dark). */
function qrOf(url: string): { qr: string; qrSize: number } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  let qr = '';
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1) qr += modules.get(row, col) ? '1' : '0';
  return { qr, qrSize: modules.size };
}

/** The page's font and a canvas to measure text in it. */
function measuring(): { family: string; measure: Measure } {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('share card: no 2D canvas');
  return {
    family: getComputedStyle(document.body).fontFamily,
    measure: (text, font) => {
      context.font = font;
      return context.measureText(text).width;
    },
  };
}

/** The article's card as a PNG blob. */
export async function articleCard(link: HTMLAnchorElement, request: ArticleCardRequest): Promise<Blob> {
  const url = `${request.pageUrl}#${link.id}`;
  const { family, measure } = measuring();
  const layout = layoutArticleCard(
    {
      site: request.site,
      policy: request.policy,
      article: (link.textContent ?? '').trim(),
      text: articleText(link),
      scanHint: request.scanHint,
      url,
      ...qrOf(url),
    },
    family,
    measure,
  );
  return toPng(layout);
}

/** The policy's own card as a PNG blob. */
export async function pageCard(request: PageCardRequest): Promise<Blob> {
  const { family, measure } = measuring();
  const { pageUrl, ...text } = request;
  return toPng(layoutPageCard({ ...text, url: pageUrl, ...qrOf(pageUrl) }, family, measure));
}

async function toPng(layout: CardLayout): Promise<Blob> {
  // The canvas writes full-colour PNGs: a card full of text can pass the 150 KB that chat apps
  // take unchanged, so it is painted smaller until it fits (the QR code stays readable).
  let blob: Blob | null = null;
  for (const scale of SCALES) {
    blob = await paint(layout, scale);
    if (blob && blob.size <= MAX_BYTES) return blob;
  }
  if (!blob) throw new Error('share card: the canvas made no PNG');
  return blob;
}

const MAX_BYTES = 150 * 1024;
const SCALES = [1, 0.75, 0.6];

function paint(layout: CardLayout, scale: number): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('share card: no 2D canvas');
  context.scale(scale, scale);
  paintOps(context, layout.ops);
  return new Promise((done) => canvas.toBlob(done, 'image/png'));
}

/** Saves `blob` as `file`. A blob: address is local to this page: saving it sends nothing anywhere. */
export function saveBlob(blob: Blob, file: string): void {
  const href = URL.createObjectURL(blob);
  const save = document.createElement('a');
  save.href = href;
  save.download = file;
  save.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
