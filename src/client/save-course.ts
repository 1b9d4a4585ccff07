// "保存本课程，以便离线阅读" (CourseView.astro): saves the course page and its lessons, with
// their styles and scripts, into the cache that is never trimmed (offline.ts).
import { readConfig, type Config, type ConfigSchema } from './config';
import { CACHES, savePages } from './offline';
import { plural } from '../lib/messages';

export const schema = {
  /** The addresses to save: the course page and its lessons. */
  urls: 'list',
  saving: 'string',
  /** {count} pages saved. */
  saved: 'string',
  failed: 'string',
} as const satisfies ConfigSchema;
export type SaveCourseConfig = Config<typeof schema>;

class AppSaveCourse extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    if (!('caches' in window) || !('serviceWorker' in navigator)) return;
    const button = this.querySelector<HTMLButtonElement>('button')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = config.saving;
      try {
        const count = await savePages(config.urls, CACHES.saved);
        status.textContent = plural(config.saved, count);
      } catch {
        status.textContent = config.failed;
      } finally {
        button.disabled = false;
      }
    });
    this.hidden = false;
  }
}
customElements.define('app-save-course', AppSaveCourse);
