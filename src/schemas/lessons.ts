import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { publishing, slug, summary, title, topics } from './common.ts';
import { uploadPath } from './urls.ts';

const question = z.string().trim().min(1, 'must not be empty');
const explanation = z.string().trim().min(1, 'must not be empty');
const options = z.array(z.string().trim().min(1)).min(2, 'needs at least two options');

/** One self-check question; `answer` numbers options from 1. */
export const quizItemSchema = z
  .discriminatedUnion('type', [
    z.object({
      /** Single choice: exactly one option is right. */
      type: z.literal('single'),
      question,
      options,
      /** Number of the right option, counting from 1. */
      answer: z.number().int().min(1),
      explanation,
    }),
    z.object({
      /** Multiple choice: one or more options are right. */
      type: z.literal('multiple'),
      question,
      options,
      /** Numbers of the right options, counting from 1. */
      answer: z.array(z.number().int().min(1)).min(1),
      explanation,
    }),
    z.object({
      /** True or false statement. */
      type: z.literal('truefalse'),
      question,
      /** Whether the statement is true. */
      answer: z.boolean(),
      explanation,
    }),
  ])
  .superRefine((item, ctx) => {
    if (item.type === 'truefalse') return;
    const answers = Array.isArray(item.answer) ? item.answer : [item.answer];
    for (const answer of answers) {
      if (answer > item.options.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: `option ${answer} does not exist (there are ${item.options.length})`,
        });
      }
    }
  });

export const lessonSchema = z.object({
  /** Lesson title. */
  title,
  /** Slug of the course this lesson belongs to. */
  course: slug,
  /** Position in the course, starting at 1; lessons are listed in this order. */
  order: z.number().int().min(1),
  /** One-paragraph summary for the course outline and search results. */
  summary,
  /** What the member should know or be able to do afterwards. */
  objectives: z.array(z.string().trim().min(1)).min(1, 'needs at least one objective'),
  /** Reading time in minutes; computed from the text when absent. */
  readingMinutes: z.number().int().min(1).max(240).optional(),
  /** Optional recording of the lesson. */
  media: z
    .object({
      /**
       * MP3 file uploaded to the site (/uploads/...): the page plays it from the site itself, and
       * the build reads its size and length for the page and the podcast feed (src/lib/lesson-audio.ts).
       */
      audio: uploadPath.optional(),
      /** Video file uploaded to the site (/uploads/...). */
      video: uploadPath.optional(),
      /** Text version of the recording, for members who cannot listen. */
      transcript: z.string().trim().min(1).optional(),
    })
    .optional(),
  /** Self-check questions. */
  quiz: z.array(quizItemSchema).default([]),
  /** Topic tags for filtering and search. */
  topics,
  ...publishing,
});

export type LessonData = z.infer<typeof lessonSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;

/** A lesson as Astro loads it from content/lessons/. */
export type Lesson = CollectionEntry<'lessons'>;

/** Whether an entry of any collection is a lesson. */
export const isLesson = (entry: { collection: string }): entry is Lesson => entry.collection === 'lessons';
