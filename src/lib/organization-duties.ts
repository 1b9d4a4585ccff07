/**
 * The duties as the build knows them: SITE.duties checked, their words from the strings file,
 * and the organization's subscribable calendar. The browser gets the checked settings and the
 * words through the DutyCalendar component and builds a member's file with the same functions.
 */
import {
  checkDuties,
  dutyEvents,
  ORGANIZATION_DUTIES,
  configuredDuties,
  type Day,
  type DutyId,
  type DutySettings,
  type DutyText,
} from './duties.ts';
import { dutyCalendar, type DayRule } from './duty-ical.ts';
import { zoneName } from './event-time.ts';
import { t, type StringKey } from './i18n.ts';
import { listingPath, withBase } from './paths.ts';
import { SITE } from '../site.config.ts';

/** SITE.duties, checked once: a mistake stops the build with the field named. */
export const DUTIES: DutySettings = checkDuties(SITE.duties);

/** 每月第一个周五, 每月最后一个周日, 每月5日 */
export function dayInWords(rule: DayRule): string {
  if ('monthDay' in rule) return t('duty.rule.monthDay', { day: rule.monthDay });
  const weekday = t(`duty.weekday.${rule.weekday}` as StringKey);
  if (rule.week < 0) return t('duty.rule.lastWeek', { weekday });
  return t('duty.rule.week', { week: '一二三四'[rule.week - 1]!, weekday });
}

/** 6 → 六 (1–12, the intervals the settings allow). */
const chineseNumber = (n: number) => (n <= 10 ? '一二三四五六七八九十'[n - 1]! : `十${'一二'[n - 11]!}`);

/** What each configured duty is called, what its events say, and the label of its checkbox. */
export function dutyTexts(
  settings: DutySettings = DUTIES,
  reportInDays?: number,
): Partial<Record<DutyId, DutyText & { label: string }>> {
  const zone = zoneName(settings.timeZone, new Date());
  const contact = t('duty.contact', { office: SITE.contact.office, phone: SITE.contact.phone });
  const params: Record<DutyId, Record<string, string | number> | undefined> = {
    partyDay: settings.partyDay && { rule: dayInWords(settings.partyDay.day), time: settings.partyDay.time, zone },
    study: settings.study && { rule: dayInWords(settings.study.day), time: settings.study.time, zone },
    dues: settings.dues && { rule: dayInWords(settings.dues.day) },
    abroadContact: settings.abroadContact && { months: chineseNumber(settings.abroadContact.months) },
    reportIn: settings.reportIn && { days: reportInDays ?? settings.reportIn.days },
  };
  return Object.fromEntries(
    configuredDuties(settings).map((id) => {
      const title = t(`duty.${id}.title` as StringKey);
      const p = params[id]!;
      return [
        id,
        {
          title,
          label: t(`duty.${id}.label` as StringKey, p),
          description: `${t(`duty.${id}.description` as StringKey, p)}\n${contact}\n${SITE.organization}`,
          alarm: t('duty.alarm', { title }),
        },
      ];
    }),
  );
}

/** The first day of the month the schedule took effect. */
const sinceDay = (settings: DutySettings): Day => {
  const [year, month] = settings.since.split('-').map(Number) as [number, number];
  return { year, month, day: 1 };
};

/** /events/duties.ics: the organization's own recurring days, the same for every member. */
export function organizationDutyCalendar(stamp: Date, settings: DutySettings = DUTIES): string {
  const url = new URL(withBase(listingPath('events')), SITE.url).href;
  return dutyCalendar({
    name: t('duty.calendarName', { site: SITE.title }),
    timeZone: settings.timeZone,
    stamp,
    // Subscribing apps fetch it again daily, so a changed day reaches members within one.
    refresh: 'P1D',
    events: dutyEvents({
      settings,
      texts: dutyTexts(settings),
      chosen: ORGANIZATION_DUTIES.filter((id) => settings[id]),
      from: sinceDay(settings),
      host: new URL(SITE.url).host,
      uidPrefix: 'organization-duty',
    }).map((event) => ({ ...event, url })),
  });
}
