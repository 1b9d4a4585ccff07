// 我的学习 (/me/): progress per course, recent reading, a printable study record, and backup
// (export, import merged or replacing, and a QR code that moves the record to a new phone), all
// from this device's storage. Nothing is sent anywhere.
import { readConfig, type Config, type ConfigSchema } from './config';
import {
  MAX_PROGRESS_CHARS,
  mergeProgress,
  ownValue,
  parseProgress,
  recentLessons,
  saveProgress,
  studyRecord,
  type Progress,
  type ProgressProblem,
} from './progress';
import { changed, load, PROGRESS_CHANGED, site, storage } from './progress-store';
import { canTransfer, fitsOneCode, transferData, transferUrl, unpackTransfer } from './progress-transfer';
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
  /** The QR code's name for screen readers. */
  qrLabel: 'string',
  /** No lessons to move yet. */
  qrEmpty: 'string',
  /** {count} lessons do not fit in one code: the file export instead. */
  qrTooLarge: 'string',
  /** This browser cannot make the code (or load its encoder): the file export instead. */
  qrCannot: 'string',
  /** What a scanned code holds: {count} lessons, {done} of them done. */
  transferSummary: 'string',
  /** A scanned code refused; {problem} says why, as for a file. */
  transferBad: 'string',
  /** A scanned code that is damaged or was not made here. */
  transferDamaged: 'string',
  /** This browser cannot read a scanned code. */
  transferCannot: 'string',
} as const satisfies ConfigSchema;
export type MyStudyConfig = Config<typeof schema>;

/** Where a part of the page says how something went: a status and an alert beside it. */
interface Messages {
  status: HTMLElement;
  alert: HTMLElement;
}
const messagesIn = (part: Element): Messages => ({
  status: part.querySelector<HTMLElement>('[data-status]')!,
  alert: part.querySelector<HTMLElement>('[data-alert]')!,
});

class AppMyStudy extends HTMLElement {
  private config!: MyStudyConfig;
  /** Under the backup's buttons (file import, QR code). */
  private backup!: Messages;
  /** The record of a scanned code, validated, until the member imports it or not. */
  private offered: Progress | undefined;

  /**
   * Says how an import went: done (a status, with a tick), nothing changed (a status), or
   * refused or failed (an alert, in the warning colours with a cross). One message at a time.
   */
  private say(text: string, tone: 'done' | 'neutral' | 'error', where: Messages = this.backup) {
    const [shown, cleared] = tone === 'error' ? [where.alert, where.status] : [where.status, where.alert];
    cleared.textContent = '';
    where.status.dataset.tone = tone;
    shown.textContent = text;
  }

  /** Says why a record was not imported (`template`: from a file or a code), in the words of me.problem.<code>. */
  private refuse(problem: ProgressProblem, template = this.config.bad, where: Messages = this.backup) {
    const why = fill(ownValue(this.config.problems, problem.code) ?? '', 'id' in problem ? { id: problem.id } : {});
    this.say(fill(template, { problem: why }), 'error', where);
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
    this.backup = messagesIn(this.querySelector('[data-backup]')!);
    const qr = this.querySelector<HTMLElement>('[data-qr]')!;

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
    this.querySelector('[data-qr-show]')!.addEventListener('click', () => void this.showCode(qr));
    document.addEventListener(PROGRESS_CHANGED, () => {
      render();
      // A code on screen carries the record as it was: once it changes, the member asks again.
      qr.querySelector('[data-qr-code]')!.replaceChildren();
      qr.hidden = true;
    });
    render();
    this.hidden = false;
    document.querySelector('[data-needs-js]')?.remove();
    this.listenForTransfers();
  }

  /**
   * Offers the record in the address (/me/#progress=…) when the page opens, and again whenever
   * another code is scanned while it is open (the browser then changes the fragment only).
   */
  private listenForTransfers() {
    const part = this.querySelector<HTMLElement>('[data-transfer]')!;
    const where = messagesIn(part);
    const actions = part.querySelector<HTMLElement>('[data-transfer-actions]')!;
    const finish = () => {
      actions.hidden = true;
      this.offered = undefined;
      part.querySelector<HTMLElement>('h2')!.focus();
    };
    part.querySelector('[data-transfer-accept]')!.addEventListener('click', () => {
      const offered = this.offered;
      finish();
      if (!offered) return;
      // Merged with what this device holds now, not when the page opened.
      if (!saveProgress(storage(), mergeProgress(load(), offered))) return this.say(this.config.failed, 'error', where);
      this.say(plural(this.config.imported, Object.keys(offered.lessons).length), 'done', where);
      changed();
    });
    part.querySelector('[data-transfer-decline]')!.addEventListener('click', () => {
      finish();
      this.say(this.config.cancelled, 'neutral', where);
    });
    const read = () => {
      const data = transferData(location.hash);
      if (data === undefined) return;
      // Read once: the record leaves the address bar (and the history) before anything else, so
      // that it is neither shared with the page's address nor offered again on a reload.
      history.replaceState(history.state, '', location.pathname + location.search);
      void this.offerTransfer(data, part, where);
    };
    window.addEventListener('hashchange', read);
    read();
  }

  /** Shows the QR code that moves this device's record to a new phone, or says why it cannot. */
  private async showCode(qr: HTMLElement) {
    const progress = load();
    const count = Object.keys(progress.lessons).length;
    const code = qr.querySelector('[data-qr-code]')!;
    code.replaceChildren();
    qr.hidden = true;
    if (count === 0) return this.say(this.config.qrEmpty, 'neutral');
    if (!canTransfer()) return this.say(this.config.qrCannot, 'error');
    const url = await transferUrl(progress, location.origin + location.pathname);
    if (!fitsOneCode(url)) {
      this.say(plural(this.config.qrTooLarge, count), 'error');
      this.querySelector<HTMLElement>('[data-export]')!.focus();
      return;
    }
    try {
      const { qrSvg } = await import('./qr-svg');
      code.append(qrSvg(url, this.config.qrLabel));
    } catch {
      // The encoder is a file of its own, fetched now: offline it may be missing.
      return this.say(this.config.qrCannot, 'error');
    }
    this.say('', 'neutral');
    qr.hidden = false;
    qr.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Offers the record a scanned code carries, validated as a file import is, to be merged with
   * this device's (nothing is lost on either phone); refuses it, saying why, when it is not sound.
   */
  private async offerTransfer(data: string, part: HTMLElement, where: Messages) {
    const actions = part.querySelector<HTMLElement>('[data-transfer-actions]')!;
    const summary = part.querySelector<HTMLElement>('[data-transfer-summary]')!;
    this.offered = undefined;
    actions.hidden = true;
    summary.textContent = '';
    this.say('', 'neutral', where);
    part.hidden = false;
    part.scrollIntoView({ block: 'nearest' });
    if (!canTransfer()) return this.say(this.config.transferCannot, 'error', where);
    const text = await unpackTransfer(data);
    if (text === undefined) return this.say(this.config.transferDamaged, 'error', where);
    const parsed = parseProgress(text, site);
    if (!parsed.ok) return this.refuse(parsed.problem, this.config.transferBad, where);
    const lessons = Object.values(parsed.progress.lessons);
    const done = lessons.filter((lesson) => lesson.done).length;
    summary.textContent = plural(this.config.transferSummary, lessons.length, { done });
    this.offered = parsed.progress;
    actions.hidden = false;
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
