// "复制本页链接" (Share.astro). The button appears only where the browser can copy.
import { readConfig, type Config, type ConfigSchema } from './config';

export const schema = {
  /** The page's public address. */
  url: 'string',
  done: 'string',
  failed: 'string',
} as const satisfies ConfigSchema;
export type CopyLinkConfig = Config<typeof schema>;

class AppCopyLink extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(config.url);
        status.textContent = config.done;
      } catch {
        status.textContent = config.failed;
      }
    });
  }
}
customElements.define('app-copy-link', AppCopyLink);
