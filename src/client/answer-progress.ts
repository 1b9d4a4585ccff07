// A guided answer's step (AnswerStepView.astro): remembers the step on the device, offers to
// continue from it on the start page, fetches the pages the answers lead to ahead of the tap
// (so the next step opens at once), and shows the print button. Nothing leaves the device.
import { readConfig, type Config, type ConfigSchema } from './config';
import { parsePositions, resumeFrom, visit } from './answer-positions';
import { STORAGE_KEYS } from './storage-keys';

export const schema = {
  /** The tree's slug. */
  tree: 'string',
  /** This step's address (with the site's base). */
  path: 'string',
  /** This step's heading. */
  title: 'string',
  /** The tree's start (first question) address. */
  start: 'string',
  /** "继续上次的进度：{title}". */
  resume: 'string',
} as const satisfies ConfigSchema;
export type AnswerProgressConfig = Config<typeof schema>;

class AppAnswerProgress extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    try {
      const positions = parsePositions(localStorage.getItem(STORAGE_KEYS.answers));
      const saved = config.path === config.start ? resumeFrom(positions, config.tree, config.start) : undefined;
      const slot = this.querySelector<HTMLElement>('[data-resume]');
      if (saved && slot) {
        const link = document.createElement('a');
        link.className = 'app-tap';
        link.href = saved.path;
        link.textContent = config.resume.replace('{title}', saved.title);
        slot.replaceChildren(link);
        slot.hidden = false;
      }
      localStorage.setItem(
        STORAGE_KEYS.answers,
        JSON.stringify(visit(positions, config.tree, { path: config.path, title: config.title }, config.start)),
      );
    } catch {
      // Storage refused (private mode, full): the steps work as plain pages.
    }
    // The next steps are small static pages: fetched while the member reads the question.
    for (const option of document.querySelectorAll<HTMLAnchorElement>('[data-answer-option]')) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = option.href;
      document.head.append(link);
    }
    const print = document.querySelector<HTMLButtonElement>('[data-print]');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', () => window.print());
    }
  }
}
customElements.define('app-answer-progress', AppAnswerProgress);
