import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { isTimeZone, LOCAL_TIME_PATTERN, parseLocalTime, zonedInstant } from '../lib/event-time.ts';
import { date, publishing, slug, summary, title, topics } from './common.ts';
import { httpsUrl, uploadOrHttpsUrl } from './urls.ts';

/** How an event takes place; the labels are event.format.* in the strings file. */
export const EVENT_FORMATS = ['live-lesson', 'discussion', 'video-meeting'] as const;

const LOCAL_TIME_RULE = 'must be a local time written YYYY-MM-DD HH:mm, e.g. "2026-12-05 19:30" (its zone is timeZone)';

/** A wall-clock time in the event's zone; src/lib/event-time.ts turns it into an instant. */
const localTime = z.string({ error: LOCAL_TIME_RULE }).regex(LOCAL_TIME_PATTERN, LOCAL_TIME_RULE);

export const eventSchema = z
  .object({
    /** Name of the event, e.g. 十二月主题党日：线上重温入党誓词. */
    title,
    /** What happens and who it is for, one paragraph. */
    summary,
    /** How it takes place. */
    format: z.enum(EVENT_FORMATS),
    /** Start, in the organizer's local time. */
    start: localTime,
    /** End, in the organizer's local time; after the start. */
    end: localTime,
    /** IANA time zone of start and end, e.g. Asia/Shanghai or Europe/Berlin. */
    timeZone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as "Asia/Shanghai"')
      .default('Asia/Shanghai'),
    /** How to join: a link, a meeting number, or both. */
    join: z
      .object({
        /** Meeting or live-stream address. */
        url: httpsUrl.optional(),
        /** Meeting number for the app, e.g. 123 456 789. */
        meetingId: z.string().trim().min(1).optional(),
        /** Meeting password, when the branch shares it publicly. */
        password: z.string().trim().min(1).optional(),
        /** Anything else, e.g. 提前十分钟入会，用真实姓名. */
        note: z.string().trim().min(1).optional(),
      })
      .refine((join) => join.url !== undefined || join.meetingId !== undefined, {
        error: 'needs a url or a meetingId',
      }),
    /** Who holds it, e.g. 清源县驻东莞流动党员党支部. */
    organizer: z.string().trim().min(1, 'must not be empty'),
    /** Slug of the lesson the event is about. */
    lesson: slug.optional(),
    /** The recording, once there is one (an https address or a file under /uploads/). */
    recording: uploadOrHttpsUrl.optional(),
    /** Called off: stays listed as cancelled, and calendars that subscribed drop it. */
    cancelled: z.boolean().default(false),
    topics,
    ...publishing,
    /** When the event was announced: the events feed lists it from then. */
    publishDate: date,
  })
  .superRefine((event, ctx) => {
    const start = parseLocalTime(event.start);
    const end = parseLocalTime(event.end);
    if (!start) ctx.addIssue({ code: 'custom', path: ['start'], message: 'is not a time that exists' });
    if (!end) ctx.addIssue({ code: 'custom', path: ['end'], message: 'is not a time that exists' });
    if (!start || !end || !isTimeZone(event.timeZone)) return;
    if (zonedInstant(end, event.timeZone) <= zonedInstant(start, event.timeZone))
      ctx.addIssue({ code: 'custom', path: ['end'], message: `must be after the start (${event.start})` });
  });

export type EventData = z.infer<typeof eventSchema>;

/** A event as Astro loads it from content/events/. */
export type EventEntry = CollectionEntry<'events'>;

/** Whether an entry of any collection is a event. */
export const isEvent = (entry: { collection: string }): entry is EventEntry => entry.collection === 'events';
