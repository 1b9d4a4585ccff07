// "已学完 2 / 5 课" with a bar (CourseProgress.astro), from this device's progress, and a mark
// beside each lesson done in the lesson lists of the same page. Hidden until it runs.
import { readConfig, type Config, type ConfigSchema } from './config';
import { doneCount, lessonOf } from './progress';
import { load, PROGRESS_CHANGED } from './progress-store';
import { fill } from '../lib/messages';

export const schema = {
  /** The course's lesson ids, in order. */
  lessons: 'list',
  /** {done} of {total} lessons done. */
  template: 'string',
} as const satisfies ConfigSchema;
export type CourseProgressConfig = Config<typeof schema>;

class AppCourseProgress extends HTMLElement {
  connectedCallback() {
    const { lessons: ids, template } = readConfig(this, schema);
    const text = this.querySelector<HTMLElement>('[data-progress-text]')!;
    const bar = this.querySelector('progress')!;
    const render = () => {
      const progress = load();
      const done = doneCount(progress, ids);
      text.textContent = fill(template, { done, total: ids.length });
      bar.value = done;
      // Lesson lists on the same page get a mark beside each lesson done.
      for (const id of ids) {
        const item = document.querySelector<HTMLElement>(`[data-lesson-id="${id}"] [data-done-mark]`);
        if (item) item.hidden = !lessonOf(progress, id)?.done;
      }
    };
    document.addEventListener(PROGRESS_CHANGED, render);
    render();
    this.hidden = false;
  }
}
customElements.define('app-course-progress', AppCourseProgress);
