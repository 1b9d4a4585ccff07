// The handout's 打印 button (HandoutControls.astro). It appears only once this script runs:
// without it the browser's own print command prints the same handout.
class AppPrintButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
customElements.define('app-print-button', AppPrintButton);
