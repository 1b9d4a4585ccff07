/**
 * The organization's recurring duties (SITE.duties): the settings, their check, and the
 * calendar events they make. Pure and free of UI strings (the texts come in as arguments), so
 * the build (the subscribable /events/duties.ics) and the browser (a member's own file, made on
 * the device) share it.
 */
import { zoneOffset } from './event-time.ts';
import type { Alarm, DayRule, Recurrence, RecurringEvent } from './duty-ical.ts';

/** The duties a member may put in their calendar, in the order they are offered. */
export const DUTY_IDS = ['partyDay', 'study', 'dues', 'abroadContact', 'reportIn'] as const;
export type DutyId = (typeof DUTY_IDS)[number];

/** Duties on days the organization sets, the same for every member: the subscribable calendar. */
export const ORGANIZATION_DUTIES: readonly DutyId[] = ['partyDay', 'study', 'dues'];

/** A meeting at a time of day (主题党日, study sessions), in the organization's zone. */
export interface MeetingSetting {
  day: DayRule;
  /** 19:30 */
  time: string;
  minutes: number;
  reminders: string[];
}

export interface DutySettings {
  /** IANA zone of the meetings; it must keep one offset all year (see fixedOffsetZone). */
  timeZone: string;
  /** First month of the schedule (2026-01): the subscribable calendar starts there. */
  since: string;
  partyDay?: MeetingSetting | undefined;
  study?: MeetingSetting | undefined;
  /** 党费: a whole-day reminder on a day of every month. */
  dues?: { day: DayRule; reminders: string[] } | undefined;
  /** Members abroad keep in touch every `months` months, counted from the day they choose. */
  abroadContact?: { months: number; reminders: string[] } | undefined;
  /** Report in where one arrives within `days` days of arriving. */
  reportIn?: { days: number; reminders: string[] } | undefined;
}

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** A duration before (or after) the start: -P1D, -PT1H, -PT15H, PT9H, -P1W (RFC 5545 3.3.6). */
const TRIGGER = /^-?P(?:\d+W|(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?)?)$/;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isInteger = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * Checks SITE.duties (or the same settings carried to the browser) and returns them typed. A
 * mistake throws one error naming the file, the field and what is allowed, so the build stops
 * with it instead of publishing a calendar that drifts or skips months.
 */
