// 简/繁 (ScriptSwitch.astro): shows the site in Traditional characters, remembered on this
// device. The pre-paint script (pre-paint.ts) has set the page's language already; the
// converter is fetched only when Traditional is chosen.
import { readScript, saveScript, type ScriptChoice } from './script-choice';

const converter = () => import('./traditional-page');

class AppScript extends HTMLElement {
  private loaded = false;
  private choice: ScriptChoice = 'hans';

  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-script-toggle]');
    if (!button) return;
    const show = async (choice: ScriptChoice) => {
      this.choice = choice;
      button.setAttribute('aria-pressed', String(choice === 'hant'));
      document.documentElement.lang = choice === 'hant' ? 'zh-Hant' : 'zh-CN';
      if (choice === 'hans' && !this.loaded) return;
      try {
        const page = await converter();
        this.loaded = true;
        // The latest choice: the reader may have switched again while the converter loaded.
        if (this.choice === 'hant') page.convertPage();
        else page.restorePage();
      } catch {
        // Offline before the converter was ever saved: the page stays, and says so, in Simplified.
        if (this.choice === 'hant') {
          button.setAttribute('aria-pressed', 'false');
          document.documentElement.lang = 'zh-CN';
        }
      } finally {
        // Converted (or not to be): the text held back before the first paint can show.
        delete document.documentElement.dataset.scriptPending;
      }
    };
    this.setAttribute('data-ready', '');
    button.addEventListener('click', () => {
      const choice = button.getAttribute('aria-pressed') === 'true' ? 'hans' : 'hant';
      saveScript(localStorage, choice);
      void show(choice);
    });
    if (readScript(localStorage) === 'hant') void show('hant');
  }
}
customElements.define('app-script', AppScript);
