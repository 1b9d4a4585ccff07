import { describe, expect, test } from 'vitest';
import strings from '../../../src/i18n/zh-CN.json';
import {
  PROBLEM_CODES,
  continueWith,
  doneCount,
  emptyProgress,
  isSiteAddress,
  lessonOf,
  loadProgress,
  mergeProgress,
  nextLesson,
  ownValue,
  parseProgress,
  recordVisit,
  setDone,
  studyRecord,
} from '../../../src/client/progress';

const SITE = { origin: 'https://example.org', base: '/' };
const PORTAL = { origin: 'https://example.org', base: '/portal/' };
/** A progress file with one lesson `id` holding `fields` (over a valid record). */
const file = (id: string, fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 1,
    autoComplete: false,
    lessons: { [id]: { title: '第一课', url: '/lessons/lesson-a/', course: 'course-x', ...fields } },
  });

const A = { id: 'lesson-a', title: '第一课', url: '/lessons/lesson-a/', course: 'course-x' };
const B = { id: 'lesson-b', title: '第二课', url: '/lessons/lesson-b/', course: 'course-x' };
const t1 = new Date('2026-11-01T08:00:00Z');
const t2 = new Date('2026-11-02T08:00:00Z');

describe('progress', () => {
  test('marks lessons done with the day, keeps the first day, and unmarks', () => {
    let p = setDone(emptyProgress(), A, true, t1);
    p = setDone(p, A, true, t2);
    expect(p.lessons['lesson-a']!.done).toBe('2026-11-01');
    expect(doneCount(p, ['lesson-a', 'lesson-b'])).toBe(1);
    expect(setDone(p, A, false, t2).lessons['lesson-a']!.done).toBeUndefined();
  });

  test('continues with the last lesson opened that is not done', () => {
    let p = recordVisit(emptyProgress(), A, t1);
    p = recordVisit(p, B, t2);
    expect(continueWith(p)?.id).toBe('lesson-b');
    p = setDone(p, B, true, t2);
    expect(continueWith(p)?.id).toBe('lesson-a');
  });

  test('once the lesson read last is done, continues with the next unfinished one of its course', () => {
    const C2 = { id: 'lesson-c', title: '第三课', url: '/lessons/lesson-c/', course: 'course-x' };
    const order = { 'course-x': [A, B, C2] };
    let p = setDone(recordVisit(emptyProgress(), A, t1), A, true, t1);
    expect(continueWith(p, order)?.id).toBe('lesson-b');
    // Lessons are taken in course order, whichever was opened: B done first leaves A next.
    p = setDone(recordVisit(emptyProgress(), B, t2), B, true, t2);
    expect(continueWith(p, order)).toMatchObject({ id: 'lesson-a', url: '/lessons/lesson-a/', course: 'course-x' });
    // A finished course has nothing to continue.
    for (const lesson of [A, B, C2]) p = setDone(p, lesson, true, t2);
    expect(continueWith(p, order)).toBeUndefined();
    // Without the course's order, a done lesson is never offered again.
    expect(continueWith(setDone(recordVisit(emptyProgress(), A, t1), A, true, t1))).toBeUndefined();
  });

  test('nextLesson is the first lesson in course order not done yet', () => {
    const p = setDone(setDone(emptyProgress(), A, true, t1), B, false, t1);
    expect(nextLesson(p, [A, B])?.id).toBe('lesson-b');
    expect(nextLesson(setDone(p, B, true, t1), [A, B])).toBeUndefined();
    expect(nextLesson(emptyProgress(), [])).toBeUndefined();
  });

  test('the study record lists done lessons oldest first', () => {
    const p = setDone(setDone(emptyProgress(), B, true, t2), A, true, t1);
    expect(studyRecord(p).map((r) => [r.title, r.done])).toEqual([
      ['第一课', '2026-11-01'],
      ['第二课', '2026-11-02'],
    ]);
  });

  test('an export parses back to the same progress', () => {
    const p = recordVisit(setDone(emptyProgress(), A, true, t1), B, t2);
    expect(parseProgress(JSON.stringify(p), SITE)).toEqual({ ok: true, progress: p });
  });

  test.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['another version', '{"version":2,"autoComplete":false,"lessons":{}}'],
    [
      'a bad date',
      '{"version":1,"autoComplete":false,"lessons":{"a":{"done":"yesterday","title":"x","url":"/x/","course":"c"}}}',
    ],
    [
      'a foreign address',
      '{"version":1,"autoComplete":false,"lessons":{"a":{"title":"x","url":"https://evil.example/","course":"c"}}}',
    ],
    ['a bad lesson id', '{"version":1,"autoComplete":false,"lessons":{"../x":{"title":"x","url":"/x/","course":"c"}}}'],
  ])('refuses %s', (_name, text) => {
    expect(parseProgress(text, SITE).ok).toBe(false);
  });

  test('a damaged stored value reads as no progress', () => {
    expect(loadProgress({ getItem: () => '{oops' }, SITE)).toEqual(emptyProgress());
  });
});

