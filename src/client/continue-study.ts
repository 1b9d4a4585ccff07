// "继续学习" on the home page (ContinueStudy.astro): the lesson this member was reading on this
// device; shown only when there is one.
import { continueWith } from './progress';
import { load } from './progress-store';

class AppContinue extends HTMLElement {
  connectedCallback() {
    const next = continueWith(load());
    if (!next) return;
    const link = this.querySelector<HTMLAnchorElement>('[data-continue-link]')!;
    link.href = next.url;
    link.textContent = next.title;
    this.hidden = false;
  }
}
customElements.define('app-continue', AppContinue);
