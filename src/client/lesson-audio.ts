// The lesson player (LessonAudio.astro): the page's own <audio controls>, plus a choice of speed
// and a return to where the member stopped, both kept on this device only. Without scripts the
// player still plays; the speed buttons stay hidden.
import { clock, parseAudioState, remember, resumeAt, RATES, type AudioState, type Rate } from './audio-positions';
import { readConfig, type Config, type ConfigSchema } from './config';
import { fill } from '../lib/messages';
import { STORAGE_KEYS } from './storage-keys';

export const schema = {
  /** The lesson's slug, under which its position is kept. */
  lesson: 'string',
  /** "上次听到 {time}，点播放接着听。" */
  resume: 'string',
} as const satisfies ConfigSchema;
export type LessonAudioConfig = Config<typeof schema>;

const load = (): AudioState => {
  try {
    return parseAudioState(localStorage.getItem(STORAGE_KEYS.audio));
  } catch {
    return parseAudioState(null);
  }
};

const save = (change: (state: AudioState) => AudioState) => {
  try {
    // Read again first: another tab may have saved another lesson's position meanwhile.
    localStorage.setItem(STORAGE_KEYS.audio, JSON.stringify(change(load())));
  } catch {
    // Storage full or refused (private browsing): the player works, it just will not remember.
  }
};

class AppLessonAudio extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const audio = this.querySelector('audio');
    const group = this.querySelector<HTMLElement>('[data-audio-rates]');
    const note = this.querySelector<HTMLElement>('[data-audio-note]');
    if (!audio || !group || !note) return;
    const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-rate]')];

    const showRate = (rate: number) => {
      for (const button of buttons) button.setAttribute('aria-pressed', String(Number(button.dataset.rate) === rate));
    };
    const setRate = (rate: Rate) => {
      // The default survives the reload of the source that starts playback; the current rate may not.
      audio.defaultPlaybackRate = rate;
      audio.playbackRate = rate;
    };
    const state = load();
    setRate(state.rate);
    showRate(state.rate);
    this.setAttribute('data-ready', '');
    for (const button of buttons) button.addEventListener('click', () => setRate(Number(button.dataset.rate) as Rate));
    // The browser's own controls may offer speeds too: whichever changes it, the buttons and the
    // saved choice follow.
    audio.addEventListener('ratechange', () => {
      showRate(audio.playbackRate);
      const rate = audio.playbackRate as Rate;
      if (RATES.includes(rate)) save((saved) => ({ ...saved, rate }));
    });

    // The recording loads only when the member presses play (preload="none"): the saved place is
    // applied as soon as its length is known, before the first sound. Until then nothing is
    // saved, so that the start at 0:00 does not overwrite it.
    const saved = resumeAt(state, config.lesson);
    if (saved !== undefined) note.textContent = fill(config.resume, { time: clock(saved) });
    let restored = saved === undefined;
    audio.addEventListener('loadedmetadata', () => {
      const at = resumeAt(load(), config.lesson, audio.duration);
      if (!restored && at !== undefined) audio.currentTime = at;
      restored = true;
      note.textContent = '';
    });
    let last = 0;
    const keep = () => {
      if (!restored) return;
      last = Date.now();
      save((current) => remember(current, config.lesson, audio.currentTime, audio.duration, last));
    };
    // While playing, at most once every two seconds; at once on a pause, a seek or leaving the page.
    audio.addEventListener('timeupdate', () => {
      if (Date.now() - last >= 2000) keep();
    });
    for (const event of ['pause', 'seeked', 'ended'] as const) audio.addEventListener(event, keep);
    window.addEventListener('pagehide', keep);
  }
}
customElements.define('app-lesson-audio', AppLessonAudio);
