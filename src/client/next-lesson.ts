// The start/continue button of a course (NextLesson.astro): "开始学习" to the first lesson, or,
// once some are done on this device, "继续学习第 N 课" to the first one not done yet. Without
// JavaScript it stays the plain link to the first lesson.
import { readConfig, type Config, type ConfigSchema } from './config';
import { doneCount, nextLesson } from './progress';
import { load, PROGRESS_CHANGED } from './progress-store';
import { fill } from '../lib/messages';

export const schema = {
  /** The course's lesson ids, in order. */
  lessons: 'list',
  /** Their addresses, in the same order. */
  urls: 'list',
  start: 'string',
  /** Continue with lesson {number}. */
  next: 'string',
  /** Every lesson done: read it again from the first. */
  again: 'string',
} as const satisfies ConfigSchema;
export type NextLessonConfig = Config<typeof schema>;

class AppNextLesson extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const link = this.querySelector<HTMLAnchorElement>('a');
    if (!link) return;
    const lessons = config.lessons.map((id, n) => ({ id, url: config.urls[n] ?? link.href, number: n + 1 }));
    const render = () => {
      const progress = load();
      const next = nextLesson(progress, lessons);
      const started = doneCount(progress, config.lessons) > 0;
      link.href = (next ?? lessons[0])?.url ?? link.href;
      link.textContent = !next ? config.again : started ? fill(config.next, { number: next.number }) : config.start;
    };
    document.addEventListener(PROGRESS_CHANGED, render);
    render();
  }
}
customElements.define('app-next-lesson', AppNextLesson);
