import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { podcastFeed, podcastGuid, type PodcastEpisode } from '../../../src/lib/podcast';

const episode = (title: string, day: string | undefined, seconds = 23.832): PodcastEpisode => ({
  title,
  url: `https://example.org/lessons/${title}/`,
  description: `${title}：要点 <b>&</b>`,
  published: day ? new Date(`${day}T00:00:00Z`) : undefined,
  audio: { url: `https://example.org/uploads/audio/${title}.mp3`, bytes: 95328, seconds, type: 'audio/mpeg' },
  number: 2,
});

const podcast = {
  title: '流动党员学习园地 · 课程音频',
  description: '课程的音频',
  self: 'https://example.org/feeds/podcast.xml',
  home: 'https://example.org/courses/',
  image: 'https://example.org/icons/podcast-cover.png',
  author: '组织部',
  email: 'ldfw@example.org',
  category: 'Education',
  copyright: '© 组织部',
};

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);

describe('podcastFeed', () => {
  const xml = podcastFeed({
    ...podcast,
    episodes: [episode('old', '2026-01-02'), episode('undated', undefined), episode('new', '2026-03-04', 1805.4)],
  });

  test('is well-formed RSS 2.0 with the podcast tags on the channel', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parse(xml);
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.language).toBe('zh-cn');
    expect(channel['atom:link']).toMatchObject({
      '@href': podcast.self,
      '@rel': 'self',
      '@type': 'application/rss+xml',
    });
    expect(channel['itunes:image']['@href']).toBe(podcast.image);
    expect(channel.image.url).toBe(podcast.image);
    expect(channel['itunes:owner']).toEqual({ 'itunes:name': '组织部', 'itunes:email': 'ldfw@example.org' });
    expect(channel['itunes:category']['@text']).toBe('Education');
    expect(xml).toContain('<itunes:explicit>false</itunes:explicit>');
    expect(channel['podcast:guid']).toBe(podcastGuid(podcast.self));
    // The newest episode's date, so that a rebuild writes the same feed.
    expect(channel.lastBuildDate).toBe('Wed, 04 Mar 2026 00:00:00 GMT');
  });

  test('lists the episodes newest first, undated last, each with its enclosure and whole-second duration', () => {
    const items = parse(xml).rss.channel.item;
    expect(items.map((i: { title: string }) => i.title)).toEqual(['new', 'old', 'undated']);
    expect(items[0].enclosure).toEqual({
      '@url': 'https://example.org/uploads/audio/new.mp3',
      '@length': '95328',
      '@type': 'audio/mpeg',
    });
    expect(items[0]['itunes:duration']).toBe(1805);
    expect(items[1]['itunes:duration']).toBe(24);
    expect(items[0].pubDate).toBe('Wed, 04 Mar 2026 00:00:00 GMT');
    expect(items[2].pubDate).toBeUndefined();
    expect(items[0].guid).toEqual({ '#text': 'https://example.org/lessons/new/', '@isPermaLink': 'true' });
    expect(items[0].description).toBe('new：要点 <b>&</b>');
    expect(items[0]['itunes:episode']).toBe(2);
  });

  test('writes a channel with no episodes and no dates when no lesson has a recording', () => {
    const empty = podcastFeed({ ...podcast, episodes: [] });
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).not.toContain('<item>');
    expect(empty).not.toContain('pubDate');
  });
});

describe('podcastGuid', () => {
  test("matches the podcast namespace's examples, with or without scheme and trailing slashes", () => {
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
    expect(podcastGuid('podnews.net/rss////')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
    expect(podcastGuid('https://podnews.net/rss/')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
  });
});
