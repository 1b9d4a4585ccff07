// "继续学习" on the home page (ContinueStudy.astro): the lesson this member was reading on this
// device, or, once that one is done, the next unfinished lesson of its course; shown only when
// there is one.
import { readConfig, type Config, type ConfigSchema } from './config';
import { continueWith, type CourseLesson } from './progress';
import { load, PROGRESS_CHANGED } from './progress-store';

export const schema = {
  /** Each course's lesson ids in order, space-separated, by course id. */
  courses: 'record',
  /** Lesson titles by id. */
  titles: 'record',
  /** Lesson addresses by id. */
  urls: 'record',
} as const satisfies ConfigSchema;
export type ContinueStudyConfig = Config<typeof schema>;

class AppContinue extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const courses: Record<string, CourseLesson[]> = Object.create(null) as Record<string, CourseLesson[]>;
    for (const [course, ids] of Object.entries(config.courses))
      courses[course] = ids
        .split(' ')
        .filter((id) => Object.hasOwn(config.urls, id))
        .map((id) => ({ id, title: config.titles[id] ?? id, url: config.urls[id]! }));
    const link = this.querySelector<HTMLAnchorElement>('[data-continue-link]')!;
    const render = () => {
      const next = continueWith(load(), courses);
      this.hidden = !next;
      if (!next) return;
      link.href = next.url;
      link.textContent = next.title;
    };
    document.addEventListener(PROGRESS_CHANGED, render);
    render();
  }
}
customElements.define('app-continue', AppContinue);
