/**
 * The rules of a guided answer ("我该怎么办", content/answers/): a tree of single-choice
 * questions whose options lead to another question or to an outcome. One pure module checks a
 * tree for the build (the schema's refinement), the CMS (before save) and the unit tests, and
 * walks it for the pages: every question and outcome is reached by a path of option ids, which
 * is its address (/answers/<tree>/<option>/<option>/).
 */

export interface TreeOption {
  id: string;
  label: string;
  next: string;
}
export interface TreeQuestion {
  id: string;
  text: string;
  options: TreeOption[];
}
export interface TreeOutcome {
  id: string;
  title: string;
  policies: string[];
  services: string[];
}
export interface Tree {
  questions: TreeQuestion[];
  outcomes: TreeOutcome[];
}

/** How many steps (pages) one tree may have: every path is a page, and a build must stay small. */
export const MAX_TREE_STEPS = 400;

/**
 * Something wrong with a tree: the field (a path into the entry's data) and what is wrong, as
 * a key of the strings file (answers.rule.*) with its values. The build and the CMS each fill
 * it with their own strings function; this module stays free of the strings file, so that the
 * CMS bundle holds it once and the end-to-end tests can walk trees.
 */
export interface TreeIssue {
  path: (string | number)[];
  kind: 'duplicate-node' | 'duplicate-option' | 'unknown-next' | 'dead-end' | 'loop' | 'unreachable' | 'too-many-steps';
  key: `answers.rule.${string}`;
  params: Record<string, string | number>;
}

/** The field path in the form the build and the CMS print: outcomes[2].policies[0]. */
export function fieldName(path: (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : i === 0 ? part : `.${part}`)).join('');
}

/**
 * Every problem of one tree, in the order of its fields. References to policies and service
 * guides are not checked here: like every reference of the site, the CMS offers only published
 * entries, and one that an edit elsewhere broke shows as unavailable (see treeReferences).
 */
export function checkTree(tree: Tree): TreeIssue[] {
  const issues: TreeIssue[] = [];
  const add = (
    kind: TreeIssue['kind'],
    path: TreeIssue['path'],
    key: string,
    params: Record<string, string | number>,
  ) => issues.push({ kind, path, key: `answers.rule.${key}`, params });

  const questions = new Map<string, TreeQuestion>();
  const outcomes = new Map<string, TreeOutcome>();
  const seen = new Set<string>();
  tree.questions.forEach((q, i) => {
    if (seen.has(q.id)) add('duplicate-node', ['questions', i, 'id'], 'duplicateNode', { id: q.id });
    else questions.set(q.id, q);
    seen.add(q.id);
  });
  tree.outcomes.forEach((o, i) => {
    if (seen.has(o.id)) add('duplicate-node', ['outcomes', i, 'id'], 'duplicateNode', { id: o.id });
    else outcomes.set(o.id, o);
    seen.add(o.id);
  });

  tree.questions.forEach((q, i) => {
    if (q.options.length === 0) add('dead-end', ['questions', i, 'options'], 'deadEnd', { id: q.id });
    const optionIds = new Set<string>();
    q.options.forEach((option, j) => {
      if (optionIds.has(option.id))
        add('duplicate-option', ['questions', i, 'options', j, 'id'], 'duplicateOption', {
          id: q.id,
          option: option.id,
        });
      optionIds.add(option.id);
      if (!seen.has(option.next))
        add('unknown-next', ['questions', i, 'options', j, 'next'], 'unknownNext', {
          id: q.id,
          option: option.label,
          next: option.next,
        });
    });
  });

  // Loops: a question that can be reached again from itself. Walked from every question, so a
  // loop among unreachable questions is reported too.
  const state = new Map<string, 'open' | 'done'>();
  const looped = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    const question = questions.get(id);
    if (!question || state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      if (!looped.has(id)) {
        looped.add(id);
        const i = tree.questions.indexOf(question);
        add('loop', ['questions', i, 'options'], 'loop', { id, cycle: cycle.join(' → ') });
      }
      return;
    }
    state.set(id, 'open');
    for (const option of question.options) visit(option.next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const q of tree.questions) visit(q.id, []);

  // Everything must be reachable from the first question.
  const reached = new Set<string>();
  const stack = tree.questions[0] ? [tree.questions[0].id] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const option of questions.get(id)?.options ?? []) stack.push(option.next);
  }
  tree.questions.forEach((q, i) => {
    if (!reached.has(q.id) && questions.get(q.id) === q)
      add('unreachable', ['questions', i, 'id'], 'unreachableQuestion', { id: q.id });
  });
  tree.outcomes.forEach((o, i) => {
    if (!reached.has(o.id) && outcomes.get(o.id) === o)
      add('unreachable', ['outcomes', i, 'id'], 'unreachableOutcome', { id: o.id });
  });

  // Paths are counted only on a sound tree: with a loop there would be no end.
  if (issues.length === 0) {
    const steps = countSteps(tree);
    if (steps > MAX_TREE_STEPS)
      add('too-many-steps', ['questions'], 'tooManySteps', { count: steps, max: MAX_TREE_STEPS });
  }
  return issues;
}

