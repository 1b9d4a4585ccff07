/**
 * iCalendar (RFC 5545) files of recurring duties: monthly meetings (RRULE FREQ=MONTHLY with
 * BYMONTHDAY or BYDAY=1FR), whole-day reminders every N months (INTERVAL), one-off deadlines,
 * each with VALARM reminders. Pure: the build writes the organization's feed with it and the
 * browser a member's own file, with no request.
 *
 * Times of day are written in the organization's zone with its TZID and a VTIMEZONE, not in
 * UTC and not floating:
 * - a rule such as "first Friday" means the organization's Friday; in UTC a 07:00 meeting in
 *   Beijing is on Thursday, so BYDAY=1FR would pick the wrong days;
 * - a floating time would put a 19:30 Beijing meeting at 19:30 wherever the member is, but a
 *   member abroad joins it online at Beijing's 19:30;
 * - RFC 5545 (3.6.5) asks for a VTIMEZONE for every TZID; Outlook and ical.js need it (without
 *   it ical.js reads the time as floating), Google and Apple use it or their own copy of the
 *   IANA zone of the same name. The zone keeps one offset all year (checked in duties.ts), so
 *   one STANDARD observance describes it exactly.
 * Whole-day duties (党费, contact, report-in) are dates (VALUE=DATE), which are the member's
 * own days wherever they are, as a reminder to pay on the 5th should be.
 */
import { escapeText, foldLine, utcStamp } from './ical.ts';
import { zoneOffset } from './event-time.ts';

/** A day of every month: a fixed day, or the week-th weekday (1 = Monday … 7 = Sunday; week -1 = last). */
export type DayRule = { monthDay: number } | { week: number; weekday: number };

/** Monthly on a day, or every `interval` months on the start's date. */
export type Recurrence = { day: DayRule } | { interval: number };

/** A reminder: `trigger` is a duration relative to the start, e.g. -P1D (a day before). */
export interface Alarm {
  trigger: string;
  text: string;
}

export interface RecurringEvent {
  /** Stable: the same duty keeps its UID, so calendars update it rather than add it twice. */
  uid: string;
  title: string;
  description: string;
  /** With hour and minute: a meeting in the calendar's zone; without: a whole day. */
  start: { year: number; month: number; day: number; hour?: number; minute?: number };
  /** Length of a meeting. */
  minutes?: number | undefined;
  /** None: a single event. */
  recurrence?: Recurrence | undefined;
  alarms: Alarm[];
  url?: string | undefined;
}

export interface DutyCalendar {
  name: string;
  /** IANA zone with one offset all year, e.g. Asia/Shanghai. */
  timeZone: string;
  /** DTSTAMP: the build date for the feed, the moment of download for a member's file. */
  stamp: Date;
  events: RecurringEvent[];
  /** How often a subscribing app should fetch the calendar again, e.g. P1D. */
  refresh?: string | undefined;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const date = (d: RecurringEvent['start']) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** +0800 */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** FREQ=MONTHLY;BYDAY=1FR, FREQ=MONTHLY;BYMONTHDAY=5, FREQ=MONTHLY;INTERVAL=6 */
export function rrule(recurrence: Recurrence): string {
  if ('interval' in recurrence) return `FREQ=MONTHLY;INTERVAL=${recurrence.interval}`;
  const { day } = recurrence;
  if ('monthDay' in day) return `FREQ=MONTHLY;BYMONTHDAY=${day.monthDay}`;
  return `FREQ=MONTHLY;BYDAY=${day.week}${WEEKDAYS[day.weekday - 1]}`;
}

function eventLines(event: RecurringEvent, calendar: DutyCalendar): string[] {
  const { start } = event;
  const timed = start.hour !== undefined;
  const next = new Date(Date.UTC(start.year, start.month - 1, start.day + 1));
  const when = timed
    ? [
        `DTSTART;TZID=${calendar.timeZone}:${date(start)}T${pad(start.hour!)}${pad(start.minute ?? 0)}00`,
        `DURATION:PT${event.minutes ?? 60}M`,
      ]
    : [
        `DTSTART;VALUE=DATE:${date(start)}`,
        `DTEND;VALUE=DATE:${date({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() })}`,
      ];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(calendar.stamp)}`,
    ...when,
    ...(event.recurrence ? [`RRULE:${rrule(event.recurrence)}`] : []),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    // A reminder day does not make the member busy; a meeting does.
    `TRANSP:${timed ? 'OPAQUE' : 'TRANSPARENT'}`,
    ...event.alarms.flatMap((alarm) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${alarm.trigger}`,
      `DESCRIPTION:${escapeText(alarm.text)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ];
}

/** The calendar as text: CRLF line ends, lines folded at 75 octets. */
export function dutyCalendar(calendar: DutyCalendar): string {
  const offset = offsetText(zoneOffset(calendar.stamp, calendar.timeZone));
  const timed = calendar.events.some((event) => event.start.hour !== undefined);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//liudong-dangyuan-portal//duties//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
    ...(calendar.refresh
      ? [`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refresh}`, `X-PUBLISHED-TTL:${calendar.refresh}`]
      : []),
    ...(timed
      ? [
          'BEGIN:VTIMEZONE',
          `TZID:${calendar.timeZone}`,
          'BEGIN:STANDARD',
          'DTSTART:19700101T000000',
          `TZOFFSETFROM:${offset}`,
          `TZOFFSETTO:${offset}`,
          'END:STANDARD',
          'END:VTIMEZONE',
        ]
      : []),
    ...calendar.events.flatMap((event) => eventLines(event, calendar)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