describe('isSiteAddress', () => {
  test.each([
    ['a protocol-relative address', '//foreign.example/phish'],
    ['a backslash, which browsers read as a slash', '/\\foreign.example'],
    ['a backslash further on', '/lessons\\x/'],
    ['another origin', 'https://foreign.example/lessons/x/'],
    ['this origin written out', 'https://example.org/lessons/x/'],
    ['a script', 'javascript:alert(1)'],
    ['a tab, which browsers drop', '/\t/foreign.example/'],
    ['a relative address', 'lessons/x/'],
    ['nothing', ''],
  ])('refuses %s', (_name, url) => {
    expect(isSiteAddress(url, SITE)).toBe(false);
  });

  test('accepts the site’s own pages, under its base only', () => {
    expect(isSiteAddress('/lessons/x/', SITE)).toBe(true);
    expect(isSiteAddress('/portal/lessons/x/', PORTAL)).toBe(true);
    expect(isSiteAddress('/lessons/x/', PORTAL)).toBe(false);
    expect(isSiteAddress('/portal/../lessons/x/', PORTAL)).toBe(false);
  });

  test('an import with an address off the site is refused, naming the lesson', () => {
    for (const url of ['//foreign.example/phish', '/\\foreign.example'])
      expect(parseProgress(file('lesson-a', { url }), SITE)).toEqual({
        ok: false,
        problem: { code: 'lesson.url', id: 'lesson-a' },
      });
  });
});

describe('ids that are names of Object.prototype members', () => {
  test('a lesson or course called constructor is only ever itself', () => {
    const parsed = parseProgress(file('constructor', { course: 'constructor', done: '2026-11-01' }), SITE);
    expect(parsed.ok).toBe(true);
    const progress = parsed.ok ? parsed.progress : emptyProgress();
    expect(lessonOf(progress, 'constructor')?.course).toBe('constructor');
    expect(studyRecord(progress).map((r) => ownValue({ 'course-x': '课程' }, r.course) ?? r.course)).toEqual([
      'constructor',
    ]);
    expect(ownValue({ 'course-x': '课程' }, 'constructor')).toBeUndefined();
  });

  test('no progress has a lesson called toString, constructor or hasOwnProperty', () => {
    const none = emptyProgress();
    for (const id of ['toString', 'constructor', 'hasOwnProperty', 'valueOf'])
      expect(lessonOf(none, id), id).toBeUndefined();
    expect(doneCount(none, ['constructor', 'valueof'])).toBe(0);
    const visited = recordVisit(none, { ...A, id: 'constructor' }, t1);
    expect(Object.keys(lessonOf(visited, 'constructor')!).sort()).toEqual(['course', 'title', 'url', 'visited']);
    expect(lessonOf(visited, 'toString')).toBeUndefined();
  });

  test('__proto__ is no lesson id, and reading it changes no prototype', () => {
    const text = `{"version":1,"autoComplete":false,"lessons":{"__proto__":{"title":"x","url":"/x/","course":"c","done":"2026-01-01"}}}`;
    expect(parseProgress(text, SITE)).toEqual({ ok: false, problem: { code: 'lesson.id', id: '__proto__' } });
    expect(({} as Record<string, unknown>).done).toBeUndefined();
  });

  test('only the fields of a record are kept', () => {
    const parsed = parseProgress(file('lesson-a', { extra: '<script>', done: '2026-11-01' }), SITE);
    expect(parsed.ok && Object.keys(parsed.progress.lessons['lesson-a']!).sort()).toEqual([
      'course',
      'done',
      'title',
      'url',
    ]);
  });
});

