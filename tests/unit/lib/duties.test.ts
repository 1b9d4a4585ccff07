import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  checkDuties,
  dayInMonth,
  dutyEvents,
  firstOnOrAfter,
  monthsLater,
  type Day,
  type DutyId,
  type DutySettings,
} from '../../../src/lib/duties';
import { dutyCalendar, rrule } from '../../../src/lib/duty-ical';
import { dayInWords, DUTIES, dutyTexts, organizationDutyCalendar } from '../../../src/lib/organization-duties';
import { SITE } from '../../../src/site.config';
import { alarms, occurrences, readCalendar } from '../../support/ical';

const settings: DutySettings = {
  timeZone: 'Asia/Shanghai',
  since: '2026-01',
  partyDay: { day: { week: 1, weekday: 5 }, time: '19:30', minutes: 90, reminders: ['-P1D', '-PT1H'] },
  study: { day: { week: -1, weekday: 7 }, time: '07:00', minutes: 60, reminders: ['-P1D'] },
  dues: { day: { monthDay: 5 }, reminders: ['PT9H'] },
  abroadContact: { months: 6, reminders: ['-P7D', 'PT9H'] },
  reportIn: { days: 30, reminders: ['-P7D', '-P1D'] },
};

const texts = Object.fromEntries(
  (['partyDay', 'study', 'dues', 'abroadContact', 'reportIn'] as const).map((id) => [
    id,
    { title: `${id}：标题`, description: `${id} 说明，含逗号, 分号; 反斜杠\\ 和\n换行`, alarm: `提醒：${id}` },
  ]),
);

/** A member's file, as the browser makes it. */
function memberFile(chosen: DutyId[], from: Day, extra: { reportInDays?: number; stamp?: Date } = {}) {
  return dutyCalendar({
    name: '我的组织生活日程',
    timeZone: settings.timeZone,
    stamp: extra.stamp ?? new Date('2026-11-29T02:00:00Z'),
    events: dutyEvents({ settings, texts, chosen, from, host: 'example.org', reportInDays: extra.reportInDays }),
  });
}

const nov29 = { year: 2026, month: 11, day: 29 };

