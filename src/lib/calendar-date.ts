const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses YYYY-MM-DD as UTC midnight, or undefined when the date does not exist.
 * JavaScript (and the YAML parser) would roll 2026-02-30 over to 2 March instead.
 */
export function parseCalendarDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

/**
 * Unquoted dates in a Markdown file's frontmatter that do not exist on the calendar, as
 * `field: value` pairs. YAML turns `issueDate: 2026-02-30` into 2 March before any schema
 * sees it, so this looks at the source text.
 */
export function findImpossibleDates(source: string): { field: string; value: string }[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const found: { field: string; value: string }[] = [];
  for (const line of frontmatter.split(/\r?\n/)) {
    const match = /^\s*(?:-\s+)?([\w.-]+):\s*(\d{4}-\d{1,2}-\d{1,2})\s*(?:#.*)?$/.exec(line);
    if (match && !parseCalendarDate(match[2]!)) found.push({ field: match[1]!, value: match[2]! });
  }
  return found;
}