export function checkDuties(raw: unknown, where = 'src/site.config.ts duties'): DutySettings {
  const fail = (field: string, message: string): never => {
    throw new Error(`${where}.${field}: ${message}`);
  };
  if (!isObject(raw)) throw new Error(`${where}: must be an object`);
  const timeZone = raw.timeZone;
  if (typeof timeZone !== 'string' || !fixedOffsetZone(timeZone))
    fail(
      'timeZone',
      `"${String(timeZone)}" is not a time zone with one offset all year (e.g. Asia/Shanghai); recurring times in a zone with summer time are not supported`,
    );
  if (typeof raw.since !== 'string' || !MONTH.test(raw.since))
    fail('since', `"${String(raw.since)}" is not a month written as YYYY-MM (e.g. 2026-01)`);

  const day = (value: unknown, field: string): DayRule => {
    if (!isObject(value)) return fail(field, 'must be { monthDay: 1–28 } or { week: 1–4 or -1, weekday: 1–7 }');
    if ('monthDay' in value) {
      // Every month has days 1–28; RFC 5545 skips a month without the day, so 29–31 would drop months.
      if (!isInteger(value.monthDay, 1, 28))
        fail(`${field}.monthDay`, `${String(value.monthDay)} is not a day every month has (1–28)`);
      return { monthDay: value.monthDay as number };
    }
    if (!(isInteger(value.week, 1, 4) || value.week === -1))
      fail(`${field}.week`, `${String(value.week)} is not 1–4 (第一至第四个) or -1 (最后一个)`);
    if (!isInteger(value.weekday, 1, 7))
      fail(`${field}.weekday`, `${String(value.weekday)} is not a weekday 1–7 (1 = 周一 … 7 = 周日)`);
    return { week: value.week as number, weekday: value.weekday as number };
  };
  const reminders = (value: unknown, field: string): string[] => {
    if (!Array.isArray(value)) return fail(field, 'must be a list of durations such as "-P1D" or "-PT1H"');
    value.forEach((item, i) => {
      if (typeof item !== 'string' || !TRIGGER.test(item))
        fail(
          `${field}[${i}]`,
          `"${String(item)}" is not a duration such as "-P1D" (a day before) or "-PT1H" (an hour before)`,
        );
    });
    return value as string[];
  };
  const meeting = (field: string): MeetingSetting | undefined => {
    const value = raw[field];
    if (value === undefined || value === null || value === false) return undefined;
    if (!isObject(value)) return fail(field, 'must be an object, or false for none');
    if (typeof value.time !== 'string' || !TIME.test(value.time))
      fail(`${field}.time`, `"${String(value.time)}" is not a time written as HH:MM (e.g. 19:30)`);
    if (!isInteger(value.minutes, 5, 24 * 60))
      fail(`${field}.minutes`, `${String(value.minutes)} is not a length in minutes (5–1440)`);
    return {
      day: day(value.day, `${field}.day`),
      time: value.time as string,
      minutes: value.minutes as number,
      reminders: reminders(value.reminders, `${field}.reminders`),
    };
  };
  const block = (field: string): Raw | undefined => {
    const value = raw[field];
    if (value === undefined || value === null || value === false) return undefined;
    if (!isObject(value)) return fail(field, 'must be an object, or false for none');
    return value;
  };
  const dues = block('dues');
  const contact = block('abroadContact');
  const report = block('reportIn');
  if (contact && !isInteger(contact.months, 1, 12))
    fail('abroadContact.months', `${String(contact.months)} is not a number of months (1–12)`);
  if (report && !isInteger(report.days, 1, 365))
    fail('reportIn.days', `${String(report.days)} is not a number of days (1–365)`);
  return {
    timeZone: timeZone as string,
    since: raw.since as string,
    partyDay: meeting('partyDay'),
    study: meeting('study'),
    dues: dues && { day: day(dues.day, 'dues.day'), reminders: reminders(dues.reminders, 'dues.reminders') },
    abroadContact: contact && {
      months: contact.months as number,
      reminders: reminders(contact.reminders, 'abroadContact.reminders'),
    },
    reportIn: report && { days: report.days as number, reminders: reminders(report.reminders, 'reportIn.reminders') },
  };
}

/**
 * The zone's one offset in minutes, or undefined when it is not a zone or changes its clocks in
 * the next ten years. Recurring times are written with the zone's TZID and a VTIMEZONE that has
 * one observance; a zone with summer time would need its rules written out, which Intl does not
 * give.
 */
export function fixedOffsetZone(zone: string, from = new Date()): number | undefined {
  let offset: number | undefined;
  try {
    for (let month = 0; month <= 120; month += 1) {
      const at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + month, 15));
      const here = zoneOffset(at, zone);
      if (offset !== undefined && here !== offset) return undefined;
      offset = here;
    }
  } catch {
    return undefined;
  }
  return offset;
}

/** Duties the settings provide, in offering order. */
export const configuredDuties = (settings: DutySettings): DutyId[] => DUTY_IDS.filter((id) => settings[id]);

