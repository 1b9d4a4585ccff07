import type { QuizItem } from '../schemas/lessons';

/**
 * How a question's right answer is written into the page for the browser to check (Quiz.astro
 * writes it, src/client/quiz-item.ts reads it): "2" (single choice), "1,3" (multiple choice)
 * or "true"/"false".
 */
export function encodeAnswer(answer: QuizItem['answer']): string {
  return Array.isArray(answer) ? answer.join(',') : String(answer);
}

/** The right option values, `answer` as encodeAnswer wrote it: "1,3" → ["1", "3"]. */
export function rightValues(answer: string): string[] {
  return answer.split(',').filter(Boolean);
}

/** Whether the chosen option values are exactly the right ones, `answer` as encodeAnswer wrote it. */
export function isRightAnswer(chosen: string[], answer: string): boolean {
  const right = rightValues(answer).sort();
  const picked = [...new Set(chosen)].sort();
  return right.length === picked.length && right.every((value, i) => value === picked[i]);
}
