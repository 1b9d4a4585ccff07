import { z } from 'astro/zod';
import { parseCalendarDate } from '../lib/calendar-date.ts';

/** An ASCII URL segment: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Describes SLUG_PATTERN for error messages and CMS hints. */
export const SLUG_RULE = 'lowercase ASCII letters, digits and hyphens, e.g. "report-in-guide"';

export const slug = z.string().regex(SLUG_PATTERN, `must be an ASCII slug: ${SLUG_RULE}`);

const DATE_RULE = 'must be a date that exists, written YYYY-MM-DD';

/** A calendar date written YYYY-MM-DD (YAML may already have made it a Date); 2026-02-30 is an error. */
export const date = z.union([z.date(), z.string()], { error: DATE_RULE }).transform((value, ctx) => {
  const parsed = typeof value === 'string' ? parseCalendarDate(value) : value;
  if (parsed === undefined || Number.isNaN(parsed.getTime())) {
    ctx.addIssue({ code: 'custom', message: DATE_RULE });
    return z.NEVER;
  }
  return parsed;
});

/** Short free-text tags, e.g. 劳动合同, 社会保险. */
export const topics = z.array(z.string().min(1)).default([]);

/**
 * Fields every collection shares. They decide whether and where an entry is published;
 * src/lib/content.ts is the one place that reads them.
 */
export const publishing = {
  /** Explicit URL slug; when absent the file name (without extension) is the slug. */
  slug: slug.optional(),
  /** Work in progress: kept out of production builds, shown in `astro dev`. */
  draft: z.boolean().default(false),
  /** Publication date; an entry dated in the future stays out of production builds until then. */
  publishDate: date.optional(),
};

/** Title of any entry: required, one line. */
export const title = z.string().trim().min(1, 'must not be empty').max(120);

/** One-paragraph summary, used in listings, search results and the meta description. */
export const summary = z.string().trim().min(1, 'must not be empty').max(300);

/** A phone number to dial: digits, spaces and hyphens, with a leading + for abroad. */
/** Digits, spaces and hyphens, with a leading + for abroad. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{2,19}$/;

export const phone = z.string().regex(PHONE_PATTERN, 'must be a phone number: digits, spaces, hyphens');
