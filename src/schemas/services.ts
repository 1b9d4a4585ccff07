import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { phone, publishing, slug, summary, title, topics } from './common.ts';
import { webUrl } from './urls.ts';

/** Groups on /services/, in this order; the labels are service.category.* in the strings file. */
export const SERVICE_CATEGORIES = [
  'legal-aid',
  'wages',
  'contracts',
  'social-insurance',
  'career',
  'business',
  'return-home',
] as const;

const line = z.string().trim().min(1, 'must not be empty');

export const serviceSchema = z.object({
  /** What the guide helps with, e.g. 被拖欠工资怎么办. */
  title,
  /** One paragraph: who it is for and what it gets them. */
  summary,
  category: z.enum(SERVICE_CATEGORIES),
  /** What to do, in order. */
  steps: z.array(line).min(1, 'needs at least one step'),
  /** Papers to bring or prepare. */
  documents: z.array(line).default([]),
  /** Offices, hotlines or websites that handle it. */
  places: z
    .array(
      z.object({
        /** e.g. 劳动保障监察大队. */
        name: line,
        address: line.optional(),
        hours: line.optional(),
      }),
    )
    .default([]),
  /** People or lines to call. */
  contacts: z
    .array(
      z.object({
        /** e.g. 12348 公共法律服务热线. */
        name: line,
        /** Digits, spaces and hyphens; a leading + for abroad. */
        phone: phone.optional(),
        url: webUrl.optional(),
      }),
    )
    .default([]),
  /** Slugs of the policies the guide rests on; each policy page lists the guides citing it. */
  policies: z.array(slug).default([]),
  topics,
  ...publishing,
});

export type ServiceData = z.infer<typeof serviceSchema>;

/** A service as Astro loads it from content/services/. */
export type Service = CollectionEntry<'services'>;

/** Whether an entry of any collection is a service. */
export const isService = (entry: { collection: string }): entry is Service => entry.collection === 'services';
