/**
 * iCalendar (RFC 5545) files for events: one per event ("add to calendar") and a feed of all
 * of them that calendar apps subscribe to. Times are written in UTC (DTSTART:…Z), which every
 * client reads as the exact instant and shows in the reader's own zone, so no VTIMEZONE is
 * needed; the organizer's zone is named in X-WR-TIMEZONE and in the description.
 */

export interface CalendarEvent {
  /** Stable across builds and edits: the entry's slug with the site's host. */
  uid: string;
  title: string;
  description: string;
  start: Date;
  end: Date;
  /** Absolute address of the event's page. */
  url: string;
  /** Where to join (a meeting link or a line of text). */
  location?: string | undefined;
  cancelled?: boolean | undefined;
  categories?: string[] | undefined;
}

export interface Calendar {
  /** Calendar name shown by subscribing apps. */
  name: string;
  /** The organizer's zone, a hint for apps that show it. */
  timeZone: string;
  /** When the files were made (DTSTAMP); the build date, so builds of one commit are identical. */
  stamp: Date;
  events: CalendarEvent[];
}

/** 20261205T113000Z */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 3.3.11). Every
 * line break (CRLF, LF, or a lone CR from old Mac files and some form posts) becomes `\n`: a
 * raw CR would end the content line early and cut the value. Other control characters are not
 * allowed in TEXT at all (3.3.11, 3.1: only HTAB) and carry nothing a reader could see, so they
 * are dropped.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character: each
 * Chinese character takes three octets.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function icalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//liudong-dangyuan-portal//events//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
    ...[...calendar.events]
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid))
      .flatMap((event) => [
        'BEGIN:VEVENT',
        `UID:${event.uid}`,
        `DTSTAMP:${utcStamp(calendar.stamp)}`,
        `DTSTART:${utcStamp(event.start)}`,
        `DTEND:${utcStamp(event.end)}`,
        `SUMMARY:${escapeText(event.title)}`,
        `DESCRIPTION:${escapeText(event.description)}`,
        `URL:${event.url}`,
        ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
        ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
        `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
        'TRANSP:OPAQUE',
        'END:VEVENT',
      ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
