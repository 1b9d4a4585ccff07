import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { foldLine, icalendar } from '../../../src/lib/ical';
import { parseLocalTime, zonedInstant } from '../../../src/lib/event-time';
import { readCalendar, wallClock } from '../../support/ical';

const shanghai = (text: string) => zonedInstant(parseLocalTime(text)!, 'Asia/Shanghai');

const calendar = (events: Parameters<typeof icalendar>[0]['events']) =>
  icalendar({ name: '组织生活', timeZone: 'Asia/Shanghai', stamp: new Date('2026-11-28T00:00:00Z'), events });

const lesson = {
  uid: 'dangri@example.org',
  title: '主题党日：重温入党誓词',
  description: '议程：一、重温誓词；二、交流发言，每人五分钟。\n会议号：901 234 567',
  start: shanghai('2026-12-05 19:30'),
  end: shanghai('2026-12-05 21:00'),
  url: 'https://example.org/events/dangri/',
  location: 'https://meeting.example.org/j/1',
};

describe('iCalendar files', () => {
  let tz: string | undefined;
  beforeEach(() => {
    tz = process.env.TZ;
    // A member in Germany: the process reads clocks as Europe/Berlin does.
    process.env.TZ = 'Europe/Berlin';
  });
  afterEach(() => {
    process.env.TZ = tz;
  });

  test('an event at 19:30 in Asia/Shanghai is at 12:30 for a reader in Europe/Berlin', () => {
    const { events } = readCalendar(calendar([lesson]));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.start.toISOString()).toBe('2026-12-05T11:30:00.000Z');
    expect(event!.end.toISOString()).toBe('2026-12-05T13:00:00.000Z');
    // The local clock of this process is Berlin's.
    expect([event!.start.getHours(), event!.start.getMinutes()]).toEqual([12, 30]);
    expect(wallClock(event!.start, 'Europe/Berlin')).toBe('2026-12-05 12:30');
    expect(wallClock(event!.start, 'Asia/Shanghai')).toBe('2026-12-05 19:30');
  });

  test('in Berlin summer time the same Shanghai time is an hour closer', () => {
    const june = { ...lesson, start: shanghai('2027-06-05 19:30'), end: shanghai('2027-06-05 21:00') };
    const [event] = readCalendar(calendar([june])).events;
    expect(wallClock(event!.start, 'Europe/Berlin')).toBe('2027-06-05 13:30');
  });

  test('text survives escaping and line folding: commas, semicolons, line breaks and Chinese', () => {
    const [event] = readCalendar(calendar([lesson])).events;
    expect(event!.summary).toBe(lesson.title);
    expect(event!.description).toBe(lesson.description);
    expect(event!.location).toBe(lesson.location);
    expect(event!.url).toBe(lesson.url);
    expect(event!.uid).toBe('dangri@example.org');
  });

  test('every kind of line break in text (CR, CRLF, LF) reaches the calendar as one line break', () => {
    // Text pasted from old Mac or Windows files, or sent by a browser form, ends lines with CR or CRLF.
    const description = '第一行\r第二行\r\n第三行\n第四行';
    const title = '主题党日\r重温誓词';
    const location = '会议室\r\n三楼';
    const text = calendar([{ ...lesson, title, description, location, categories: ['党日\r活动'] }]);
    // A bare CR would end the content line early: none may be left but the CRLF line ends.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [event] = readCalendar(text).events;
    expect(event!.description).toBe('第一行\n第二行\n第三行\n第四行');
    expect(event!.summary).toBe('主题党日\n重温誓词');
    expect(event!.location).toBe('会议室\n三楼');
    expect(readCalendar(text).calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('categories')).toBe(
      '党日\n活动',
    );
  });

  test('other control characters, which RFC 5545 forbids in text, are dropped; tabs stay', () => {
    const [event] = readCalendar(calendar([{ ...lesson, description: '议程\u0000一\u0007\t二\u001b\u007f三' }])).events;
    expect(event!.description).toBe('议程一\t二三');
  });

  test('lines are CRLF-terminated and at most 75 octets, never splitting a character', () => {
    const text = calendar([{ ...lesson, description: '很长的说明，'.repeat(60) }]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(foldLine('a'.repeat(74) + '党')).toBe(`${'a'.repeat(74)}\r\n 党`);
  });

  test('a cancelled event says so, so that subscribed calendars drop it', () => {
    const { events } = readCalendar(calendar([lesson, { ...lesson, uid: 'off@example.org', cancelled: true }]));
    expect(events.map((e) => [e.uid, e.status])).toEqual([
      ['dangri@example.org', 'CONFIRMED'],
      ['off@example.org', 'CANCELLED'],
    ]);
  });

  test('the calendar names itself and its zone, and stamps with the build date', () => {
    const text = calendar([lesson]);
    const { calendar: component } = readCalendar(text);
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('组织生活');
    expect(component.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Shanghai');
    expect(text).toContain('DTSTAMP:20261128T000000Z');
  });
});
