// 适老化 (DisplaySettings.astro): larger text in three steps and a high-contrast mode,
// remembered on this device. The pre-paint script (pre-paint.ts) applies the saved choice
// before the first paint; this control changes it.
import { readDisplay, applyDisplay, saveDisplay, type TextSize } from './display';

class AppDisplay extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-display-toggle]');
    const panel = this.querySelector<HTMLElement>('[data-display-panel]');
    if (!button || !panel) return;
    const current = readDisplay(localStorage);
    for (const radio of panel.querySelectorAll<HTMLInputElement>('input[name="display-text"]'))
      radio.checked = radio.value === current.text;
    const contrast = panel.querySelector<HTMLInputElement>('input[name="display-contrast"]')!;
    contrast.checked = current.contrast;

    this.setAttribute('data-ready', '');
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
    });
    panel.addEventListener('change', () => {
      const text = panel.querySelector<HTMLInputElement>('input[name="display-text"]:checked')?.value as TextSize;
      const next = { text: text ?? 'standard', contrast: contrast.checked };
      saveDisplay(localStorage, next);
      applyDisplay(document.documentElement, next);
    });
  }
}
customElements.define('app-display', AppDisplay);
