import { describe, expect, test } from 'vitest';
import { checkTree, fieldName, stepPath, treeReferences, treeSteps } from '../../../src/lib/answer-tree';
import { checkReferences, problemMessage } from '../../../src/lib/references';
import { t, type StringKey } from '../../../src/lib/i18n';
import { answerPages } from '../../../src/lib/answer-pages';
import type { AnswerTree } from '../../../src/schemas/answers';
import { fixtureTree } from '../../support/answer-fixtures';

const problems = (name: string) =>
  checkTree(fixtureTree(name)).map((i) => [i.kind, fieldName(i.path), t(i.key as StringKey, i.params)]);

describe('checkTree', () => {
  test('accepts a tree whose every answer leads on and ends in an outcome', () => {
    expect(checkTree(fixtureTree('good'))).toEqual([]);
  });

  test('names a question no answer leads to', () => {
    expect(problems('unreachable')).toEqual([
      ['unreachable', 'questions[2].id', '问题“fixed”从第一个问题走不到：没有哪个选项指向它。'],
    ]);
  });

  test('names a question that leads back to itself, with the way round', () => {
    expect(problems('loop')).toEqual([
      [
        'loop',
        'questions[1].options',
        '问题“how-long”会绕回自己（how-long → fixed → how-long），读者永远走不到结果：请让选项最终指向一个结果。',
      ],
    ]);
  });

  test('names a question without answers', () => {
    expect(problems('dead-end')).toEqual([
      ['dead-end', 'questions[2].options', '问题“fixed”没有选项，读者走到这里就无路可走：请至少加一个选项。'],
    ]);
  });

  test('names an answer that leads to no question or outcome', () => {
    expect(problems('unknown-next')).toEqual([
      [
        'unknown-next',
        'questions[1].options[2].next',
        '问题“how-long”的选项“六个月以上”指向“transferr”，但没有这个编号的问题或结果。',
      ],
    ]);
  });

  test('names ids used twice and an outcome no answer reaches', () => {
    const tree = fixtureTree('good');
    tree.outcomes.push({ id: 'fixed', title: '重复', policies: [], services: [] });
    tree.questions[0]!.options.push({ id: 'short', label: '重复的选项', next: 'card' });
    expect(checkTree(tree).map((i) => [i.kind, fieldName(i.path)])).toEqual([
      ['duplicate-node', 'outcomes[3].id'],
      ['duplicate-option', 'questions[1].options[3].id'],
    ]);
    tree.outcomes[2]!.id = 'lonely';
    tree.questions[0]!.options.pop();
    expect(checkTree(tree).map((i) => [i.kind, fieldName(i.path)])).toEqual([['unreachable', 'outcomes[3].id']]);
  });

  test('refuses a tree with more steps than a build should make pages for', () => {
    // Ten questions, each with three answers all leading to the next: 3^10 paths.
    const questions = Array.from({ length: 10 }, (_, i) => ({
      id: `q${i}`,
      text: `问题${i}`,
      options: ['a', 'b', 'c'].map((id) => ({ id, label: id, next: i < 9 ? `q${i + 1}` : 'end' })),
    }));
    const issues = checkTree({ questions, outcomes: [{ id: 'end', title: '结果', policies: [], services: [] }] });
    expect(issues.map((i) => i.kind)).toEqual(['too-many-steps']);
    expect(t(issues[0]!.key as StringKey, issues[0]!.params)).toContain('超过上限 400');
  });
});

describe('treeSteps', () => {
  test('gives every question and outcome once per path, with the answers that led there', () => {
    const steps = treeSteps(fixtureTree('good'));
    expect(steps.map((s) => `${s.kind}:${s.path.join('/')}`)).toEqual([
      'question:',
      'outcome:short',
      'question:long',
      'outcome:long/yes',
      'outcome:long/no',
    ]);
    const last = steps.at(-1)!;
    expect(last.answers.map((a) => [a.question.id, a.option.label, a.before.join('/')])).toEqual([
      ['how-long', '六个月以上', ''],
      ['fixed', '不固定', 'long'],
    ]);
  });

  test('puts each step at the address of its answers', () => {
    expect(stepPath('leaving-home', [])).toBe('/answers/leaving-home/');
    expect(stepPath('leaving-home', ['work', 'over-6-months'])).toBe('/answers/leaving-home/work/over-6-months/');
  });
});

describe('treeReferences', () => {
  test('reports a policy that does not exist, naming the outcome field, and shows it unavailable', () => {
    const tree = fixtureTree('unknown-policy');
    const from = { id: 'sample-tree', filePath: 'content/answers/sample-tree.md' };
    const policies = new Set(['sample-rule']);
    const { errors, problems } = checkReferences({
      policies: [],
      courses: [],
      lessons: [],
      pages: [],
      allIds: { policies, courses: new Set() },
      links: treeReferences(tree)
        .filter((r) => r.to === 'policies')
        .map((r) => ({ from, field: r.field, kind: 'policy', targets: r.targets, published: policies, all: policies })),
    });
    expect(errors).toEqual([]);
    expect(problems.map(problemMessage)).toEqual([
      'content/answers/sample-tree.md: field "outcomes[2].policies": no policy has the slug "no-such-rule"; the reference is shown as unavailable',
    ]);
  });
});

describe('answerPages', () => {
  test('indexes the start and each outcome once, and names the first path as the canonical one', () => {
    const tree = { id: 'sample-tree', data: fixtureTree('good') } as unknown as AnswerTree;
    const pages = answerPages([tree]).map((p) => [p.step.path.join('/'), p.indexed, p.canonical.join('/')]);
    expect(pages).toEqual([
      ['', true, ''],
      ['short', true, 'short'],
      ['long', false, 'long'],
      ['long/yes', true, 'long/yes'],
      // The activity card again, by another way: a copy of the first.
      ['long/no', false, 'short'],
    ]);
  });
});
