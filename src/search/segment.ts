/**
 * Splits a query into words: spaces first, then the words in `keep` (社保, which the browser's
 * dictionary does not know and would split into 社 + 保), then Chinese word boundaries
 * (Intl.Segmenter).
 */
export function segmentQuery(query: string, keep: readonly string[] = []): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const kept = [...keep].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  const pattern = kept.length
    ? new RegExp(`(${kept.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`)
    : undefined;
  const words: string[] = [];
  for (const part of query.split(' ')) {
    for (const [i, piece] of (pattern ? part.split(pattern) : [part]).entries()) {
      // split() with a capturing group puts the kept words at the odd places.
      if (i % 2 === 1) words.push(piece);
      else for (const { segment, isWordLike } of segmenter.segment(piece)) if (isWordLike) words.push(segment);
    }
  }
  return words;
}