/**
 * The entries a tree's outcomes name, field by field (outcomes[2].policies), for the site's
 * reference check (src/lib/references.ts): a missing one shows as unavailable and is reported.
 */
export function treeReferences(tree: Tree): { field: string; to: 'policies' | 'services'; targets: string[] }[] {
  return tree.outcomes.flatMap((o, i) => [
    { field: fieldName(['outcomes', i, 'policies']), to: 'policies' as const, targets: o.policies },
    { field: fieldName(['outcomes', i, 'services']), to: 'services' as const, targets: o.services },
  ]);
}

/** How many distinct paths (pages) a sound tree has, the first question included. */
function countSteps(tree: Tree): number {
  const questions = new Map(tree.questions.map((q) => [q.id, q]));
  const memo = new Map<string, number>();
  const count = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const question = questions.get(id);
    const n = 1 + (question?.options ?? []).reduce((sum, option) => sum + count(option.next), 0);
    memo.set(id, n);
    return n;
  };
  return tree.questions[0] ? count(tree.questions[0].id) : 0;
}

/** One answer given on the way: the question, the option chosen, and the path up to that question. */
export interface Answer {
  question: TreeQuestion;
  option: TreeOption;
  /** Option ids before this question: its page's path, where the answer can be changed. */
  before: string[];
}

/** One page of a tree: a question to answer or an outcome, with the answers that led to it. */
export type Step =
  | { kind: 'question'; path: string[]; answers: Answer[]; question: TreeQuestion }
  | { kind: 'outcome'; path: string[]; answers: Answer[]; outcome: TreeOutcome };

/**
 * Every step of a sound tree (checkTree found nothing), depth first in option order, the
 * first question first. An outcome reached by several paths has a step for each.
 */
export function treeSteps<T extends Tree>(
  tree: T,
): (
  | { kind: 'question'; path: string[]; answers: Answer[]; question: T['questions'][number] }
  | { kind: 'outcome'; path: string[]; answers: Answer[]; outcome: T['outcomes'][number] }
)[] {
  const questions = new Map(tree.questions.map((q) => [q.id, q]));
  const outcomes = new Map(tree.outcomes.map((o) => [o.id, o]));
  const steps: Step[] = [];
  const walk = (id: string, path: string[], answers: Answer[]) => {
    const question = questions.get(id);
    if (question) {
      steps.push({ kind: 'question', path, answers, question });
      for (const option of question.options)
        walk(option.next, [...path, option.id], [...answers, { question, option, before: path }]);
      return;
    }
    const outcome = outcomes.get(id);
    if (outcome) steps.push({ kind: 'outcome', path, answers, outcome });
  };
  if (tree.questions[0]) walk(tree.questions[0].id, [], []);
  return steps as ReturnType<typeof treeSteps<T>>;
}

/** Site-relative path of a step of the tree `slug` (the first question at /answers/<slug>/). */
export const stepPath = (slug: string, path: readonly string[]) =>
  `/answers/${[slug, ...path].map(encodeURIComponent).join('/')}/`;
