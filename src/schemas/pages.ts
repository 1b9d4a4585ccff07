import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { publishing, slug, summary, title } from './common.ts';

export const pageSchema = z.object({
  /** Page title. */
  title,
  /** Meta description and lead paragraph. */
  summary,
  /** Position in the footer navigation; pages without it are not listed there. */
  navOrder: z.number().int().min(1).optional(),
  /** Slugs of guided answers ("我该怎么办") offered on the page, e.g. on the report-in guide. */
  answers: z.array(slug).default([]),
  ...publishing,
});

export type PageData = z.infer<typeof pageSchema>;

/** A page as Astro loads it from content/pages/. */
export type Page = CollectionEntry<'pages'>;

/** Whether an entry of any collection is a page. */
export const isPage = (entry: { collection: string }): entry is Page => entry.collection === 'pages';
