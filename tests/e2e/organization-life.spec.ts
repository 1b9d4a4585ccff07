import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, navigate } from '../support/pages';
import { readCalendar, wallClock } from '../support/ical';
import { SITES, siteUrl } from '../support/sites';

// Organization life away from home: events with calendar files, service guides that cite the
// policies they rest on, the station finder, and home-town projects linked from stories.

const site = SITES.sample;
// Every .ics beside the events but the two feeds (all events; the organization's recurring duties).
const FEEDS = ['calendar.ics', 'duties.ics'];
const eventSlugs = readdirSync(join(site.dir, 'events')).filter((f) => f.endsWith('.ics') && !FEEDS.includes(f));

test('the home page leads to the next events, the service guides and the finder @wide', async ({ page }) => {
  await page.goto(PAGE_TYPES.home);
  const events = page.getByRole('region', { name: '近期组织生活' });
  await expect(events.getByRole('article').first()).toBeVisible();
  await events.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/events\/[^/]+\/$/);
  await page.goto(PAGE_TYPES.home);
  await page.getByRole('link', { name: '查办事指南' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('办事指南');
  await page.goto(PAGE_TYPES.home);
  await page.getByRole('link', { name: '找附近的组织' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('找组织');
  await navigate(page, '组织生活');
  await expect(page.getByRole('heading', { level: 2, name: '即将开始' })).toBeVisible();
});

test.describe('events', () => {
  test('every calendar file parses and gives the instants the event page states @desktop', async ({
    page,
    request,
  }) => {
    expect(eventSlugs.length).toBeGreaterThan(0);
    const feed = await request.get(siteUrl('sample', '/events/calendar.ics'));
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const all = readCalendar(await feed.text()).events;
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    for (const file of eventSlugs) {
      const slug = file.replace(/\.ics$/, '');
      const [event, ...rest] = readCalendar(readFileSync(join(site.dir, 'events', file), 'utf8')).events;
      expect(rest).toEqual([]);
      // The UID is the slug: stable across builds and edits, so a changed time updates the entry.
      expect(event!.uid).toBe(`${slug}@example.org`);
      expect(all.find((e) => e.uid === event!.uid)?.start).toEqual(event!.start);
      await page.goto(`/events/${slug}/`);
      const time = page.locator('dd time').first();
      expect(await time.getAttribute('datetime')).toBe(event!.start.toISOString());
      expect(event!.url).toBe(`https://example.org/events/${slug}/`);
      const cancelled = await page.getByText('本次活动已取消').count();
      expect(event!.status).toBe(cancelled ? 'CANCELLED' : 'CONFIRMED');
    }
  });

  test('a reader in Germany sees the event in Beijing time and in their own @desktop', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(siteUrl('sample', PAGE_TYPES.event));
    const start = new Date((await page.locator('dd time').first().getAttribute('datetime'))!);
    await expect(page.locator('dd time').first()).toContainText(`${wallClock(start, 'Asia/Shanghai').slice(11)}`);
    await expect(page.locator('dd time').first()).toContainText('中国标准时间');
    const own = page.locator('app-local-time');
    await expect(own).toContainText('Europe/Berlin');
    await expect(own).toContainText(wallClock(start, 'Europe/Berlin').slice(11));
    await context.close();
  });

  test('a reader in China sees one time only @desktop', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(siteUrl('sample', PAGE_TYPES.event));
    await expect(page.locator('dd time').first()).toBeVisible();
    await expect(page.locator('app-local-time')).toHaveText('');
    await context.close();
  });

  test('an upcoming event says how to join and offers its calendar file', async ({ page }) => {
    await page.goto(PAGE_TYPES.event);
    await expect(page.getByRole('link', { name: '进入会议或直播' })).toHaveAttribute('href', /^https:\/\//);
    const add = page.getByRole('link', { name: '加入手机日历（.ics）' });
    await expect(add).toHaveAttribute('download', /\.ics$/);
    const [download] = await Promise.all([page.waitForEvent('download'), add.click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(readCalendar(text).events).toHaveLength(1);
  });
});

test.describe('service guides', () => {
  test('a guide links the policies it rests on, and each policy lists the guide', async ({ page }) => {
    await page.goto(PAGE_TYPES.service);
    await expect(page.getByRole('heading', { level: 2, name: '办理步骤' })).toBeVisible();
    const basis = page.getByRole('region', { name: '政策依据' });
    const policyLink = basis.getByRole('link').first();
    const policyTitle = (await policyLink.textContent())!.trim();
    const guideTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await policyLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(policyTitle);
    const guides = page.getByRole('region', { name: '依据本文件的办事指南' });
    await guides.getByRole('link', { name: guideTitle }).click();
    await expect(page).toHaveURL(new RegExp(`${PAGE_TYPES.service}$`));
  });

  test('phone numbers are tap-to-call links', async ({ page }) => {
    await page.goto(PAGE_TYPES.service);
    await expect(page.locator('a[href^="tel:"]').first()).toHaveAttribute('href', /^tel:\+?\d+$/);
  });

  test('the guides are grouped by category', async ({ page }) => {
    await page.goto(PAGE_TYPES.serviceList);
    await expect(page.getByRole('heading', { level: 2, name: '工资报酬' })).toBeVisible();
    const section = page.getByRole('region', { name: '工资报酬' });
    await expect(section.getByRole('link', { name: '被拖欠工资怎么办' })).toBeVisible();
  });
});

test.describe('home-town projects', () => {
  test('a story links the project its member took part in, and the project links back', async ({ page }) => {
    await page.goto('/stories/qingshan-chaye-hezuoshe/');
    const related = page.getByRole('region', { name: '相关回乡服务项目' });
    await related.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/hometown\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 2, name: '需要什么' })).toBeVisible();
    await page.getByRole('region', { name: '参与这个项目的党员' }).getByRole('link', { name: /林姐/ }).click();
    await expect(page).toHaveURL(/\/stories\/qingshan-chaye-hezuoshe\/$/);
  });

  test('the stories list leads to the projects', async ({ page }) => {
    await page.goto(PAGE_TYPES.storyList);
    await page.getByRole('link', { name: '家乡需要你：回乡服务' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('回乡服务');
    await expect(page.getByRole('article').first()).toBeVisible();
  });
});

test('a past event offers its recording, a cancelled one says so and offers no way to join', async ({ page }) => {
  await page.goto(PAGE_TYPES.pastEvent);
  await expect(page.getByText('已结束', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '活动回放' }).getByRole('link', { name: '观看回放' })).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
  await expect(page.getByRole('link', { name: '进入会议或直播' })).toHaveCount(0);
  await page.goto(PAGE_TYPES.cancelledEvent);
  await expect(page.getByText('本次活动已取消')).toBeVisible();
  await expect(page.getByRole('link', { name: '进入会议或直播' })).toHaveCount(0);
  await page.goto(PAGE_TYPES.eventList);
  const past = page.getByRole('region', { name: '往期活动' });
  await expect(past.getByRole('link', { name: /东莞|讨薪|欠薪|维权/ }).first()).toBeVisible();
});
