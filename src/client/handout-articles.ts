// The tick boxes of a policy's handout (HandoutView.astro) in step with the address: the
// articles named in ?articles= are ticked when the page opens, and ticking one rewrites the
// address. The boxes and the printing work without this script; it only makes a choice shareable.
import { readConfig, type Config, type ConfigSchema } from './config';
import { chosenArticles, withArticles } from './article-choice';
import { fill } from '../lib/messages';

export const schema = {
  /** Said when the address names articles the document does not have: {list}. */
  unknown: 'string',
} as const satisfies ConfigSchema;
export type HandoutArticlesConfig = Config<typeof schema>;

class AppHandoutArticles extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="article[]"]')];
    const status = document.querySelector<HTMLElement>('[data-articles-status]');
    const { chosen, unknown } = chosenArticles(
      location.search,
      boxes.map((box) => box.value),
    );
    for (const box of boxes) box.checked = chosen.includes(box.value);
    if (status && unknown.length > 0) status.textContent = fill(config.unknown, { list: unknown.join('、') });
    this.addEventListener('change', () => {
      const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
      history.replaceState(history.state, '', withArticles(location.href, ticked));
    });
  }
}
customElements.define('app-handout-articles', AppHandoutArticles);
