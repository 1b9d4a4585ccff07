import { describe, expect, test } from 'vitest';
import { eventSchema } from '../../../src/schemas/events';
import { projectSchema } from '../../../src/schemas/projects';
import { serviceSchema } from '../../../src/schemas/services';
import { stationSchema } from '../../../src/schemas/stations';
import { entries, frontmatter } from '../../support/frontmatter';
import { expectIssueAt } from '../../support/schema-check';

// The schemas of events, service guides, stations and home-town projects accept every sample
// entry and refuse what would mislead a member: an event ending before it starts, a time zone
// that does not exist, an event nobody can join, a phone number that cannot be dialled.

const first = (collection: string) => frontmatter(entries(collection)[0]!);

describe.each([
  ['events', eventSchema],
  ['services', serviceSchema],
  ['stations', stationSchema],
  ['projects', projectSchema],
] as const)('%s', (collection, schema) => {
  test.each(entries(collection))('accepts %s', (file) => {
    expect(schema.safeParse(frontmatter(file)).error?.issues ?? []).toEqual([]);
  });
});

describe('eventSchema', () => {
  const event = first('events');
  test('reads start and end as wall-clock times in the event’s zone', () => {
    const parsed = eventSchema.parse({
      ...event,
      start: '2027-02-20 14:00',
      end: '2027-02-20 15:30',
      timeZone: 'Europe/Berlin',
    });
    expect(parsed.timeZone).toBe('Europe/Berlin');
    expect(eventSchema.parse({ ...event, timeZone: undefined }).timeZone).toBe('Asia/Shanghai');
  });
  test('refuses an end before the start, naming the start', () => {
    expect(expectIssueAt(eventSchema, { ...event, start: '2027-01-09 19:30', end: '2027-01-09 19:00' }, 'end')).toMatch(
      /after the start \(2027-01-09 19:30\)/,
    );
  });
  test('refuses times that do not exist or are written another way', () => {
    expectIssueAt(eventSchema, { ...event, start: '2027-02-30 19:30' }, 'start');
    expectIssueAt(eventSchema, { ...event, start: '2027-01-09 24:30' }, 'start');
    expect(expectIssueAt(eventSchema, { ...event, start: '2027-01-09 7:30pm' }, 'start')).toMatch(/YYYY-MM-DD HH:mm/);
    // YAML turns an unquoted time with seconds into a Date in UTC; the zone would be lost.
    expectIssueAt(eventSchema, { ...event, start: new Date('2027-01-09T19:30:00Z') }, 'start');
  });
  test('refuses a time zone that is not an IANA name', () => {
    expectIssueAt(eventSchema, { ...event, timeZone: 'Beijing' }, 'timeZone');
    expectIssueAt(eventSchema, { ...event, timeZone: 'GMT+8' }, 'timeZone');
  });
  test('needs a way to join: a link or a meeting number', () => {
    expect(expectIssueAt(eventSchema, { ...event, join: { note: '到时通知' } }, 'join')).toMatch(/url or a meetingId/);
    expectIssueAt(eventSchema, { ...event, join: { url: 'http://meeting.example.org/j/1' } }, 'join.url');
  });
  test('takes a recording from another https site or from the site’s uploads only', () => {
    expect(eventSchema.safeParse({ ...event, recording: '/uploads/2027-01.mp4' }).success).toBe(true);
    expectIssueAt(eventSchema, { ...event, recording: 'javascript:alert(1)' }, 'recording');
    expectIssueAt(eventSchema, { ...event, recording: 'http://video.example.org/1' }, 'recording');
  });
});

describe('serviceSchema', () => {
  const service = first('services');
  test('needs at least one step and a known category', () => {
    expectIssueAt(serviceSchema, { ...service, steps: [] }, 'steps');
    expectIssueAt(serviceSchema, { ...service, category: 'other' }, 'category');
  });
  test('refuses a phone number that cannot be dialled', () => {
    expectIssueAt(
      serviceSchema,
      { ...service, contacts: [{ name: '热线', phone: '请拨打12333' }] },
      'contacts.0.phone',
    );
  });
  test('cites policies by slug', () => {
    expectIssueAt(serviceSchema, { ...service, policies: ['劳动合同法'] }, 'policies.0');
  });
});

describe('stationSchema', () => {
  const station = first('stations');
  test('needs a province, a city, a phone to call and something on offer', () => {
    expectIssueAt(stationSchema, { ...station, province: '' }, 'province');
    expectIssueAt(stationSchema, { ...station, city: undefined }, 'city');
    expectIssueAt(stationSchema, { ...station, phone: '见门口公告' }, 'phone');
    expectIssueAt(stationSchema, { ...station, offers: [] }, 'offers');
  });
});

describe('projectSchema', () => {
  const project = first('projects');
  test('needs what is needed and whom to contact, and knows only three states', () => {
    expectIssueAt(projectSchema, { ...project, needs: [] }, 'needs');
    expectIssueAt(projectSchema, { ...project, contact: { name: '' } }, 'contact.name');
    expectIssueAt(projectSchema, { ...project, contact: { name: '村委', email: 'not-mail' } }, 'contact.email');
    expectIssueAt(projectSchema, { ...project, status: 'closed' }, 'status');
  });
});