const dayNumber = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);
const fromNumber = (n: number): Day => {
  const date = new Date(n);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** The day `days` after `start`. */
export const addDays = (start: Day, days: number): Day => fromNumber(dayNumber(start) + days * 86_400_000);

/** The day of `rule` in a month. */
export function dayInMonth(rule: DayRule, year: number, month: number): number {
  if ('monthDay' in rule) return rule.monthDay;
  const weekdayOf = (day: number) => ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  if (rule.week > 0) return 1 + ((rule.weekday - weekdayOf(1) + 7) % 7) + 7 * (rule.week - 1);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return last - ((weekdayOf(last) - rule.weekday + 7) % 7);
}

/** The first day of `rule` on or after `from`. */
export function firstOnOrAfter(rule: DayRule, from: Day): Day {
  for (let k = 0; ; k += 1) {
    const year = from.year + Math.floor((from.month - 1 + k) / 12);
    const month = ((from.month - 1 + k) % 12) + 1;
    const candidate = { year, month, day: dayInMonth(rule, year, month) };
    if (dayNumber(candidate) >= dayNumber(from)) return candidate;
  }
}

/** Days of each month in a year without 29 February (a rule repeating every year meets those too). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `months` after `from`, on the same day of the month where every month that `months` steps
 * meet has that day, else on the last day they all have: an INTERVAL rule repeats the first
 * date's day, and RFC 5545 skips a month without it (from 31 August every six months would skip
 * February and meet again only a year later; 30 August, 28 February instead).
 */
export function monthsLater(from: Day, months: number): Day {
  const index = from.month - 1 + months;
  const visited = Array.from({ length: 12 }, (_, k) => MONTH_DAYS[(index + k * months) % 12]!);
  return { year: from.year + Math.floor(index / 12), month: (index % 12) + 1, day: Math.min(from.day, ...visited) };
}

/** Words for one duty's event: what it is, what the calendar says, and the reminder's text. */
export interface DutyText {
  title: string;
  description: string;
  alarm: string;
}

export interface DutyPlan {
  settings: DutySettings;
  /** Texts of each duty chosen. */
  texts: Partial<Record<DutyId, DutyText>>;
  chosen: readonly DutyId[];
  /** The day counting starts: the first meeting is on or after it, contact and report-in count from it. */
  from: Day;
  /** The site's host, for UIDs: one duty keeps one UID, so importing again updates instead of doubling. */
  host: string;
  /** Days to report in within, where the page says (an outcome page may); else the settings'. */
  reportInDays?: number | undefined;
  /**
   * Starts the UIDs: the organization's feed has its own, so that a member who subscribes and
   * also imports their own file has two series, not one UID in two calendars (which Outlook
   * and Google refuse or merge).
   */
  uidPrefix?: string | undefined;
}

const alarms = (reminders: string[], text: string): Alarm[] => reminders.map((trigger) => ({ trigger, text }));

/** The calendar events of the chosen duties. */
export function dutyEvents(plan: DutyPlan): RecurringEvent[] {
  const { settings, from, host } = plan;
  return plan.chosen.flatMap((id): RecurringEvent[] => {
    const text = plan.texts[id];
    if (!text) throw new Error(`No text for the duty "${id}"`);
    const base = { uid: `${plan.uidPrefix ?? 'duty'}-${id}@${host}`, title: text.title, description: text.description };
    if (id === 'partyDay' || id === 'study') {
      const meeting = settings[id];
      if (!meeting) return [];
      const [hour, minute] = meeting.time.split(':').map(Number) as [number, number];
      const recurrence: Recurrence = { day: meeting.day };
      return [
        {
          ...base,
          start: { ...firstOnOrAfter(meeting.day, from), hour, minute },
          minutes: meeting.minutes,
          recurrence,
          alarms: alarms(meeting.reminders, text.alarm),
        },
      ];
    }
    if (id === 'dues') {
      const dues = settings.dues;
      if (!dues) return [];
      return [
        {
          ...base,
          start: firstOnOrAfter(dues.day, from),
          recurrence: { day: dues.day },
          alarms: alarms(dues.reminders, text.alarm),
        },
      ];
    }
    if (id === 'abroadContact') {
      const contact = settings.abroadContact;
      if (!contact) return [];
      return [
        {
          ...base,
          start: monthsLater(from, contact.months),
          recurrence: { interval: contact.months },
          alarms: alarms(contact.reminders, text.alarm),
        },
      ];
    }
    const report = settings.reportIn;
    if (!report) return [];
    return [
      { ...base, start: addDays(from, plan.reportInDays ?? report.days), alarms: alarms(report.reminders, text.alarm) },
    ];
  });
}