describe('why a file is refused', () => {
  test.each([
    ['size', 'x'.repeat(1_000_001)],
    ['json', '{ not json'],
    ['shape', '[]'],
    ['shape', '{"version":1,"autoComplete":false}'],
    ['version', '{"autoComplete":false,"lessons":{}}'],
    ['version', '{"version":2,"autoComplete":false,"lessons":{}}'],
    ['setting', '{"version":1,"lessons":{}}'],
    ['lesson.id', file('../x')],
    ['lesson.record', '{"version":1,"autoComplete":false,"lessons":{"a":null}}'],
    ['lesson.done', file('a', { done: 'yesterday' })],
    ['lesson.visited', file('a', { visited: 'soon' })],
    ['lesson.title', file('a', { title: ' ' })],
    ['lesson.url', file('a', { url: 'https://foreign.example/' })],
    ['lesson.course', file('a', { course: 'Course X' })],
  ])('%s', (code, text) => {
    const parsed = parseProgress(text, SITE);
    expect(parsed.ok ? undefined : parsed.problem.code).toBe(code);
  });

  test('each problem has a message in plain Chinese, without field names or "undefined"', () => {
    const messages = strings as Record<string, string>;
    for (const code of PROBLEM_CODES) {
      const message = messages[`me.problem.${code}`];
      expect(message, code).toMatch(/[\u4e00-\u9fff]/);
      expect(message!.replace('{id}', ''), code).not.toMatch(/[A-Za-z]/);
    }
  });

  test('a long lesson id is quoted cut to 40 characters', () => {
    const parsed = parseProgress(file('x'.repeat(500) + '!'), SITE);
    expect(parsed.ok ? '' : 'id' in parsed.problem && parsed.problem.id).toBe('x'.repeat(40));
  });
});

describe('mergeProgress', () => {
  const C = { id: 'lesson-c', title: '第三课', url: '/lessons/lesson-c/', course: 'course-y' };
  const t3 = new Date('2026-11-03T08:00:00Z');

  test('a lesson done on either device stays done, from the earlier day', () => {
    const here = setDone(recordVisit(emptyProgress(), A, t2), B, true, t2);
    const there = setDone(setDone(emptyProgress(), A, true, t1), B, true, t3);
    const merged = mergeProgress(here, there);
    expect(lessonOf(merged, 'lesson-a')?.done).toBe('2026-11-01');
    expect(lessonOf(merged, 'lesson-b')?.done).toBe('2026-11-02');
  });

  test('the later visit wins, with its title and address; lessons on one side only are kept', () => {
    const here = recordVisit(recordVisit(emptyProgress(), A, t3), B, t1);
    const there = recordVisit(
      recordVisit(emptyProgress(), { ...A, title: '旧课名' }, t1),
      { ...B, title: '新课名', url: '/lessons/lesson-b-new/' },
      t2,
    );
    const merged = mergeProgress(here, recordVisit(there, C, t1));
    expect(lessonOf(merged, 'lesson-a')).toMatchObject({ title: '第一课', visited: t3.toISOString() });
    expect(lessonOf(merged, 'lesson-b')).toMatchObject({ title: '新课名', url: '/lessons/lesson-b-new/' });
    expect(lessonOf(merged, 'lesson-c')?.title).toBe('第三课');
    expect(continueWith(merged)?.id).toBe('lesson-a');
  });

  test('this device keeps its own autoComplete setting, and neither side is changed', () => {
    const here = { ...setDone(emptyProgress(), A, true, t1), autoComplete: true };
    const there = setDone(emptyProgress(), B, true, t2);
    const merged = mergeProgress(here, there);
    expect(merged.autoComplete).toBe(true);
    expect(Object.keys(here.lessons)).toEqual(['lesson-a']);
    expect(Object.keys(there.lessons)).toEqual(['lesson-b']);
    expect(parseProgress(JSON.stringify(merged), SITE)).toEqual({ ok: true, progress: merged });
  });
});
