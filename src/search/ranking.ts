// Orders Pagefind's results where its own score is not enough for Chinese legal texts.

/**
 * The fewest consecutive word positions that hold one position from each list: 2 when two
 * words stand side by side, Infinity when a list is empty. A sliding window over the merged,
 * sorted positions.
 */
export function coverSpan(lists: readonly (readonly number[])[]): number {
  if (lists.length === 0 || lists.some((list) => list.length === 0)) return Infinity;
  const events = lists.flatMap((list, i) => list.map((position) => [position, i] as const));
  events.sort((a, b) => a[0] - b[0]);
  const counts = lists.map(() => 0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (const [position, list] of events) {
    if (counts[list]!++ === 0) covered += 1;
    while (covered === lists.length) {
      const [first, firstList] = events[left]!;
      best = Math.min(best, position - first + 1);
      if (--counts[firstList]! === 0) covered -= 1;
      left += 1;
    }
  }
  return best;
}

/** Word positions per word and page: positions.get(word)?.get(pageId). */
export type WordPositions = Map<string, Map<string, readonly number[]>>;

/** How many words apart all of a query's words may stand to count as one passage (an article). */
const NEAR = 60;

/**
 * Orders results so that pages where the query's words stand together come first: one point for
 * each typed phrase (经济补偿, split into 经济 补偿) found as a phrase, one for all the words
 * falling within one passage. Pagefind's score orders pages with the same points. For legal texts
 * this finds the law whose article holds 欺诈行为 and 三倍, over a short note that mentions
 * each once.
 */
export function byProximity<T extends { id: string }>(
  results: readonly T[],
  words: readonly string[],
  phrases: readonly (readonly string[])[],
  positions: WordPositions,
): T[] {
  const at = (word: string, id: string) => positions.get(word)?.get(id) ?? [];
  const points = (id: string) =>
    phrases.filter((phrase) => coverSpan(phrase.map((w) => at(w, id))) <= phrase.length + 1).length +
    (words.length > 1 && coverSpan(words.map((w) => at(w, id))) <= NEAR ? 1 : 0);
  return results
    .map((result, index) => ({ result, index, points: points(result.id) }))
    .sort((a, b) => b.points - a.points || a.index - b.index)
    .map((entry) => entry.result);
}

/**
 * `results` (pages with every word) followed by pages with only some of the words, most words
 * first, then by the sum of their scores. `single` holds each word's own results.
 */
export function withPartialMatches<T extends { id: string; score: number }>(
  results: readonly T[],
  words: readonly string[],
  single: ReadonlyMap<string, readonly T[]>,
): T[] {
  const seen = new Set(results.map((r) => r.id));
  const partial = new Map<string, { result: T; words: number; score: number }>();
  for (const word of new Set(words)) {
    for (const result of single.get(word) ?? []) {
      if (seen.has(result.id)) continue;
      const entry = partial.get(result.id);
      if (entry) {
        entry.words += 1;
        entry.score += result.score;
      } else partial.set(result.id, { result, words: 1, score: result.score });
    }
  }
  const ranked = [...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score);
  return [...results, ...ranked.map((entry) => entry.result)];
}

/**
 * How much the everyday word itself counts beside its legal terms (公司 beside 用人单位): a law
 * is found by the words it uses, and 公司 in the title of 公司法 says little about a question on
 * 社保 from one's company.
 */
export const EVERYDAY_WEIGHT = 0.3;

/**
 * Pages ranked by how many of a query's words they hold, then by the sum of each word's best
 * score. A word is a group of alternatives (加班 or 延长工作时间), each with its own results;
 * any alternative counts. For questions, where few pages hold every word. In a group of several,
 * the first is the everyday word, whose score counts EVERYDAY_WEIGHT of its legal terms'.
 */
export function softAnd<T extends { id: string; score: number }>(groups: readonly (readonly (readonly T[])[])[]): T[] {
  const pages = new Map<string, { result: T; covered: number; score: number }>();
  for (const group of groups) {
    const best = new Map<string, { result: T; score: number }>();
    group.forEach((alternative, i) => {
      const weight = i === 0 && group.length > 1 ? EVERYDAY_WEIGHT : 1;
      for (const result of alternative) {
        const score = result.score * weight;
        const known = best.get(result.id);
        if (!known || score > known.score) best.set(result.id, { result, score });
      }
    });
    for (const [id, { result, score }] of best) {
      const entry = pages.get(id);
      if (entry) {
        entry.covered += 1;
        entry.score += score;
      } else pages.set(id, { result, covered: 1, score });
    }
  }
  return [...pages.values()].sort((a, b) => b.covered - a.covered || b.score - a.score).map((e) => e.result);
}
