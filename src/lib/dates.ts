// Frontmatter dates are calendar dates parsed as UTC midnight, so they are read in UTC.

/** 2026年3月18日 */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** A calendar day as data writes it (2026-03-18, perhaps with a time after it) → 2026年3月18日; anything else as it is. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : day;
}

/** 2026-03-18, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Sorts newest first by the date `pick` returns, undated items last; ties keep a stable order by `key`. */
export function newestFirst<T>(
  items: readonly T[],
  pick: (item: T) => Date | undefined,
  key: (item: T) => string,
): T[] {
  const time = (item: T) => pick(item)?.getTime() ?? -Infinity;
  return [...items].sort((a, b) => time(b) - time(a) || key(a).localeCompare(key(b)));
}
