// Reading aloud (ReadAloud.astro) with the browser's own speech synthesis (a zh-CN voice when
// there is one), paragraph by paragraph, marking the one being read. Nothing is sent anywhere;
// the control stays hidden where the browser cannot speak.
class AppReadAloud extends HTMLElement {
  private blocks: HTMLElement[] = [];
  private index = 0;
  private running = false;

  connectedCallback() {
    const prose = this.closest('article')?.querySelector<HTMLElement>('.app-prose');
    if (!window.speechSynthesis || typeof SpeechSynthesisUtterance === 'undefined' || !prose) {
      this.hidden = true;
      return;
    }
    // The innermost text blocks, in reading order (a list item's paragraphs, not the item twice).
    this.blocks = [...prose.querySelectorAll<HTMLElement>('h2, h3, h4, p, li, blockquote')].filter(
      (el) => el.textContent?.trim() && !el.querySelector('p, li, blockquote'),
    );
    const button = (name: string) => this.querySelector<HTMLButtonElement>(`[data-read-${name}]`)!;
    const show = (state: 'idle' | 'reading' | 'paused') => {
      this.toggleAttribute('data-reading', state !== 'idle');
      button('start').hidden = state !== 'idle';
      button('pause').hidden = state !== 'reading';
      button('resume').hidden = state !== 'paused';
      button('stop').hidden = state === 'idle';
    };
    button('start').addEventListener('click', () => {
      this.index = 0;
      this.running = true;
      show('reading');
      this.speakNext(() => show('idle'));
    });
    button('pause').addEventListener('click', () => {
      speechSynthesis.pause();
      show('paused');
    });
    button('resume').addEventListener('click', () => {
      speechSynthesis.resume();
      show('reading');
    });
    button('stop').addEventListener('click', () => {
      this.running = false;
      speechSynthesis.cancel();
      this.mark(undefined);
      show('idle');
    });
    this.setAttribute('data-ready', '');
  }

  private mark(block: HTMLElement | undefined) {
    for (const el of this.blocks) el.classList.remove('app-reading');
    if (block) {
      block.classList.add('app-reading');
      block.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }

  private speakNext(done: () => void) {
    const block = this.blocks[this.index];
    if (!this.running || !block) {
      this.running = false;
      this.mark(undefined);
      done();
      return;
    }
    // One paragraph per utterance: some engines stop long ones, and the mark follows the voice.
    const utterance = new SpeechSynthesisUtterance(block.textContent!.trim());
    utterance.lang = 'zh-CN';
    const voice = speechSynthesis.getVoices().find((v) => /^zh[-_]CN/i.test(v.lang));
    if (voice) utterance.voice = voice;
    utterance.onstart = () => this.mark(block);
    utterance.onend = () => {
      this.index += 1;
      this.speakNext(done);
    };
    utterance.onerror = () => {
      this.running = false;
      this.mark(undefined);
      done();
    };
    speechSynthesis.speak(utterance);
  }
}
customElements.define('app-read-aloud', AppReadAloud);
