import { describe, expect, test } from 'vitest';
import { lessonSchema, quizItemSchema } from '../../../src/schemas/lessons';
import { courseSchema } from '../../../src/schemas/courses';
import { entries, frontmatter, GOOD_FIXTURES } from '../../support/frontmatter';
import { expectIssueAt } from '../../support/schema-check';

const good = frontmatter(`${GOOD_FIXTURES}/lessons/sample-lesson.mdx`);

describe('lessonSchema', () => {
  test('accepts the good fixture', () => {
    expect(lessonSchema.parse(good)).toMatchObject({ course: 'sample-course', order: 1, draft: false });
  });
  test.each(entries('lessons'))('accepts the sample lesson %s', (file) => {
    expect(lessonSchema.safeParse(frontmatter(file)).error?.issues ?? []).toEqual([]);
  });
  test('needs a course slug, a position from 1 and at least one objective', () => {
    expectIssueAt(lessonSchema, { ...good, course: '党章课程' }, 'course');
    expectIssueAt(lessonSchema, { ...good, order: 0 }, 'order');
    expectIssueAt(lessonSchema, { ...good, objectives: [] }, 'objectives');
  });
});

describe('quizItemSchema', () => {
  const single = { type: 'single', question: '问？', options: ['甲', '乙'], answer: 2, explanation: '因为。' };
  test('accepts the three kinds of question', () => {
    expect(quizItemSchema.safeParse(single).success).toBe(true);
    expect(quizItemSchema.safeParse({ ...single, type: 'multiple', answer: [1, 2] }).success).toBe(true);
    expect(
      quizItemSchema.safeParse({ type: 'truefalse', question: '对吗？', answer: false, explanation: '不对。' }).success,
    ).toBe(true);
  });
  test('refuses an answer naming an option that does not exist', () => {
    expect(expectIssueAt(quizItemSchema, { ...single, answer: 3 }, 'answer')).toMatch(/option 3 does not exist/);
  });
  test('refuses a multiple-choice answer given as one number', () => {
    expectIssueAt(quizItemSchema, { ...single, type: 'multiple' }, 'answer');
  });
  test('refuses a question without an explanation', () => {
    expectIssueAt(quizItemSchema, { ...single, explanation: '' }, 'explanation');
  });
});

describe('courseSchema', () => {
  test('accepts the good fixture and the sample courses', () => {
    for (const file of [`${GOOD_FIXTURES}/courses/sample-course.md`, ...entries('courses')]) {
      expect(courseSchema.safeParse(frontmatter(file)).error?.issues ?? [], file).toEqual([]);
    }
  });
  test('requires a title and a summary', () => {
    expectIssueAt(courseSchema, { summary: '简介' }, 'title');
    expectIssueAt(courseSchema, { title: '课程' }, 'summary');
  });
});
