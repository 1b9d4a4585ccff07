/**
 * Study progress, kept on the member's device only (localStorage; nothing is sent anywhere):
 * which lessons are done and when, what was read last, and whether reaching the end of a
 * lesson marks it done. Pure functions over plain data; the page scripts do the storing.
 */

export const PROGRESS_KEY = 'app-progress';
export const PROGRESS_VERSION = 1;

export interface LessonRecord {
  /** Day the lesson was marked done, YYYY-MM-DD; absent while not done. */
  done?: string;
  /** Last time the lesson was opened (ISO date-time). */
  visited?: string;
  /** Shown in "continue" and the study record even after the site changes. */
  title: string;
  /** Site-relative address, base included. */
  url: string;
  course: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Reaching the end of a lesson marks it done (opt-in). */
  autoComplete: boolean;
  lessons: Record<string, LessonRecord>;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, autoComplete: false, lessons: {} });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why an imported file is not a progress file, or undefined when it is one. */
function problemWith(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not an object';
  const record = data as Record<string, unknown>;
  if (record.version !== PROGRESS_VERSION) return `version ${String(record.version)}`;
  if (typeof record.autoComplete !== 'boolean') return 'autoComplete';
  if (typeof record.lessons !== 'object' || record.lessons === null || Array.isArray(record.lessons)) return 'lessons';
  for (const [id, value] of Object.entries(record.lessons as Record<string, unknown>)) {
    if (!SLUG.test(id)) return `lesson "${id}"`;
    const lesson = value as Record<string, unknown> | null;
    if (typeof lesson !== 'object' || lesson === null) return `lesson "${id}"`;
    if (lesson.done !== undefined && !(typeof lesson.done === 'string' && DAY.test(lesson.done))) return `${id}.done`;
    if (
      lesson.visited !== undefined &&
      !(typeof lesson.visited === 'string' && !Number.isNaN(Date.parse(lesson.visited)))
    )
      return `${id}.visited`;
    for (const key of ['title', 'url', 'course'] as const)
      if (typeof lesson[key] !== 'string' || lesson[key] === '') return `${id}.${key}`;
    if (!String(lesson.url).startsWith('/')) return `${id}.url`;
    if (!SLUG.test(String(lesson.course))) return `${id}.course`;
  }
  return undefined;
}

/** Parses a progress file (an export, or what localStorage holds). */
export function parseProgress(text: string): { ok: true; progress: Progress } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  const problem = problemWith(data);
  return problem ? { ok: false, problem } : { ok: true, progress: data as Progress };
}

/** What the device holds; a damaged entry counts as no progress (and is not overwritten by reading it). */
export function loadProgress(storage: Pick<Storage, 'getItem'>): Progress {
  const text = storage.getItem(PROGRESS_KEY);
  if (!text) return emptyProgress();
  const parsed = parseProgress(text);
  return parsed.ok ? parsed.progress : emptyProgress();
}

export function saveProgress(storage: Pick<Storage, 'setItem'>, progress: Progress): boolean {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export interface LessonInfo {
  id: string;
  title: string;
  url: string;
  course: string;
}

const day = (now: Date) => now.toISOString().slice(0, 10);

export function recordVisit(progress: Progress, lesson: LessonInfo, now: Date): Progress {
  const old = progress.lessons[lesson.id];
  const next: LessonRecord = {
    ...old,
    title: lesson.title,
    url: lesson.url,
    course: lesson.course,
    visited: now.toISOString(),
  };
  return { ...progress, lessons: { ...progress.lessons, [lesson.id]: next } };
}

export function setDone(progress: Progress, lesson: LessonInfo, done: boolean, now: Date): Progress {
  const old = progress.lessons[lesson.id] ?? { title: lesson.title, url: lesson.url, course: lesson.course };
  const next: LessonRecord = { ...old, title: lesson.title, url: lesson.url, course: lesson.course };
  if (done) next.done = old.done ?? day(now);
  else delete next.done;
  return { ...progress, lessons: { ...progress.lessons, [lesson.id]: next } };
}

/** How many of these lessons are done. */
export function doneCount(progress: Progress, lessonIds: string[]): number {
  return lessonIds.filter((id) => progress.lessons[id]?.done).length;
}

/** Lessons by when they were last opened, newest first. */
export function recentLessons(progress: Progress, limit = 10): (LessonRecord & { id: string })[] {
  return Object.entries(progress.lessons)
    .filter(([, lesson]) => lesson.visited)
    .map(([id, lesson]) => ({ id, ...lesson }))
    .sort((a, b) => (b.visited ?? '').localeCompare(a.visited ?? ''))
    .slice(0, limit);
}

/** The lesson to continue with: the last one opened that is not done yet, else the last one opened. */
export function continueWith(progress: Progress): (LessonRecord & { id: string }) | undefined {
  const recent = recentLessons(progress, Infinity);
  return recent.find((lesson) => !lesson.done) ?? recent[0];
}

/** Done lessons for the study record, oldest first. */
export function studyRecord(progress: Progress): (LessonRecord & { id: string; done: string })[] {
  return Object.entries(progress.lessons)
    .filter((entry): entry is [string, LessonRecord & { done: string }] => Boolean(entry[1].done))
    .map(([id, lesson]) => ({ id, ...lesson }))
    .sort((a, b) => a.done.localeCompare(b.done) || a.title.localeCompare(b.title));
}
