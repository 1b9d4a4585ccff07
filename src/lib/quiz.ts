/**
 * Whether the chosen option values are exactly the right ones. `answer` is how the page
 * stores it: "2" (single choice), "1,3" (multiple choice) or "true"/"false".
 */
export function isRightAnswer(chosen: string[], answer: string): boolean {
  const right = answer.split(',').filter(Boolean).sort();
  const picked = [...new Set(chosen)].sort();
  return right.length === picked.length && right.every((value, i) => value === picked[i]);
}
