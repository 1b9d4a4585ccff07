// The site menu (Header.astro). Progressive enhancement: without JavaScript the navigation is
// simply always shown. With it, phones get a compact menu behind a button (the layout is in
// Header.astro's style).
class AppMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-menu-toggle]');
    if (!button) return;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      this.toggleAttribute('data-open', open);
    };
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
    this.setAttribute('data-ready', '');
  }
}
customElements.define('app-menu', AppMenu);
