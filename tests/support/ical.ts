import ICAL from 'ical.js';

/** The events of an iCalendar text as Mozilla's ical.js reads them (what calendar apps see). */
export function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        location: event.location,
        start: event.startDate.toJSDate(),
        end: event.endDate.toJSDate(),
        status: String(component.getFirstPropertyValue('status')),
        url: String(component.getFirstPropertyValue('url')),
      };
    }),
  };
}

/** Wall-clock time of `date` in `zone`, e.g. "2026-12-05 12:30". */
export function wallClock(date: Date, zone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** The VEVENT with `uid` in an iCalendar text. */
function eventComponent(text: string, uid: string) {
  const component = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .find((vevent) => vevent.getFirstPropertyValue('uid') === uid);
  if (!component) throw new Error(`no event with UID ${uid}`);
  return component;
}

/**
 * The first `count` starts of an event as ical.js expands its RRULE (fewer when it ends sooner):
 * a whole day as 2026-12-05, a time as its instant (2026-12-04T11:30:00.000Z).
 */
export function occurrences(text: string, uid: string, count: number): string[] {
  const iterator = new ICAL.Event(eventComponent(text, uid)).iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next && starts.length < count; next = iterator.next())
    starts.push(next.isDate ? next.toString() : next.toJSDate().toISOString());
  return starts;
}

/** An event's reminders: what they do, when (seconds from the start) and what they say. */
export function alarms(text: string, uid: string) {
  return eventComponent(text, uid)
    .getAllSubcomponents('valarm')
    .map((alarm) => ({
      action: String(alarm.getFirstPropertyValue('action')),
      trigger: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
      description: String(alarm.getFirstPropertyValue('description')),
    }));
}
