import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { checkTree } from '../lib/answer-tree.ts';
import { t, type StringKey } from '../lib/i18n.ts';
import { publishing, slug, summary, title, topics } from './common.ts';
import { webUrl } from './urls.ts';
import { DUTY_IDS } from '../lib/duties.ts';

const line = z.string().trim().min(1, 'must not be empty');

/** A question's or an outcome's id, and an option's: an ASCII word that becomes part of the address. */
const stepId = slug;

const option = z.object({
  /** Short id of the answer, part of the address of the next step, e.g. "work". */
  id: stepId,
  /** The answer as the member reads it, e.g. 外出务工. */
  label: line.max(80),
  /** Id of the question or outcome this answer leads to. */
  next: stepId,
});

const question = z.object({
  /** Short id, e.g. "how-long"; options name it in `next`. */
  id: stepId,
  /** The question, e.g. 你准备在外面待多久？ */
  text: line.max(120),
  /** A line that helps to answer, e.g. 按计划连续在外的时间算. */
  hint: line.max(300).optional(),
  /** The answers to choose from (one is chosen). */
  options: z.array(option).default([]),
});

const outcome = z.object({
  /** Short id, e.g. "transfer"; options name it in `next`. */
  id: stepId,
  /** What applies, e.g. 转移组织关系. */
  title: line.max(120),
  /** One paragraph: why this applies. */
  summary: line.max(400),
  /** What to do, in order. */
  steps: z.array(line).min(1, 'needs at least one step'),
  /** Papers to bring. */
  documents: z.array(line).default([]),
  /** By when, e.g. 介绍信有效期一般为三个月，到达后及时报到. */
  deadlines: z.array(line).default([]),
  /** Slugs of the policies this rests on. */
  policies: z.array(slug).default([]),
  /** Slugs of service guides that help with it. */
  services: z.array(slug).default([]),
  /** Points to the station finder (找组织). */
  stations: z.boolean().default(false),
  /**
   * Duties this outcome asks of the member (e.g. abroadContact for 每六个月联系一次): the page
   * offers them ticked in the duty calendar the member can save to the phone's calendar.
   */
  duties: z.array(z.enum(DUTY_IDS)).default([]),
});

export const answerSchema = z
  .object({
    /** The member's question, e.g. 我要外出务工/求学，组织关系怎么办. */
    title,
    /** One paragraph: who it is for. */
    summary,
    /** The home page's button for it, a few words, e.g. 外出务工、求学. */
    button: line.max(16),
    /** Position among the guided answers (on the home page and the listing), smallest first. */
    order: z.number().int().min(1).max(99).default(99),
    /** The questions; the first is where every member starts. */
    questions: z.array(question).min(1, 'needs at least one question'),
    /** Where the answers lead. */
    outcomes: z.array(outcome).min(1, 'needs at least one outcome'),
    /** Where the rules come from, so the organization can check them. */
    sources: z.array(z.object({ title: line.max(200), url: webUrl.optional() })).default([]),
    /** Sample content: shown with an "example" mark until the organization has checked it. */
    example: z.boolean().default(false),
    topics,
    ...publishing,
  })
  // No unreachable question, loop, dead end or answer leading nowhere: the same check as the CMS's before saving.
  .superRefine((tree, ctx) => {
    for (const issue of checkTree(tree))
      ctx.addIssue({ code: 'custom', path: issue.path, message: t(issue.key as StringKey, issue.params) });
  });

export type AnswerData = z.infer<typeof answerSchema>;

/** A guided answer as Astro loads it from content/answers/. */
export type AnswerTree = CollectionEntry<'answers'>;

/** Whether an entry of any collection is a guided answer. */
export const isAnswerTree = (entry: { collection: string }): entry is AnswerTree => entry.collection === 'answers';
