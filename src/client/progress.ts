/**
 * Study progress, kept on the member's device only (localStorage; nothing is sent anywhere):
 * which lessons are done and when, what was read last, and whether reaching the end of a
 * lesson marks it done. Pure functions over plain data; the page scripts do the storing.
 */
import { STORAGE_KEYS } from './storage-keys';

export const PROGRESS_KEY = STORAGE_KEYS.progress;
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

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, autoComplete: false, lessons: noLessons() });

/**
 * Lessons are kept in an object without prototype and read through lessonOf, so that a lesson
 * or course id such as `constructor` never reaches Object.prototype's members.
 */
const noLessons = (): Record<string, LessonRecord> => Object.create(null) as Record<string, LessonRecord>;

/** The record of one lesson, when there is one. */
export function lessonOf(progress: Progress, id: string): LessonRecord | undefined {
  return Object.hasOwn(progress.lessons, id) ? progress.lessons[id] : undefined;
}

/** A value of a plain lookup table (course titles...), or undefined for a name it does not hold itself. */
export function ownValue<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function withLesson(progress: Progress, id: string, lesson: LessonRecord): Progress {
  const lessons = Object.assign(noLessons(), progress.lessons);
  lessons[id] = lesson;
  return { ...progress, lessons };
}

/** Where the site is: every address in a progress record is on this origin, under this base. */
export interface SiteLocation {
  /** e.g. https://example.org */
  origin: string;
  /** The site's base path, with both slashes: / or /portal/. */
  base: string;
}

/**
 * Whether `url` is a site-relative address of this site: it starts with one slash, holds only
 * printable ASCII and no backslash (which browsers read as a slash: /\\foreign.example), and
 * resolves on the site's own origin under its base. //foreign.example/phish does not.
 */
export function isSiteAddress(url: string, site: SiteLocation): boolean {
  if (!/^\/[\x21-\x7e]*$/.test(url) || url.includes('\\')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url, site.origin);
  } catch {
    return false;
  }
  return parsed.origin === site.origin && parsed.pathname.startsWith(site.base);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A larger file is no export of this site: 1,000,000 characters hold some 5,000 lessons. */
export const MAX_PROGRESS_CHARS = 1_000_000;
/** How much of a lesson id a message quotes. */
const QUOTED = 40;

/** What is wrong with a file that is not a progress record (each has a message: me.problem.<code>). */
export type ProgressProblem =
  | { code: 'size' | 'json' | 'shape' | 'version' | 'setting' }
  | {
      code:
        | 'lesson.id'
        | 'lesson.record'
        | 'lesson.done'
        | 'lesson.visited'
        | 'lesson.title'
        | 'lesson.url'
        | 'lesson.course';
      /** The lesson's id as written in the file, cut to 40 characters. */
      id: string;
    };

/** Every problem's code, for the page to carry each one's message. */
export const PROBLEM_CODES = [
  'size',
  'json',
  'shape',
  'version',
  'setting',
  'lesson.id',
  'lesson.record',
  'lesson.done',
  'lesson.visited',
  'lesson.title',
  'lesson.url',
  'lesson.course',
] as const satisfies readonly ProgressProblem['code'][];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const quoted = (id: string) => Array.from(id).slice(0, QUOTED).join('');

/** The record of a valid lesson, with only the fields a record has, or what is wrong with it. */
function readLesson(
  id: string,
  value: unknown,
  site: SiteLocation,
): LessonRecord | Extract<ProgressProblem, { id: string }> {
  const problem = (code: Extract<ProgressProblem, { id: string }>['code']) => ({ code, id: quoted(id) });
  if (!SLUG.test(id)) return problem('lesson.id');
  if (!isObject(value)) return problem('lesson.record');
  const { done, visited, title, url, course } = value;
  if (done !== undefined && !(typeof done === 'string' && DAY.test(done))) return problem('lesson.done');
  if (visited !== undefined && !(typeof visited === 'string' && !Number.isNaN(Date.parse(visited))))
    return problem('lesson.visited');
  if (typeof title !== 'string' || title.trim() === '') return problem('lesson.title');
  if (typeof url !== 'string' || !isSiteAddress(url, site)) return problem('lesson.url');
  if (typeof course !== 'string' || !SLUG.test(course)) return problem('lesson.course');
  return { title, url, course, ...(done === undefined ? {} : { done }), ...(visited === undefined ? {} : { visited }) };
}

/**
 * Parses a progress file (an export, or what localStorage holds) for the site at `site`. Only
 * the fields a record has are kept; an address off the site refuses the whole file.
 */
