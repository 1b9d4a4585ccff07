import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { publishing, summary, title, topics } from './common.ts';

export const courseSchema = z.object({
  /** Course title, e.g. 党章学习入门. */
  title,
  /** What the course covers, shown on the course card and page. */
  summary,
  /** Who the course is written for, e.g. 新入党的流动党员. */
  audience: z.string().trim().min(1).optional(),
  /** Marks the course the home page features as 正在学习的课程; the newest such course wins. */
  current: z.boolean().default(false),
  /** Topic tags for filtering and search. */
  topics,
  ...publishing,
});

export type CourseData = z.infer<typeof courseSchema>;

/** A course as Astro loads it from content/courses/. */
export type Course = CollectionEntry<'courses'>;

/** Whether an entry of any collection is a course. */
export const isCourse = (entry: { collection: string }): entry is Course => entry.collection === 'courses';
