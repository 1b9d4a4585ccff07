import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { date, phone, publishing, summary, title, topics } from './common.ts';

/** Where a home-town need stands; the labels are project.status.* in the strings file. */
export const PROJECT_STATUSES = ['open', 'matched', 'done'] as const;

const line = z.string().trim().min(1, 'must not be empty');

export const projectSchema = z.object({
  /** The need, e.g. 石桥镇茶叶合作社需要电商运营帮手. */
  title,
  summary,
  /** The village or town that posted it, e.g. 清源县石桥镇青山村. */
  place: line,
  /** What is needed, one item per line. */
  needs: z.array(line).min(1, 'needs at least one item'),
  /** Whom to contact at home. */
  contact: z.object({
    name: line,
    phone: phone.optional(),
    email: z.email({ error: 'must be an e-mail address' }).optional(),
  }),
  status: z.enum(PROJECT_STATUSES).default('open'),
  topics,
  ...publishing,
  /** When the need was posted; projects list newest first. */
  publishDate: date,
});

export type ProjectData = z.infer<typeof projectSchema>;

/** A project as Astro loads it from content/projects/. */
export type Project = CollectionEntry<'projects'>;

/** Whether an entry of any collection is a project. */
export const isProject = (entry: { collection: string }): entry is Project => entry.collection === 'projects';
