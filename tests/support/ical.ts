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
