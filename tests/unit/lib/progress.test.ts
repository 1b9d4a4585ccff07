import { describe, expect, test } from 'vitest';
import {
  continueWith,
  doneCount,
  emptyProgress,
  loadProgress,
  parseProgress,
  recordVisit,
  setDone,
  studyRecord,
} from '../../../src/lib/progress';

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

  test('the study record lists done lessons oldest first', () => {
    const p = setDone(setDone(emptyProgress(), B, true, t2), A, true, t1);
    expect(studyRecord(p).map((r) => [r.title, r.done])).toEqual([
      ['第一课', '2026-11-01'],
      ['第二课', '2026-11-02'],
    ]);
  });

  test('an export parses back to the same progress', () => {
    const p = recordVisit(setDone(emptyProgress(), A, true, t1), B, t2);
    expect(parseProgress(JSON.stringify(p))).toEqual({ ok: true, progress: p });
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
    expect(parseProgress(text).ok).toBe(false);
  });

  test('a damaged stored value reads as no progress', () => {
    expect(loadProgress({ getItem: () => '{oops' })).toEqual(emptyProgress());
  });
});
