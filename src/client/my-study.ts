// 我的学习 (/me/): progress per course, recent reading, a printable study record, and backup
// (export, import merged or replacing), all from this device's storage. Nothing is sent anywhere.
import { readConfig, type Config, type ConfigSchema } from './config';
import {
  MAX_PROGRESS_CHARS,
  mergeProgress,
  ownValue,
  parseProgress,
  recentLessons,
  saveProgress,
  studyRecord,
  type ProgressProblem,
} from './progress';
import { changed, load, PROGRESS_CHANGED, site, storage } from './progress-store';
import { fill, plural } from '../lib/messages';
import { formatDay } from '../lib/dates';

export const schema = {
  /** Course titles by id, for the study record. */
  courses: 'record',
  /** Why an imported file is refused, by problem code ({id} names the lesson). */
  problems: 'record',
  /** The link that opens the page in a window of its own, inside another site's frame. */
  framed: 'string',
  /** Not imported; {problem} says why. */
  bad: 'string',
  /** {count} lessons imported and merged. */
  imported: 'string',
  /** {count} lessons imported, replacing this device's record. */
  replaced: 'string',
  cancelled: 'string',
  failed: 'string',
  /** Asks before {count} lessons on this device are replaced. */
  replaceConfirm: 'string',
} as const satisfies ConfigSchema;
export type MyStudyConfig = Config<typeof schema>;

class AppMyStudy extends HTMLElement {
  private config!: MyStudyConfig;
  private status!: HTMLElement;
  private alert!: HTMLElement;

  /**
   * Says how an import went: done (a status, with a tick), nothing changed (a status), or
   * refused or failed (an alert, in the warning colours with a cross). One message at a time.
   */
  private say(text: string, tone: 'done' | 'neutral' | 'error') {
    const [shown, cleared] = tone === 'error' ? [this.alert, this.status] : [this.status, this.alert];
    cleared.textContent = '';
    this.status.dataset.tone = tone;
    shown.textContent = text;
  }

  /** Says why a file was not imported, in the words of me.problem.<code>. */
  private refuse(problem: ProgressProblem) {
    const why = fill(ownValue(this.config.problems, problem.code) ?? '', 'id' in problem ? { id: problem.id } : {});
    this.say(fill(this.config.bad, { problem: why }), 'error');
  }

  connectedCallback() {
    this.config = readConfig(this, schema);
    // Inside another site's frame the page could be dressed up to make the member import,
    // export or print unawares: the record stays hidden, with a link to open the page itself.
    // (Response headers forbid framing too, but not every static host sends them.)
    if (window.top !== window.self) {
      showFramed(document.querySelector<HTMLElement>('[data-needs-js]'), this.config.framed);
      return;
    }
    const courses = this.config.courses;
    const recent = this.querySelector<HTMLOListElement>('[data-recent]')!;
    const record = this.querySelector<HTMLTableSectionElement>('[data-record]')!;
    this.status = this.querySelector<HTMLElement>('[data-status]')!;
    this.alert = this.querySelector<HTMLElement>('[data-alert]')!;

    const render = () => {
      const progress = load();
      recent.replaceChildren(
        ...recentLessons(progress).map((lesson) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = lesson.url;
          a.className = 'app-tap';
          a.textContent = lesson.title;
          li.append(a);
          return li;
        }),
      );
      this.querySelector<HTMLElement>('[data-recent-empty]')!.hidden = recent.children.length > 0;
      const rows = studyRecord(progress);
      record.replaceChildren(
        ...rows.map((lesson) => {
          const tr = document.createElement('tr');
          const day = formatDay(lesson.done);
          for (const cell of [ownValue(courses, lesson.course) ?? lesson.course, lesson.title, day]) {
            const td = document.createElement('td');
            td.textContent = cell;
            tr.append(td);
          }
          return tr;
        }),
      );
      this.querySelector<HTMLElement>('[data-record-empty]')!.hidden = rows.length > 0;
    };

    this.querySelector('[data-export]')!.addEventListener('click', () => {
      const blob = new Blob([JSON.stringify(load(), null, 2)], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `study-record-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    });
    const input = this.querySelector<HTMLInputElement>('[data-import]')!;
    const replace = this.querySelector<HTMLInputElement>('[data-replace]')!;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.import(file, replace);
    });
    this.querySelector('[data-print]')!.addEventListener('click', () => window.print());
    document.addEventListener(PROGRESS_CHANGED, render);
    render();
    this.hidden = false;
    document.querySelector('[data-needs-js]')?.remove();
  }

  /** Imports a backup: merged with this device's record, or replacing it once the member confirms. */
  private async import(file: File, replaceBox: HTMLInputElement) {
    // Not even read when it is far larger than any export (UTF-8 takes up to 4 bytes a character).
    if (file.size > 4 * MAX_PROGRESS_CHARS) return this.refuse({ code: 'size' });
    const parsed = parseProgress(await file.text(), site);
    if (!parsed.ok) return this.refuse(parsed.problem);
    const current = load();
    const held = Object.keys(current.lessons).length;
    const count = Object.keys(parsed.progress.lessons).length;
    // Replacing drops this device's record: only when asked for, and confirmed.
    const replace = replaceBox.checked;
    if (replace && held > 0 && !window.confirm(plural(this.config.replaceConfirm, held)))
      return this.say(this.config.cancelled, 'neutral');
    const next = replace ? parsed.progress : mergeProgress(current, parsed.progress);
    if (!saveProgress(storage(), next)) return this.say(this.config.failed, 'error');
    this.say(plural(replace ? this.config.replaced : this.config.imported, count), 'done');
    changed();
  }
}

/** In another site's frame: instead of the page's note, a link that opens the page in a window of its own. */
function showFramed(note: HTMLElement | null, text: string) {
  if (!note) return;
  const link = Object.assign(document.createElement('a'), {
    href: location.href,
    target: '_blank',
    rel: 'noopener',
    className: 'app-tap',
    textContent: text,
  });
  note.replaceChildren(link);
}

customElements.define('app-my-study', AppMyStudy);
