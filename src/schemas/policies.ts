import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { date, publishing, slug, summary, title, topics } from './common.ts';
import { uploadOrWebUrl, webUrl } from './urls.ts';
export { POLICY_CATEGORIES, POLICY_RELATIONS, POLICY_STATUSES } from './policy-values.ts';
export type { PolicyCategory, PolicyRelation, PolicyStatus } from './policy-values.ts';
import { POLICY_CATEGORIES, POLICY_STATUSES } from './policy-values.ts';

export const policySchema = z.object({
  /** Full title of the document, e.g. 清源县流动党员教育管理服务办法. */
  title,
  /** Document number (文号), e.g. 清组发〔2025〕12号; laws often have none. */
  docNumber: z.string().trim().min(1).optional(),
  /** Issuing body (发文机关), e.g. 中共清源县委组织部. */
  issuer: z.string().trim().min(1, 'must not be empty'),
  /**
   * Date the document was issued (发布日期); listings sort by it, newest first. Leave it empty
   * only when it is truly unknown (some imported case notes): such documents list last.
   */
  issueDate: date.optional(),
  /** Date it takes effect (施行日期), when different from the issue date. */
  effectiveDate: date.optional(),
  /** Legal force: in-force 现行有效, amended 已修订, repealed 已废止, not-yet-effective 尚未施行. */
  status: z.enum(POLICY_STATUSES),
  /** Kind of document, used for filtering. */
  category: z.enum(POLICY_CATEGORIES),
  /** Topic tags for filtering and search. */
  topics,
  /** One-paragraph summary shown in listings and search results. */
  summary,
  /** Where the official text was published. */
  source: z
    .object({
      /** Name of the source, e.g. 清源县人民政府网. */
      name: z.string().trim().min(1),
      /** Address of the official text. */
      url: webUrl.optional(),
    })
    .optional(),
  /** Files attached to the document (uploaded to /uploads or on an official site). */
  attachments: z
    .array(
      z.object({
        /** Name shown for the file, e.g. 附件1：报到登记表. */
        title: z.string().trim().min(1),
        /** A file under /uploads/, or the address of the file on an official site. */
        file: uploadOrWebUrl,
      }),
    )
    .default([]),
  /** Slugs of the policies this one repeals (their pages then show "已被废止"). */
  supersedes: z.array(slug).default([]),
  /** Slugs of the policies this one amends. */
  amends: z.array(slug).default([]),
  /** Slugs of the policies this one interprets or implements. */
  interprets: z.array(slug).default([]),
  /** Written by `npm run import`: where the entry came from, to update it safely on a re-run. */
  imported: z
    .object({
      /** Source file, relative to the folder given to the importer. */
      source: z.string().min(1),
      /** SHA-256 of the entry as the importer wrote it; an edited entry no longer matches. */
      checksum: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
  ...publishing,
});

export type PolicyData = z.infer<typeof policySchema>;

/** A policy as Astro loads it from content/policies/. */
export type Policy = CollectionEntry<'policies'>;

/** Whether an entry of any collection is a policy. */
export const isPolicy = (entry: { collection: string }): entry is Policy => entry.collection === 'policies';
