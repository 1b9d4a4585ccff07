// Reading aloud (ReadAloud.astro) with the browser's own speech synthesis (a Chinese voice when
// there is one), paragraph by paragraph, marking the one being read. Nothing is sent anywhere.
// Where the phone cannot speak (no speech synthesis, no Chinese voice, or the engine fails), it
// says so, in words on the page that screen readers announce.
import { readConfig, type Config, type ConfigSchema } from './config';

export const schema = {
  /** The browser has no speech synthesis. */
  unsupported: 'string',
  /** It has voices, but none for Chinese. */
  noVoice: 'string',
  /** The engine reported an error. */
  failed: 'string',
} as const satisfies ConfigSchema;
export type ReadAloudConfig = Config<typeof schema>;

/** A Chinese voice: zh-CN first, then any zh / cmn one (zh-TW, cmn-Hans-CN, zh_CN_#Hans...). */
const chineseVoice = (voices: SpeechSynthesisVoice[]) =>
  voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)([-_]|$)/i.test(v.lang));

class AppReadAloud extends HTMLElement {
  private blocks: HTMLElement[] = [];
  private index = 0;
  private running = false;
  private note!: HTMLElement;
  private config!: ReadAloudConfig;

  connectedCallback() {
    const prose = this.closest('article')?.querySelector<HTMLElement>('.app-prose');
    if (!prose) {
      this.hidden = true;
      return;
    }
    this.config = readConfig(this, schema);
    this.note = this.querySelector<HTMLElement>('[data-read-note]')!;
    if (!window.speechSynthesis || typeof SpeechSynthesisUtterance === 'undefined') {
      // No button that would do nothing: the words say why there is none.
      this.querySelector<HTMLElement>('[role="group"]')!.hidden = true;
      this.note.textContent = this.config.unsupported;
      this.setAttribute('data-ready', '');
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
      // Voices load late on some phones: an empty list is not yet a missing voice.
      const voices = speechSynthesis.getVoices();
      if (voices.length > 0 && !chineseVoice(voices)) {
        this.note.textContent = this.config.noVoice;
        return;
      }
      this.note.textContent = '';
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
    const voice = chineseVoice(speechSynthesis.getVoices());
    if (voice) utterance.voice = voice;
    // An engine may report the start late, after the member has stopped: then nothing is marked.
    utterance.onstart = () => {
      if (this.running) this.mark(block);
    };
    utterance.onend = () => {
      this.index += 1;
      this.speakNext(done);
    };
    utterance.onerror = (event) => {
      // Stopping cancels the utterance, which some engines report as an error: not a failure.
      const stopped = !this.running || event.error === 'canceled' || event.error === 'interrupted';
      if (!stopped) this.note.textContent = this.config.failed;
      this.running = false;
      this.mark(undefined);
      done();
    };
    speechSynthesis.speak(utterance);
  }
}
customElements.define('app-read-aloud', AppReadAloud);
