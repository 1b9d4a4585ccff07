import { icalendar, type CalendarEvent } from './ical.ts';
import { t } from './i18n.ts';
import { formatRange, zoneName } from './event-time.ts';
import { entryPath, withBase } from './paths.ts';
import type { SiteEvent } from './site-data.ts';
import { SITE } from '../site.config.ts';

/** What a calendar app shows of an event: the summary, how to join and the page's address. */
export function calendarEvent(event: SiteEvent): CalendarEvent {
  const { data, start, end } = event;
  const url = new URL(withBase(entryPath('events', event.id)), SITE.url).href;
  const join = [
    data.join.url && `${t('event.joinLink')}：${data.join.url}`,
    data.join.meetingId && `${t('event.meetingId')}：${data.join.meetingId}`,
    data.join.password && `${t('event.password')}：${data.join.password}`,
    data.join.note,
  ].filter(Boolean);
  return {
    // The slug is the entry's identity: editing the time keeps the UID, so calendars update it.
    uid: `${event.id}@${new URL(SITE.url).host}`,
    title: data.cancelled ? `【${t('event.cancelled')}】${data.title}` : data.title,
    description: [
      data.summary,
      t('event.timeInZone', { range: formatRange(start, end, data.timeZone), zone: zoneName(data.timeZone, start) }),
      `${t('event.organizer')}：${data.organizer}`,
      ...join,
      url,
    ].join('\n'),
    start,
    end,
    url,
    location: data.join.url ?? (data.join.meetingId && `${t('event.meetingId')} ${data.join.meetingId}`),
    cancelled: data.cancelled,
    categories: [t(`event.format.${data.format}`)],
  };
}

/** A calendar of `events`; its zone hint is the organization's, or a lone event's own. */
export function eventCalendar(events: SiteEvent[], stamp: Date): string {
  return icalendar({
    name: t('event.calendarName', { site: SITE.title }),
    timeZone: events.length === 1 ? events[0]!.data.timeZone : SITE.timeZone,
    stamp,
    events: events.map(calendarEvent),
  });
}
