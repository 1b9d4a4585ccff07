import { t, type StringKey } from './i18n.ts';
import type { Problem } from './references.ts';

/** A problem of the content health report, in the words editors read (Chinese). */
export interface HealthRow {
  file: string;
  field: string;
  problem: string;
  effect: string;
}

export function healthRow(problem: Problem): HealthRow {
  const kind = problem.target ? t(`health.kind.${problem.target.kind}` as StringKey) : '';
  return {
    file: problem.file,
    field: problem.field,
    problem: t(`health.problem.${problem.kind}`, {
      kind,
      id: problem.target?.id ?? '',
      value: problem.value ?? '',
      other: problem.other ?? '',
    }),
    effect: t(`health.effect.${problem.effect}`),
  };
}
