// A guided answer's step (AnswerStepView.astro): remembers the step on the device, offers to
// continue from it on the start page, fetches the pages the answers lead to ahead of the tap,
// moves between steps in place (no page load) where the next step needs nothing this page has
// not loaded, and shows the print button. Nothing leaves the device.
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

/** What a page runs and how it is styled: a step that needs more than this page has loads as a page. */
function resources(doc: Document, base: string): Set<string> {
  const found = new Set<string>();
  for (const script of doc.querySelectorAll('script'))
    found.add(script.src ? new URL(script.getAttribute('src')!, base).href : `inline:${script.textContent}`);
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
    found.add(new URL(link.getAttribute('href')!, base).href);
  return found;
}

/**
 * Shows the step at `url` in place of this one: the next step's own page, fetched (usually
 * prefetched already) and its main part put in place of this one's, with its title, the address
 * and history as a link would leave them, and the focus on its heading. A step whose page needs
 * a script or style this one has not loaded (an outcome's calendar, QR code and print footer) is
 * opened as a page instead, as is any step that cannot be fetched.
 */
async function showStep(url: string, push: boolean): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) throw new Error(url);
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const main = next.querySelector('main');
    const have = resources(document, location.href);
    if (!main || [...resources(next, url)].some((needed) => !have.has(needed))) throw new Error(url);
    if (push) history.pushState({ answerStep: true }, '', url);
    document.title = next.title;
    const description = next.querySelector('meta[name="description"]')?.getAttribute('content');
    if (description) document.querySelector('meta[name="description"]')?.setAttribute('content', description);
    document.querySelector('main')!.replaceWith(document.importNode(main, true));
    window.scrollTo(0, 0);
    // A screen reader hears the new step as it would after a page load: its heading.
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  } catch {
    if (push) location.assign(url);
    else location.reload();
  }
}

/** Whether a click on `link` is an ordinary follow of a link to another step of a guided answer. */
function stepLink(event: MouseEvent): HTMLAnchorElement | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return undefined;
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return undefined;
  const tree = document.querySelector<HTMLElement>('app-answer-progress')?.dataset.start;
  return tree && link.pathname.startsWith(tree) ? link : undefined;
}

document.addEventListener('click', (event) => {
  const link = stepLink(event);
  if (!link) return;
  event.preventDefault();
  void showStep(link.href, true);
});
// Back and forward between steps shown in place show them in place again.
history.replaceState({ ...(history.state as object | null), answerStep: true }, '');
window.addEventListener('popstate', (event) => {
  if ((event.state as { answerStep?: boolean } | null)?.answerStep) void showStep(location.href, false);
});
