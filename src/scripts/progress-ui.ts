// The study-progress elements (src/components/progress/, src/pages/me.astro). Everything stays
// in this browser's localStorage (src/client/progress.ts); each element is hidden until it has
// something true to show, so pages read the same without JavaScript.
import {
  MAX_PROGRESS_CHARS,
  continueWith,
  doneCount,
  lessonOf,
  loadProgress,
  mergeProgress,
  ownValue,
  parseProgress,
  recentLessons,
  recordVisit,
  saveProgress,
  setDone,
  studyRecord,
  type LessonInfo,
  type Progress,
  type ProgressProblem,
  type SiteLocation,
} from '../client/progress';

const storage = () => window.localStorage;
// Addresses in a record must be this site's: an imported "继续学习" link never leads elsewhere.
const site: SiteLocation = { origin: location.origin, base: import.meta.env.BASE_URL };
const load = () => loadProgress(storage(), site);
const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
const changed = () => document.dispatchEvent(new CustomEvent('app-progress'));
function update(change: (progress: Progress) => Progress) {
  saveProgress(storage(), change(load()));
  changed();
}

class AppLessonProgress extends HTMLElement {
  connectedCallback() {
    const lesson: LessonInfo = {
      id: this.dataset.id ?? '',
      title: this.dataset.title ?? '',
      url: this.dataset.url ?? location.pathname,
      course: this.dataset.course ?? '',
    };
    const button = this.querySelector<HTMLButtonElement>('[data-done-button]')!;
    const auto = this.querySelector<HTMLInputElement>('[data-auto]')!;
    update((p) => recordVisit(p, lesson, new Date()));
    const render = () => {
      const progress = load();
      const done = Boolean(lessonOf(progress, lesson.id)?.done);
      button.setAttribute('aria-pressed', String(done));
      button.textContent = (done ? button.dataset.marked : button.dataset.mark) ?? '';
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
    document.addEventListener('app-progress', render);
    render();
    this.hidden = false;
  }
}

class AppCourseProgress extends HTMLElement {
  connectedCallback() {
    const ids = (this.dataset.lessons ?? '').split(',').filter(Boolean);
    const text = this.querySelector<HTMLElement>('[data-progress-text]')!;
    const bar = this.querySelector('progress')!;
    const render = () => {
      const progress = load();
      const done = doneCount(progress, ids);
      text.textContent = fill(text.dataset.template ?? '', { done, total: ids.length });
      bar.value = done;
      // Lesson lists on the same page get a mark beside each lesson done.
      for (const id of ids) {
        const item = document.querySelector<HTMLElement>(`[data-lesson-id="${id}"] [data-done-mark]`);
        if (item) item.hidden = !lessonOf(progress, id)?.done;
      }
    };
    document.addEventListener('app-progress', render);
    render();
    this.hidden = false;
  }
}

class AppContinue extends HTMLElement {
  connectedCallback() {
    const next = continueWith(load());
    if (!next) return;
    const link = this.querySelector<HTMLAnchorElement>('[data-continue-link]')!;
    link.href = next.url;
    link.textContent = next.title;
    this.hidden = false;
  }
}

class AppMyStudy extends HTMLElement {
  private status!: HTMLElement;

  /** Shows the status message `key` (a data attribute of the status line) filled with `params`. */
  private say(key: string, params: Record<string, string | number> = {}) {
    this.status.textContent = fill(this.status.dataset[key] ?? '', params);
  }

  /** Says why a file was not imported, in the words of me.problem.<code>. */
  private refuse(problem: ProgressProblem) {
    const problems = JSON.parse(this.dataset.problems ?? '{}') as Record<string, string>;
    const why = fill(ownValue(problems, problem.code) ?? '', 'id' in problem ? { id: problem.id } : {});
    this.say('bad', { problem: why });
  }

  connectedCallback() {
    // Inside another site's frame the page could be dressed up to make the member import,
    // export or print unawares: the record stays hidden, with a link to open the page itself.
    // (Response headers forbid framing too, but not every static host sends them.)
    if (window.top !== window.self) {
      showFramed(document.querySelector<HTMLElement>('[data-needs-js]'), this.dataset.framed ?? '');
      return;
    }
    const courses = JSON.parse(this.dataset.courses ?? '{}') as Record<string, string>;
    const recent = this.querySelector<HTMLOListElement>('[data-recent]')!;
    const record = this.querySelector<HTMLTableSectionElement>('[data-record]')!;
    this.status = this.querySelector<HTMLElement>('[data-status]')!;

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
          for (const cell of [ownValue(courses, lesson.course) ?? lesson.course, lesson.title, lesson.done]) {
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
    document.addEventListener('app-progress', render);
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
    if (replace && held > 0 && !window.confirm(fill(replaceBox.dataset.confirm ?? '', { count: held })))
      return this.say('cancelled');
    const next = replace ? parsed.progress : mergeProgress(current, parsed.progress);
    if (!saveProgress(storage(), next)) return this.say('failed');
    this.say(replace ? 'replaced' : 'imported', { count });
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

customElements.define('app-lesson-progress', AppLessonProgress);
customElements.define('app-course-progress', AppCourseProgress);
customElements.define('app-continue', AppContinue);
customElements.define('app-my-study', AppMyStudy);
