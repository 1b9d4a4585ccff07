/** The fields that decide whether an entry is published (see src/schemas/common.ts). */
export interface Publishable {
  draft: boolean;
  publishDate?: Date | undefined;
}

/**
 * Whether an entry belongs in a build made at `now`. Production builds leave out drafts
 * and entries dated in the future; `astro dev` shows everything so editors can preview.
 */
export function isPublished(data: Publishable, now: Date, production: boolean): boolean {
  if (!production) return true;
  if (data.draft) return false;
  return data.publishDate === undefined || data.publishDate.getTime() <= now.getTime();
}

/**
 * The build's notion of "today". SOURCE_DATE_EPOCH (seconds) pins it so that two builds of one
 * commit are identical and tests can build "as of" a date; otherwise it is the current time.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  const seconds = Number(epoch);
  if (!Number.isInteger(seconds)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got "${epoch}"`);
  return new Date(seconds * 1000);
}
