// "保存为图片" on a guided answer's outcome (AnswerCard.astro): draws the outcome card (what to
// do, by when, what to bring, whom to contact, the page's QR code) on a canvas on the device and
// downloads it as a PNG. Everything drawn is already in the page: the lists are read from the
// outcome as shown, the QR code's modules were written in at build time. Nothing is fetched.
import { readConfig, type Config, type ConfigSchema } from './config';
import { layoutCard, paintOps, type CardContent } from './card-layout';

export const schema = {
  site: 'string',
  eyebrow: 'string',
  title: 'string',
  summary: 'string',
  note: 'string?',
  /** The page's public address, which the QR code carries. */
  url: 'string',
  qr: 'string',
  qrSize: 'number',
  /** The organization's contact lines ("电话：…"), one per line. */
  contact: 'string',
  /** The file's name, e.g. 我该怎么办-leaving-home-transfer.png. */
  file: 'string',
  /** Section headings, by the data-card-list name of the outcome's list. */
  headings: 'record',
  scanHint: 'string',
  /** "已保存图片：{file}". */
  done: 'string',
  failed: 'string',
} as const satisfies ConfigSchema;
export type AnswerCardConfig = Config<typeof schema>;

/** The outcome's list `name` as the member reads it (a list's items, without those marked to skip). */
function listItems(name: string): string[] {
  return [...document.querySelectorAll(`[data-card-list="${name}"] > li:not([data-card-skip])`)]
    .map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function cardContent(config: AnswerCardConfig): CardContent {
  const heading = (name: string) => config.headings[name] ?? name;
  return {
    site: config.site,
    eyebrow: config.eyebrow,
    title: config.title,
    summary: config.summary,
    note: config.note,
    sections: [
      { heading: heading('steps'), items: listItems('steps'), numbered: true },
      { heading: heading('documents'), items: listItems('documents') },
      { heading: heading('deadlines'), items: listItems('deadlines') },
      { heading: heading('where'), items: [...listItems('where'), ...config.contact.split('\n').filter(Boolean)] },
    ],
    scanHint: config.scanHint,
    url: config.url,
    qr: config.qr,
    qrSize: config.qrSize,
  };
}

/** The card painted on a new canvas, in the page's own (system) fonts. */
export function drawCard(config: AnswerCardConfig): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('answer card: no 2D canvas');
  const family = getComputedStyle(document.body).fontFamily;
  const layout = layoutCard(cardContent(config), family, (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  });
  canvas.width = layout.width;
  canvas.height = layout.height;
  paintOps(context, layout.ops);
  return canvas;
}

class AppAnswerCard extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const button = this.querySelector<HTMLButtonElement>('[data-save-card]');
    const status = this.querySelector<HTMLElement>('[data-save-status]');
    if (!button || !status || !HTMLCanvasElement.prototype.toBlob) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      status.textContent = '';
      let canvas: HTMLCanvasElement;
      try {
        canvas = drawCard(config);
      } catch {
        status.textContent = config.failed;
        return;
      }
      canvas.toBlob((blob) => {
        if (!blob) {
          status.textContent = config.failed;
          return;
        }
        // A blob: address is local to this page: saving it sends nothing anywhere.
        const href = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = href;
        link.download = config.file;
        link.click();
        setTimeout(() => URL.revokeObjectURL(href), 60_000);
        status.textContent = config.done.replace('{file}', config.file);
      }, 'image/png');
    });
  }
}
customElements.define('app-answer-card', AppAnswerCard);
