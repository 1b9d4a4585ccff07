import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { date, publishing, slug, summary, title, topics } from './common.ts';

export const storySchema = z.object({
  /** Headline of the story. */
  title,
  /** One-paragraph summary for listings. */
  summary,
  /** The member the story is about. */
  member: z.object({
    /** Name as the member agreed to publish it, often a pseudonym such as 小李. */
    name: z.string().trim().min(1, 'must not be empty'),
    /** Where the member works or studies now, e.g. 广东省东莞市. */
    workplace: z.string().trim().min(1, 'must not be empty'),
    /** Home town, e.g. 清源县石桥镇. */
    hometown: z.string().trim().min(1, 'must not be empty'),
    /** Line of work, e.g. 建筑业, 互联网, 留学. */
    industry: z.string().trim().min(1, 'must not be empty'),
  }),
  /** The member's recorded consent; a story without it cannot be published. */
  consent: z.object({
    /** Must be true: the member agreed to publication of this text. */
    given: z.literal(true, { error: 'must be true: stories are published only with consent' }),
    /** Date the consent was recorded. */
    date,
    /** Who recorded the consent (kept in the organization's files). */
    recordedBy: z.string().trim().min(1).optional(),
  }),
  /** Topic tags for filtering and search. */
  topics,
  /** Slugs of the home-town projects (回乡服务) the member took part in. */
  projects: z.array(slug).default([]),
  /** Shown on the home page when true. */
  featured: z.boolean().default(false),
  ...publishing,
  /** Publication date; stories list newest first. */
  publishDate: date,
});

export type StoryData = z.infer<typeof storySchema>;

/** A story as Astro loads it from content/stories/. */
export type Story = CollectionEntry<'stories'>;

/** Whether an entry of any collection is a story. */
export const isStory = (entry: { collection: string }): entry is Story => entry.collection === 'stories';
