import type { AnswerTree } from '../schemas/answers.ts';
import { treeSteps } from './answer-tree.ts';

/** One step of one tree, as a page. */
export interface AnswerPage {
  tree: AnswerTree;
  step: ReturnType<typeof treeSteps<AnswerTree['data']>>[number];
  /** Whether search indexes it: the start, and each outcome on the first path that reaches it. */
  indexed: boolean;
}

/** The pages of the published guided answers, each tree's start first. */
export function answerPages(trees: AnswerTree[]): AnswerPage[] {
  return trees.flatMap((tree) => {
    const seen = new Set<string>();
    return treeSteps(tree.data).map((step) => {
      const first = step.kind === 'outcome' && !seen.has(step.outcome.id);
      if (step.kind === 'outcome') seen.add(step.outcome.id);
      return { tree, step, indexed: step.path.length === 0 || first };
    });
  });
}
