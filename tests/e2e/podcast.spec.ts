import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SITES } from '../support/sites';

// Lessons' recordings as a podcast, and the lesson player that remembers the speed and the place.

const RECORDING = join(import.meta.dirname, '../../public/uploads/audio/lesson-01.mp3');
// The sample recording is 662 MPEG-2 layer III frames of 576 samples at 16 kHz: 23.832 s.
const SECONDS = 24;

interface Item {
  title: string;
  link: string;
  enclosure: { '@url': string; '@length': string; '@type': string };
  'itunes:duration': number;
}

const readFeed = (dir: string) => {
  const xml = readFileSync(join(dir, 'feeds/podcast.xml'), 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).rss;
};

test('the podcast feed is RSS 2.0 with each recorded lesson, its file, size and length, linked from every page, and the player loads only where there is audio @desktop', async ({
  request,
}) => {
  const rss = readFeed(SITES.sample.dir);
  expect(rss['@version']).toBe('2.0');
  const { channel } = rss;
  expect(channel.language).toBe('zh-cn');
  expect(channel['atom:link']['@href']).toBe('https://example.org/feeds/podcast.xml');
  // The cover podcast apps require: a square PNG of at least 1400 pixels, on this site.
  const cover = new URL(channel['itunes:image']['@href']);
  expect(cover.origin).toBe('https://example.org');
  const png = readFileSync(join(SITES.sample.dir, cover.pathname));
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1400, 1400]);
  expect(channel['itunes:owner']['itunes:email']).toMatch(/@/);
  expect(channel['podcast:guid']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  const items: Item[] = [channel.item].flat();
  // Every lesson page with a player is in the feed, and nothing else.
  const withAudio = readdirSync(join(SITES.sample.dir, 'lessons')).filter((slug) =>
    readFileSync(join(SITES.sample.dir, 'lessons', slug, 'index.html'), 'utf8').includes('<app-lesson-audio'),
  );
  expect(withAudio.length).toBeGreaterThan(0);
  expect(items.map((item) => new URL(item.link).pathname).sort()).toEqual(
    withAudio.map((s) => `/lessons/${s}/`).sort(),
  );
  const lesson = items.find((item) => item.link === 'https://example.org/lessons/constitution-overview/')!;
  expect(lesson.enclosure).toEqual({
    '@url': 'https://example.org/uploads/audio/lesson-01.mp3',
    '@length': String(statSync(RECORDING).size),
    '@type': 'audio/mpeg',
  });
  expect(lesson['itunes:duration']).toBe(SECONDS);
  // Under a sub-path, the addresses carry it.
  const portal = [readFeed(SITES.portal.dir).channel.item].flat() as Item[];
  expect(portal.map((item) => item.enclosure['@url'])).toContain(
    'https://example.org/portal/uploads/audio/lesson-01.mp3',
  );

  // The file goes out with its type and size, and in parts, so that players can seek.
  const whole = await request.get('uploads/audio/lesson-01.mp3');
  expect(whole.headers()['content-type']).toBe('audio/mpeg');
  expect(whole.headers()['content-length']).toBe(String(statSync(RECORDING).size));
  const part = await request.get('uploads/audio/lesson-01.mp3', { headers: { range: 'bytes=1000-1999' } });
  expect(part.status()).toBe(206);
  expect((await part.body()).equals(readFileSync(RECORDING).subarray(1000, 2000))).toBe(true);

  // Every page names the feed; only pages with a player load its script.
  const scripts = new Map<string, string>();
  const scriptText = (src: string) =>
    scripts.get(src) ?? scripts.set(src, readFileSync(join(SITES.sample.dir, src), 'utf8')).get(src)!;
  let pages = 0;
  for (const file of readdirSync(SITES.sample.dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith('admin')) continue;
    const html = readFileSync(join(SITES.sample.dir, file), 'utf8');
    if (!html.includes('<main')) continue;
    pages += 1;
    expect(html, file).toMatch(
      /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/feeds\/podcast\.xml">/,
    );
    const player = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].some((m) =>
      scriptText(m[1]!).includes('app-lesson-audio'),
    );
    expect(player, file).toBe(html.includes('<app-lesson-audio'));
  }
  expect(pages).toBeGreaterThan(50);
});

test('the lesson player says the size before downloading, keeps the speed and resumes where the member stopped', async ({
  page,
}) => {
  const downloads: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.mp3')) downloads.push(request.url());
  });
  await page.goto('lessons/constitution-overview/');
  const player = page.locator('app-lesson-audio');
  await expect(player).toContainText(`时长 ${SECONDS} 秒，文件 93 KB。点播放后才开始下载。`);
  const speeds = player.getByRole('group', { name: '播放速度' });
  const fast = speeds.getByRole('button', { name: '1.5×' });
  await expect(speeds.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'true');
  await fast.click();
  await expect(fast).toHaveAttribute('aria-pressed', 'true');
  await expect(speeds.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'false');
  expect(downloads).toEqual([]);

  const audio = player.locator('audio');
  const play = (element: Locator, seekTo?: number) =>
    element.evaluate(async (a: HTMLAudioElement, to) => {
      await a.play();
      if (to !== undefined) {
        a.currentTime = to;
        await new Promise((done) => a.addEventListener('seeked', done, { once: true }));
      }
      const heard = { time: a.currentTime, rate: a.playbackRate };
      a.pause();
      return heard;
    }, seekTo);
  expect((await play(audio, 15)).rate).toBe(1.5);
  expect(downloads.length).toBeGreaterThan(0);

  await page.reload();
  await expect(player.getByRole('status').first()).toHaveText('上次听到 0:15，点播放接着听。');
  await expect(fast).toHaveAttribute('aria-pressed', 'true');
  // A tap on the page first, as a member's would be: browsers play sound after one.
  await fast.click();
  const resumed = await play(audio);
  expect(resumed.time).toBeGreaterThanOrEqual(15);
  expect(resumed.time).toBeLessThan(18);
  expect(resumed.rate).toBe(1.5);
});
