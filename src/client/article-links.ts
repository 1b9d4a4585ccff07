// One small toolbar for a whole document (ArticleLinks.astro): following an article's number
// (第十九条) moves it beside that article, with "copy link", where the phone can, "share", and
// "save the article's share card" (article-card.ts, loaded only when asked for).
import { readConfig, type Config, type ConfigSchema } from './config';
import { fill } from '../lib/messages';

export const schema = {
  /** Said once the link is copied; {article} is the article's number. */
  copied: 'string',
  copyFailed: 'string',
  /** For the article's share card: the site's name, the policy's title, the scan hint. */
  site: 'string',
  policy: 'string',
  scanHint: 'string',
  /** The page's public address, which the card's QR code carries with the article's anchor. */
  pageUrl: 'string',
  /** The card's file name, with {article}; said once saved, with {file}; said on failure. */
  cardFile: 'string',
  cardSaved: 'string',
  cardFailed: 'string',
} as const satisfies ConfigSchema;
export type ArticleLinksConfig = Config<typeof schema>;

class ArticleLinks extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const tools = this.querySelector<HTMLElement>('.app-article-tools')!;
    const status = tools.querySelector<HTMLElement>('[role=status]')!;
    const share = tools.querySelector<HTMLButtonElement>('[data-action=share]')!;
    share.hidden = typeof navigator.share !== 'function';
    const card = tools.querySelector<HTMLButtonElement>('[data-action=card]')!;
    card.hidden = !HTMLCanvasElement.prototype.toBlob;
    let current: HTMLAnchorElement | undefined;

    const show = (link: HTMLAnchorElement) => {
      current = link;
      link.after(tools);
      tools.hidden = false;
      status.textContent = '';
    };
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a.app-article-link');
      if (link) show(link);
    });
    tools.addEventListener('click', async (event) => {
      const action = (event.target as Element).closest<HTMLButtonElement>('button')?.dataset.action;
      if (!current || !action) return;
      const url = current.href;
      const label = current.textContent ?? '';
      if (action === 'share') {
        await navigator.share({ title: `${document.title} ${label}`, url }).catch(() => undefined);
        return;
      }
      if (action === 'card') {
        await saveCard(current, label);
        return;
      }
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = fill(config.copied, { article: label });
      } catch {
        status.textContent = config.copyFailed;
      }
      status.classList.remove('sr-only');
    });
    const saveCard = async (link: HTMLAnchorElement, label: string) => {
      status.classList.remove('sr-only');
      try {
        const { articleCard, saveBlob } = await import('./article-card');
        const file = fill(config.cardFile, { article: label.trim() });
        saveBlob(await articleCard(link, config), file);
        status.textContent = fill(config.cardSaved, { file });
      } catch {
        status.textContent = config.cardFailed;
      }
    };
    // Opened at an article's address: offer its tools right away.
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const link = target?.closest<HTMLAnchorElement>('a.app-article-link');
    if (link) show(link);
    // Articles lay out lazily (content-visibility), so the first jump to an anchor can land on
    // estimated sizes; once the page has loaded, bring the target back into view.
    // Laying out the articles that come on screen moves the target again: for half a second,
    // or until the reader scrolls, keep it at the top.
    if (target) {
      const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
      let frames = 30;
      const stop = () => (frames = 0);
      for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'])
        window.addEventListener(type, stop, { once: true, passive: true });
      const settle = () => {
        if (Math.abs(target.getBoundingClientRect().top - margin) > 2) target.scrollIntoView({ block: 'start' });
        if (--frames > 0) requestAnimationFrame(settle);
      };
      const start = () => requestAnimationFrame(settle);
      if (document.readyState === 'complete') start();
      else window.addEventListener('load', start, { once: true });
    }
  }
}
customElements.define('app-article-links', ArticleLinks);
