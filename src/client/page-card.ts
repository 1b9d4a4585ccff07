// "保存分享图片" for a policy (Share.astro): its card is drawn on the phone when asked for, as an
// article's is (article-card.ts, loaded only on the tap). A build of a national law corpus would
// otherwise render thousands of PNGs nobody asked for (README, 分享图片). The button appears only
// where the browser can write a canvas to a PNG.
import { readConfig, type Config, type ConfigSchema } from './config';
import { fill } from '../lib/messages';

export const schema = {
  site: 'string',
  eyebrow: 'string',
  title: 'string',
  quote: 'string',
  scanHint: 'string',
  /** The page's public address, which the card's QR code carries. */
  pageUrl: 'string',
  /** The card's file name; said once saved, with {file}; said on failure. */
  file: 'string',
  saved: 'string',
  failed: 'string',
} as const satisfies ConfigSchema;
export type PageCardConfig = Config<typeof schema>;

class AppPageCard extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const button = this.querySelector<HTMLButtonElement>('button');
    const hint = this.querySelector<HTMLElement>('[data-card-hint]');
    const status = this.querySelector<HTMLElement>('[role=status]');
    if (!button || !status || !HTMLCanvasElement.prototype.toBlob) return;
    button.hidden = false;
    if (hint) hint.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const { pageCard, saveBlob } = await import('./article-card');
        saveBlob(await pageCard(config), config.file);
        status.textContent = fill(config.saved, { file: config.file });
      } catch {
        status.textContent = config.failed;
      } finally {
        button.disabled = false;
      }
    });
  }
}
customElements.define('app-page-card', AppPageCard);
