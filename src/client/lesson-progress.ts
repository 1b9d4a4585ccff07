// "标记为已学完" at the end of a lesson (LessonProgress.astro): records the visit, marks the
// lesson done on request or, opted in, on reaching the end. Hidden until it runs.
import { readConfig, type Config, type ConfigSchema } from './config';
import { lessonOf, recordVisit, setDone, type LessonInfo } from './progress';
import { load, PROGRESS_CHANGED, update } from './progress-store';

export const schema = {
  id: 'string',
  title: 'string',
  course: 'string',
  /** The lesson's site-relative address, base included. */
  url: 'string',
  /** The button while the lesson is not done, and once it is. */
  mark: 'string',
  marked: 'string',
} as const satisfies ConfigSchema;
export type LessonProgressConfig = Config<typeof schema>;

class AppLessonProgress extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const lesson: LessonInfo = { id: config.id, title: config.title, url: config.url, course: config.course };
    const button = this.querySelector<HTMLButtonElement>('[data-done-button]')!;
    const auto = this.querySelector<HTMLInputElement>('[data-auto]')!;
    update((p) => recordVisit(p, lesson, new Date()));
    const render = () => {
      const progress = load();
      const done = Boolean(lessonOf(progress, lesson.id)?.done);
      button.setAttribute('aria-pressed', String(done));
      button.textContent = done ? config.marked : config.mark;
      auto.checked = progress.autoComplete;
    };
    button.addEventListener('click', () => {
      const done = button.getAttribute('aria-pressed') !== 'true';
      update((p) => setDone(p, lesson, done, new Date()));
    });
    auto.addEventListener('change', () => update((p) => ({ ...p, autoComplete: auto.checked })));
    // Opt-in: reaching this box, after the text and the questions, counts as finishing the lesson.
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((e) => e.isIntersecting) || !load().autoComplete) return;
      observer.disconnect();
      update((p) => setDone(p, lesson, true, new Date()));
    }).observe(this);
    document.addEventListener(PROGRESS_CHANGED, render);
    render();
    this.hidden = false;
  }
}
customElements.define('app-lesson-progress', AppLessonProgress);
