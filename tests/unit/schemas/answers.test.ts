import { describe, expect, test } from 'vitest';
import { answerSchema } from '../../../src/schemas/answers';
import { treeSteps } from '../../../src/lib/answer-tree';
import { entries, frontmatter } from '../../support/frontmatter';
import { fixtureData } from '../../support/answer-fixtures';

/** The issues the build reports for a file: Astro prints each issue's path and message. */
const issues = (data: unknown) => {
  const result = answerSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('answerSchema', () => {
  test('accepts a sound tree and fills in the lists left out', () => {
    const result = answerSchema.parse(fixtureData('good'));
    expect(result.outcomes[0]!.documents).toEqual([]);
    expect(result.order).toBe(99);
  });

  test('refuses each broken tree at the field, in Chinese, naming the question', () => {
    expect(issues(fixtureData('unreachable'))).toEqual([
      'questions.1.id: 问题“fixed”从第一个问题走不到：没有哪个选项指向它。',
    ]);
    expect(issues(fixtureData('loop'))).toEqual([
      'questions.0.options: 问题“how-long”会绕回自己（how-long → fixed → how-long），读者永远走不到结果：请让选项最终指向一个结果。',
    ]);
    expect(issues(fixtureData('dead-end'))).toEqual([
      'questions.1.options: 问题“fixed”没有选项，读者走到这里就无路可走：请至少加一个选项。',
    ]);
    expect(issues(fixtureData('unknown-next'))).toEqual([
      'questions.0.options.1.next: 问题“how-long”的选项“六个月以上”指向“transferr”，但没有这个编号的问题或结果。',
    ]);
  });

  test('refuses an option id that cannot be part of an address', () => {
    const data = fixtureData('good') as { questions: { options: { id: string }[] }[] };
    data.questions[0]!.options[0]!.id = '不到六个月';
    expect(issues(data)[0]).toMatch(/^questions\.0\.options\.0\.id: must be an ASCII slug/);
  });
});

describe('the sample trees', () => {
  const files = entries('answers');

  test('are the four the portal starts with', () => {
    expect(files.map((f) => f.split('/').at(-1)).sort()).toEqual([
      'back-home.md',
      'going-abroad.md',
      'leaving-home.md',
      'report-in-new-city.md',
    ]);
  });

  for (const file of files) {
    test(`${file.split('/').at(-1)}: is sound, marked as an example with sources, and every path ends in an outcome`, () => {
      const tree = answerSchema.parse(frontmatter(file));
      expect(tree.example).toBe(true);
      expect(tree.sources.length).toBeGreaterThan(0);
      const steps = treeSteps(tree);
      const questionPaths = new Set(steps.filter((s) => s.kind === 'question').map((s) => s.path.join('/')));
      // Every answer of every question page leads to a page of its own.
      const all = new Set(steps.map((s) => s.path.join('/')));
      for (const step of steps.filter((s) => s.kind === 'question'))
        for (const option of step.question.options) expect(all).toContain([...step.path, option.id].join('/'));
      // Every path's last page is an outcome, and every outcome is reached.
      for (const step of steps.filter((s) => s.kind === 'outcome'))
        expect(questionPaths.has(step.path.join('/'))).toBe(false);
      expect(new Set(steps.flatMap((s) => (s.kind === 'outcome' ? [s.outcome.id] : [])))).toEqual(
        new Set(tree.outcomes.map((o) => o.id)),
      );
    });
  }
});
