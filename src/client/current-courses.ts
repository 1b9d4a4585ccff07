// "正在学习的课程" on the home page (HomeView.astro): the courses this member has started and
// not finished on this device. Before any progress (and without JavaScript) it is "推荐学习的课程",
// the course the organization recommends; a finished course leaves the list, and once none is in
// progress the next course not begun is recommended instead.
import { readConfig, type Config, type ConfigSchema } from './config';
import { doneCount } from './progress';
import { load, PROGRESS_CHANGED } from './progress-store';

type State = 'new' | 'started' | 'finished';

export const schema = {
  /** The heading while some course is in progress. */
  started: 'string',
  /** The heading over a course recommended, not begun. */
  suggested: 'string',
} as const satisfies ConfigSchema;
export type CurrentCoursesConfig = Config<typeof schema>;

class AppCurrentCourses extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const heading = this.querySelector<HTMLElement>('h2')!;
    const cards = [...this.querySelectorAll<HTMLElement>('[data-course-lessons]')];
    const render = () => {
      const progress = load();
      const states = cards.map((card): State => {
        const ids = card.dataset.courseLessons!.split(' ').filter(Boolean);
        const done = doneCount(progress, ids);
        return done === 0 ? 'new' : done < ids.length ? 'started' : 'finished';
      });
      const started = states.includes('started');
      // The recommended course is the first card; otherwise the first one not begun.
      const offered = started ? -1 : states.findIndex((state) => state === 'new');
      cards.forEach((card, n) => (card.hidden = started ? states[n] !== 'started' : n !== offered));
      heading.textContent = started ? config.started : config.suggested;
      this.hidden = cards.every((card) => card.hidden);
    };
    document.addEventListener(PROGRESS_CHANGED, render);
    render();
  }
}
customElements.define('app-current-courses', AppCurrentCourses);