describe('checkDuties', () => {
  test('accepts the sample organization’s settings', () => {
    expect(checkDuties(SITE.duties)).toEqual(DUTIES);
    expect(DUTIES.partyDay?.day).toEqual({ week: 1, weekday: 5 });
    expect(DUTIES.abroadContact?.months).toBe(6);
  });

  test('the settings survive the trip to the browser as JSON, checked again there', () => {
    expect(checkDuties(JSON.parse(JSON.stringify(DUTIES)), '<app-duty-calendar> data-settings')).toEqual(DUTIES);
    expect(() => checkDuties({ ...DUTIES, since: 'x' }, '<app-duty-calendar> data-settings')).toThrow(
      /^<app-duty-calendar> data-settings\.since: "x"/,
    );
  });

  test('a duty set to false is left out', () => {
    expect(checkDuties({ ...settings, study: false }).study).toBeUndefined();
  });

  const refusals: [string, Record<string, unknown>, RegExp][] = [
    [
      'a zone with summer time',
      { timeZone: 'Europe/Berlin' },
      /duties\.timeZone: "Europe\/Berlin" is not a time zone with one offset/,
    ],
    ['an unknown zone', { timeZone: 'Mars/Base' }, /duties\.timeZone: "Mars\/Base"/],
    ['a month that is not one', { since: '2026-13' }, /duties\.since: "2026-13" is not a month written as YYYY-MM/],
    [
      'a time without its leading zero',
      { partyDay: { ...settings.partyDay, time: '7:30' } },
      /duties\.partyDay\.time: "7:30" is not a time written as HH:MM/,
    ],
    [
      'a day some months lack',
      { dues: { day: { monthDay: 31 }, reminders: [] } },
      /duties\.dues\.day\.monthDay: 31 is not a day every month has \(1–28\)/,
    ],
    [
      'a fifth week',
      { partyDay: { ...settings.partyDay, day: { week: 5, weekday: 5 } } },
      /duties\.partyDay\.day\.week: 5 is not 1–4/,
    ],
    [
      'weekday 0',
      { study: { ...settings.study, day: { week: 1, weekday: 0 } } },
      /duties\.study\.day\.weekday: 0 is not a weekday 1–7 \(1 = 周一 … 7 = 周日\)/,
    ],
    [
      'a reminder in words',
      { partyDay: { ...settings.partyDay, reminders: ['-P1D', '1 day'] } },
      /duties\.partyDay\.reminders\[1\]: "1 day" is not a duration/,
    ],
    ['an empty duration', { dues: { day: { monthDay: 5 }, reminders: ['-P'] } }, /duties\.dues\.reminders\[0\]: "-P"/],
    [
      'no length',
      { partyDay: { ...settings.partyDay, minutes: undefined } },
      /duties\.partyDay\.minutes: undefined is not a length in minutes/,
    ],
    [
      'zero months',
      { abroadContact: { months: 0, reminders: [] } },
      /duties\.abroadContact\.months: 0 is not a number of months \(1–12\)/,
    ],
    ['days as text', { reportIn: { days: '30', reminders: [] } }, /duties\.reportIn\.days: 30 is not a number of days/],
    ['a duty that is a string', { study: '每月' }, /duties\.study: must be an object, or false for none/],
  ];
  test.each(refusals)('refuses %s, naming the file and the field', (_, change, message) => {
    expect(() => checkDuties({ ...settings, ...change })).toThrow(message);
    expect(() => checkDuties({ ...settings, ...change })).toThrow(/^src\/site\.config\.ts duties\./);
  });
});

