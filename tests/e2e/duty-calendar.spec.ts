import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../support/pages';
import { alarms, occurrences, readCalendar } from '../support/ical';
import { siteUrl } from '../support/sites';

// The duty calendar: a member ticks the duties that apply on 我的学习 and saves an .ics made on
// the phone; the organization's own recurring days are a calendar to subscribe to beside the
// events' feed.

const HEADING = '把组织生活日加到手机日历';

test('a member ticks duties and saves a calendar made on the phone, with no request @phone', async ({ page }) => {
  await page.goto(PAGE_TYPES.me);
  const section = page.getByRole('region', { name: HEADING });
  const box = (name: RegExp) => section.getByRole('checkbox', { name });
  // Preselected by the page; the ones for members abroad and on arrival are the member's to tick.
  await expect(box(/^每月主题党日/)).toBeChecked();
  await expect(box(/^每月交纳党费/)).toBeChecked();
  await expect(box(/^每六个月与党组织联系一次/)).not.toBeChecked();
  await box(/^每六个月与党组织联系一次/).check();
  await box(/^到达后30天内向当地党组织报到/).check();
  await section.getByLabel('从哪天算起（外出或到达的日期）').fill('2026-11-29');

  // The page's own scripts have all arrived (on a busy machine some still are after the ticks):
  // from here on, making the calendar must ask the network for nothing.
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!/^(blob|data):/.test(request.url())) requests.push(request.url());
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: '生成日历文件' }).click(),
  ]);
  await expect(section.getByRole('status')).toHaveText(/共 4 项/);
  expect(requests).toEqual([]);
  expect(download.suggestedFilename()).toBe('party-duties.ics');

  const text = readFileSync((await download.path())!, 'utf8');
  const { calendar, events } = readCalendar(text);
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('我的组织生活日程');
  expect(events.map((e) => e.uid).sort()).toEqual([
    'duty-abroadContact@example.org',
    'duty-dues@example.org',
    'duty-partyDay@example.org',
    'duty-reportIn@example.org',
  ]);
  // The first Friday of each month at 19:30 Beijing time (11:30 UTC), from the day chosen.
  expect(occurrences(text, 'duty-partyDay@example.org', 6)).toEqual([
    '2026-12-04T11:30:00.000Z',
    '2027-01-01T11:30:00.000Z',
    '2027-02-05T11:30:00.000Z',
    '2027-03-05T11:30:00.000Z',
    '2027-04-02T11:30:00.000Z',
    '2027-05-07T11:30:00.000Z',
  ]);
  expect(occurrences(text, 'duty-dues@example.org', 3)).toEqual(['2026-12-05', '2027-01-05', '2027-02-05']);
  expect(occurrences(text, 'duty-abroadContact@example.org', 3)).toEqual(['2027-05-29', '2027-11-29', '2028-05-29']);
  expect(occurrences(text, 'duty-reportIn@example.org', 3)).toEqual(['2026-12-29']);
  expect(alarms(text, 'duty-partyDay@example.org').map((a) => [a.action, a.trigger])).toEqual([
    ['DISPLAY', -86_400],
    ['DISPLAY', -3600],
  ]);
  expect(events.find((e) => e.uid === 'duty-partyDay@example.org')!.summary).toBe('主题党日');

  // Nothing ticked: it says so instead of saving an empty calendar.
  for (const checkbox of await section.getByRole('checkbox').all()) await checkbox.uncheck();
  await section.getByRole('button', { name: '生成日历文件' }).click();
  await expect(section.getByRole('status')).toHaveText('请至少选择一项。');
});

test('without JavaScript the section offers the organization’s calendar to subscribe to @phone', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('sample', PAGE_TYPES.me));
  const section = page.getByRole('region', { name: HEADING });
  await expect(section.getByRole('link', { name: '订阅组织生活日日历' })).toHaveAttribute('href', '/events/duties.ics');
  await expect(section.getByRole('checkbox')).toHaveCount(0);
  await context.close();
});

test('the events page offers the organization’s recurring days beside the events feed @phone', async ({
  page,
  request,
}) => {
  await page.goto(PAGE_TYPES.eventList);
  await expect(page.getByRole('link', { name: '订阅全部活动日历' })).toBeVisible();
  const link = page.getByRole('link', { name: '订阅组织生活日日历' });
  await expect(page.getByText('https://example.org/events/duties.ics')).toBeVisible();
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const text = await response.text();
  expect(readCalendar(text).events.map((e) => e.summary)).toEqual(['主题党日', '集中学习', '交纳党费']);
  // From the month the schedule took effect (2026-01): first Fridays, third Sundays 09:00, the 5th.
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
  expect(alarms(text, 'organization-duty-dues@example.org').map((a) => a.trigger)).toEqual([9 * 3600]);
});

test('an outcome page ticks the duties its answer asks for: abroad, every six months @phone', async ({ page }) => {
  // 出国（境）: more than six months, reported before leaving.
  await page.goto('/answers/going-abroad/long/yes/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('每六个月和党组织联系一次');
  const section = page.getByRole('region', { name: HEADING });
  await expect(section.getByRole('checkbox', { name: /^每六个月与党组织联系一次/ })).toBeChecked();
  await expect(section.getByRole('checkbox', { name: /^每月主题党日/ })).not.toBeChecked();
  await section.getByLabel('从哪天算起（外出或到达的日期）').fill('2027-03-01');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: '生成日历文件' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(readCalendar(text).events.map((e) => e.uid)).toEqual(['duty-abroadContact@example.org']);
  expect(occurrences(text, 'duty-abroadContact@example.org', 3)).toEqual(['2027-09-01', '2028-03-01', '2028-09-01']);
});
