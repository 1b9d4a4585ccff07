import { join } from 'node:path';
import type { Tree } from '../../src/lib/answer-tree';
import { frontmatter } from './frontmatter';
import { ROOT } from './fixture-site';

/** A guided-answer fixture's frontmatter as written (tests/fixtures/answers/: good.md and one file per mistake). */
export const fixtureData = (name: string) => frontmatter(join(ROOT, 'tests/fixtures/answers', `${name}.md`));

/** A fixture tree as the schema would hand it over (lists the schema defaults filled in). */
export function fixtureTree(name: string): Tree & Record<string, unknown> {
  const data = fixtureData(name) as unknown as Tree;
  return {
    ...data,
    questions: data.questions.map((q) => ({ ...q, options: q.options ?? [] })),
    outcomes: data.outcomes.map((o) => ({ ...o, policies: o.policies ?? [], services: o.services ?? [] })),
  };
}