export function parseProgress(
  text: string,
  site: SiteLocation,
): { ok: true; progress: Progress } | { ok: false; problem: ProgressProblem } {
  if (text.length > MAX_PROGRESS_CHARS) return { ok: false, problem: { code: 'size' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'json' } };
  }
  if (!isObject(data) || !isObject(data.lessons)) return { ok: false, problem: { code: 'shape' } };
  if (data.version !== PROGRESS_VERSION) return { ok: false, problem: { code: 'version' } };
  if (typeof data.autoComplete !== 'boolean') return { ok: false, problem: { code: 'setting' } };
  const lessons = noLessons();
  for (const [id, value] of Object.entries(data.lessons)) {
    const lesson = readLesson(id, value, site);
    if ('code' in lesson) return { ok: false, problem: lesson };
    lessons[id] = lesson;
  }
  return { ok: true, progress: { version: PROGRESS_VERSION, autoComplete: data.autoComplete, lessons } };
}

/** What the device holds; a damaged entry counts as no progress (and is not overwritten by reading it). */
export function loadProgress(storage: Pick<Storage, 'getItem'>, site: SiteLocation): Progress {
  const text = storage.getItem(PROGRESS_KEY);
  if (!text) return emptyProgress();
  const parsed = parseProgress(text, site);
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
  const old = lessonOf(progress, lesson.id);
  const next: LessonRecord = {
    ...old,
    title: lesson.title,
    url: lesson.url,
    course: lesson.course,
    visited: now.toISOString(),
  };
  return withLesson(progress, lesson.id, next);
}

export function setDone(progress: Progress, lesson: LessonInfo, done: boolean, now: Date): Progress {
  const old = lessonOf(progress, lesson.id) ?? { title: lesson.title, url: lesson.url, course: lesson.course };
  const next: LessonRecord = { ...old, title: lesson.title, url: lesson.url, course: lesson.course };
  if (done) next.done = old.done ?? day(now);
  else delete next.done;
  return withLesson(progress, lesson.id, next);
}

/** How many of these lessons are done. */
export function doneCount(progress: Progress, lessonIds: string[]): number {
  return lessonIds.filter((id) => lessonOf(progress, id)?.done).length;
}

const visitTime = (lesson: LessonRecord) => (lesson.visited ? Date.parse(lesson.visited) : -Infinity);

/**
 * An imported record joined with this device's, as the import does unless the member chose to
 * replace: a lesson done on either device stays done (on the earlier day), the later visit wins
 * (with that record's title and address), and this device's autoComplete setting stays.
 */
export function mergeProgress(current: Progress, imported: Progress): Progress {
  const lessons = Object.assign(noLessons(), current.lessons);
  for (const [id, theirs] of Object.entries(imported.lessons)) {
    const ours = lessonOf(current, id);
    if (!ours) {
      lessons[id] = { ...theirs };
      continue;
    }
    const later = visitTime(theirs) > visitTime(ours) ? theirs : ours;
    const done = [ours.done, theirs.done].filter((d): d is string => d !== undefined).sort()[0];
    lessons[id] = {
      title: later.title,
      url: later.url,
      course: later.course,
      ...(done === undefined ? {} : { done }),
      ...(later.visited === undefined ? {} : { visited: later.visited }),
    };
  }
  return { ...current, lessons };
}

/** Lessons by when they were last opened, newest first. */
export function recentLessons(progress: Progress, limit = 10): (LessonRecord & { id: string })[] {
  return Object.entries(progress.lessons)
    .filter(([, lesson]) => lesson.visited)
    .map(([id, lesson]) => ({ id, ...lesson }))
    .sort((a, b) => (b.visited ?? '').localeCompare(a.visited ?? ''))
    .slice(0, limit);
}

/** A lesson in its course's order, as the pages list it. */
export interface CourseLesson {
  id: string;
  title: string;
  url: string;
}

/** The first lesson of a course, in course order, that is not done; undefined once all are. */
export function nextLesson<L extends { id: string }>(progress: Progress, lessons: readonly L[]): L | undefined {
  return lessons.find((lesson) => !lessonOf(progress, lesson.id)?.done);
}

/**
 * The lesson to continue with, following the latest activity: the last lesson opened while it
 * is not done; once it is done, the next unfinished lesson of its course (`courses`: each
 * course's lessons in order), so that a member who has just finished one is led to the next.
 * Undefined when every lesson opened, and every course they belong to, is finished.
 */
export function continueWith(
  progress: Progress,
  courses: Readonly<Record<string, readonly CourseLesson[]>> = {},
): (CourseLesson & { course: string }) | undefined {
  for (const lesson of recentLessons(progress, Infinity)) {
    if (!lesson.done) return lesson;
    const order = ownValue(courses, lesson.course);
    const next = order && nextLesson(progress, order);
    if (next) return { ...next, course: lesson.course };
  }
  return undefined;
}

/** Done lessons for the study record, oldest first. */
export function studyRecord(progress: Progress): (LessonRecord & { id: string; done: string })[] {
  return Object.entries(progress.lessons)
    .filter((entry): entry is [string, LessonRecord & { done: string }] => Boolean(entry[1].done))
    .map(([id, lesson]) => ({ id, ...lesson }))
    .sort((a, b) => a.done.localeCompare(b.done) || a.title.localeCompare(b.title));
}