describe('days of the month', () => {
  test('the first Friday and the last Sunday of a month', () => {
    expect(dayInMonth({ week: 1, weekday: 5 }, 2026, 12)).toBe(4);
    expect(dayInMonth({ week: 1, weekday: 5 }, 2027, 1)).toBe(1);
    expect(dayInMonth({ week: 3, weekday: 7 }, 2026, 2)).toBe(15);
    expect(dayInMonth({ week: -1, weekday: 7 }, 2027, 2)).toBe(28);
    expect(dayInMonth({ week: -1, weekday: 1 }, 2026, 11)).toBe(30);
  });

  test('the first meeting is on or after the day counting starts', () => {
    expect(firstOnOrAfter({ week: 1, weekday: 5 }, nov29)).toEqual({ year: 2026, month: 12, day: 4 });
    expect(firstOnOrAfter({ week: 1, weekday: 5 }, { year: 2026, month: 12, day: 4 })).toEqual({
      year: 2026,
      month: 12,
      day: 4,
    });
    expect(firstOnOrAfter({ monthDay: 5 }, { year: 2026, month: 12, day: 6 })).toEqual({
      year: 2027,
      month: 1,
      day: 5,
    });
  });

  test('six months after the 31st is a day every month has', () => {
    expect(monthsLater({ year: 2026, month: 8, day: 31 }, 6)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(monthsLater(nov29, 6)).toEqual({ year: 2027, month: 5, day: 29 });
    // Every three months from 31 July meets October (31) and January (31), April (30): the 30th.
    expect(monthsLater({ year: 2026, month: 7, day: 31 }, 3)).toEqual({ year: 2026, month: 10, day: 30 });
  });

  test('in words', () => {
    expect(dayInWords({ week: 1, weekday: 5 })).toBe('每月第一个周五');
    expect(dayInWords({ week: -1, weekday: 7 })).toBe('每月最后一个周日');
    expect(dayInWords({ monthDay: 5 })).toBe('每月5日');
  });

  test('as RRULEs', () => {
    expect(rrule({ day: { week: 1, weekday: 5 } })).toBe('FREQ=MONTHLY;BYDAY=1FR');
    expect(rrule({ day: { week: -1, weekday: 7 } })).toBe('FREQ=MONTHLY;BYDAY=-1SU');
    expect(rrule({ day: { monthDay: 5 } })).toBe('FREQ=MONTHLY;BYMONTHDAY=5');
    expect(rrule({ interval: 6 })).toBe('FREQ=MONTHLY;INTERVAL=6');
  });
});

describe('a member’s calendar file, read by ical.js', () => {
  let tz: string | undefined;
  beforeEach(() => {
    tz = process.env.TZ;
    // A member in Germany: the process reads clocks as Europe/Berlin does, summer time and all.
    process.env.TZ = 'Europe/Berlin';
  });
  afterEach(() => {
    process.env.TZ = tz;
  });

  test('主题党日 on the next six first Fridays at 19:30 Beijing time, wherever the member is', () => {
    const text = memberFile(['partyDay'], nov29);
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=1FR');
    expect(occurrences(text, 'duty-partyDay@example.org', 6)).toEqual([
      '2026-12-04T11:30:00.000Z',
      '2027-01-01T11:30:00.000Z',
      '2027-02-05T11:30:00.000Z',
      '2027-03-05T11:30:00.000Z',
      '2027-04-02T11:30:00.000Z',
      '2027-05-07T11:30:00.000Z',
    ]);
    const [event] = readCalendar(text).events;
    expect(event!.end.getTime() - event!.start.getTime()).toBe(90 * 60_000);
  });

  test('a 07:00 meeting on the last Sunday stays on Sunday in Beijing, though UTC’s day is Saturday', () => {
    // 29 November 2026 is itself the month's last Sunday: counted from that day, it is the first.
    const text = memberFile(['study'], nov29);
    expect(occurrences(text, 'duty-study@example.org', 4)).toEqual([
      '2026-11-28T23:00:00.000Z',
      '2026-12-26T23:00:00.000Z',
      '2027-01-30T23:00:00.000Z',
      '2027-02-27T23:00:00.000Z',
    ]);
  });

  test('the zone travels in the file: without its VTIMEZONE ical.js would read the time as the member’s own', () => {
    const text = memberFile(['partyDay'], nov29);
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai\r\n[\s\S]*TZOFFSETTO:\+0800/);
    const stripped = text.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, '');
    expect(occurrences(stripped, 'duty-partyDay@example.org', 1)).toEqual(['2026-12-04T18:30:00.000Z']);
  });

  test('党费 on the 5th of every month, a whole day with a reminder at 9:00', () => {
    const text = memberFile(['dues'], nov29);
    expect(occurrences(text, 'duty-dues@example.org', 4)).toEqual([
      '2026-12-05',
      '2027-01-05',
      '2027-02-05',
      '2027-03-05',
    ]);
    expect(alarms(text, 'duty-dues@example.org')).toEqual([
      { action: 'DISPLAY', trigger: 9 * 3600, description: '提醒：dues' },
    ]);
  });

  test('contact every six months from the day chosen, reminded a week before and on the day', () => {
    const text = memberFile(['abroadContact'], nov29);
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=6');
    expect(occurrences(text, 'duty-abroadContact@example.org', 4)).toEqual([
      '2027-05-29',
      '2027-11-29',
      '2028-05-29',
      '2028-11-29',
    ]);
    expect(alarms(text, 'duty-abroadContact@example.org').map((a) => a.trigger)).toEqual([-7 * 86_400, 9 * 3600]);
    // From the 31st: the 28th, so no February is skipped.
    expect(
      occurrences(
        memberFile(['abroadContact'], { year: 2026, month: 8, day: 31 }),
        'duty-abroadContact@example.org',
        3,
      ),
    ).toEqual(['2027-02-28', '2027-08-28', '2028-02-28']);
  });

  test('reporting in is one deadline, N days after arriving', () => {
    const text = memberFile(['reportIn'], nov29);
    expect(text).not.toMatch(/RRULE/);
    expect(occurrences(text, 'duty-reportIn@example.org', 5)).toEqual(['2026-12-29']);
    expect(occurrences(memberFile(['reportIn'], nov29, { reportInDays: 15 }), 'duty-reportIn@example.org', 5)).toEqual([
      '2026-12-14',
    ]);
  });

  test('reminders are DISPLAY alarms at the settings’ triggers', () => {
    const text = memberFile(['partyDay', 'reportIn'], nov29);
    expect(alarms(text, 'duty-partyDay@example.org')).toEqual([
      { action: 'DISPLAY', trigger: -86_400, description: '提醒：partyDay' },
      { action: 'DISPLAY', trigger: -3600, description: '提醒：partyDay' },
    ]);
    expect(alarms(text, 'duty-reportIn@example.org').map((a) => a.trigger)).toEqual([-7 * 86_400, -86_400]);
  });

  test('each duty keeps its UID from one download to the next, so importing again updates it', () => {
    const all: DutyId[] = ['partyDay', 'study', 'dues', 'abroadContact', 'reportIn'];
    const uids = (text: string) => readCalendar(text).events.map((e) => e.uid);
    const first = uids(memberFile(all, nov29));
    expect(new Set(first).size).toBe(5);
    expect(
      uids(memberFile(all, { year: 2027, month: 3, day: 2 }, { stamp: new Date('2027-03-02T00:00:00Z') })),
    ).toEqual(first);
  });

  test('text survives escaping and folding; lines are CRLF and at most 75 octets', () => {
    const text = memberFile(['partyDay', 'dues'], nov29);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const event = readCalendar(text).events.find((e) => e.uid === 'duty-dues@example.org')!;
    expect(event.summary).toBe('dues：标题');
    expect(event.description).toBe('dues 说明，含逗号, 分号; 反斜杠\\ 和\n换行');
  });
});

