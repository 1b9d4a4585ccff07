import type { AnswerTree } from '../schemas/answers.ts';
import { treeSteps } from './answer-tree.ts';

/** One step of one tree, as a page. */
export interface AnswerPage {
  tree: AnswerTree;
  step: ReturnType<typeof treeSteps<AnswerTree['data']>>[number];
  /** Whether search indexes it: the start, and each outcome on the first path that reaches it. */
  indexed: boolean;
  /**
   * The path of the first step showing the same question or outcome: a question or outcome
   * reached by several paths has a page on each (its answers differ), and this is the one that
   * stands for them all in search engines.
   */
  canonical: string[];
}

/** The pages of the published guided answers, each tree's start first. */
export function answerPages(trees: AnswerTree[]): AnswerPage[] {
  return trees.flatMap((tree) => {
    const firsts = new Map<string, string[]>();
    return treeSteps(tree.data).map((step) => {
      const id = step.kind === 'outcome' ? `outcome:${step.outcome.id}` : `question:${step.question.id}`;
      const canonical = firsts.get(id) ?? step.path;
      firsts.set(id, canonical);
      const first = canonical === step.path;
      return { tree, step, canonical, indexed: step.path.length === 0 || (step.kind === 'outcome' && first) };
    });
  });
}
