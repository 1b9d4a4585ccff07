import { z } from 'astro/zod';
import { publishing, summary, title } from './common.ts';

export const pageSchema = z.object({
  /** Page title. */
  title,
  /** Meta description and lead paragraph. */
  summary,
  /** Position in the footer navigation; pages without it are not listed there. */
  navOrder: z.number().int().min(1).optional(),
  ...publishing,
});

export type PageData = z.infer<typeof pageSchema>;