describe('the organization’s subscribable calendar', () => {
  const text = organizationDutyCalendar(new Date('2026-11-28T00:00:00Z'));

  test('holds the organization’s own days, from the month the schedule took effect', () => {
    const { calendar, events } = readCalendar(text);
    expect(events.map((e) => e.uid)).toEqual([
      'organization-duty-partyDay@example.org',
      'organization-duty-study@example.org',
      'organization-duty-dues@example.org',
    ]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('流动党员学习园地 · 组织生活日');
    expect(occurrences(text, 'organization-duty-partyDay@example.org', 3)).toEqual([
      '2026-01-02T11:30:00.000Z',
      '2026-02-06T11:30:00.000Z',
      '2026-03-06T11:30:00.000Z',
    ]);
    expect(occurrences(text, 'organization-duty-study@example.org', 2)).toEqual([
      '2026-01-18T01:00:00.000Z',
      '2026-02-15T01:00:00.000Z',
    ]);
    expect(occurrences(text, 'organization-duty-dues@example.org', 2)).toEqual(['2026-01-05', '2026-02-05']);
    expect(events.every((e) => e.url === 'https://example.org/events/')).toBe(true);
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
  });

  test('says the day, the time and whom to call', () => {
    const party = readCalendar(text).events[0]!;
    expect(party.summary).toBe('主题党日');
    expect(party.description).toContain('每月第一个周五 19:30');
    expect(party.description).toContain(SITE.contact.phone);
  });

  test('the checkbox labels say what the member signs up for', () => {
    const labels = dutyTexts();
    expect(labels.abroadContact?.label).toBe('每六个月与党组织联系一次（在国（境）外学习工作的党员）');
    expect(labels.reportIn?.label).toBe('到达后30天内向当地党组织报到');
    expect(dutyTexts(DUTIES, 15).reportIn?.label).toBe('到达后15天内向当地党组织报到');
  });
});
