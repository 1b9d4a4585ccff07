import { createHash } from 'node:crypto';
import { escapeXml } from './feeds.ts';

/**
 * The lessons' recordings as a podcast: an RSS 2.0 feed with enclosures and the tags podcast
 * apps read (Apple's itunes: namespace, which every app follows, and the podcast: namespace's
 * guid). Built from plain data, so that it is tested without a build.
 */

export interface PodcastEpisode {
  title: string;
  /** Absolute address of the lesson's page; also the episode's guid. */
  url: string;
  /** What the episode is about, as plain text. */
  description: string;
  /** When it was published; an episode without a date is listed last. */
  published: Date | undefined;
  /** The recording: absolute address, size in bytes, playing time in seconds, MIME type. */
  audio: { url: string; bytes: number; seconds: number; type: string };
  /** The lesson's place in its course. */
  number?: number | undefined;
}

export interface Podcast {
  title: string;
  description: string;
  /** Absolute address of the feed itself. */
  self: string;
  /** Absolute address of the web page the podcast belongs to. */
  home: string;
  /** Absolute address of the cover: a square PNG or JPEG of 1400 to 3000 pixels (Apple's rule). */
  image: string;
  /** Who publishes it, and the address podcast directories may write to. */
  author: string;
  email: string;
  /** Apple's category (https://podcasters.apple.com/support/1691-apple-podcasts-categories). */
  category: string;
  copyright: string;
  episodes: PodcastEpisode[];
}

/** RSS dates are RFC 822 dates; toUTCString writes exactly that form ("Fri, 20 Nov 2026 00:00:00 GMT"). */
const rfc822 = (date: Date) => date.toUTCString();

/**
 * The feed's podcast:guid: a UUIDv5 of its address without the scheme and trailing slashes, in
 * the podcast namespace's own namespace, so that every app derives the same one from the address.
 */
export function podcastGuid(feedUrl: string): string {
  const namespace = Buffer.from('ead4c236bf5858c6a2c6a6b28d128cb6', 'hex');
  const name = feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Newest first, undated last, then by title: the same order on every build. */
function ordered(episodes: PodcastEpisode[]): PodcastEpisode[] {
  const time = (e: PodcastEpisode) => e.published?.getTime() ?? -Infinity;
  return [...episodes].sort((a, b) => time(b) - time(a) || a.title.localeCompare(b.title, 'zh-CN'));
}

/**
 * The RSS 2.0 feed. Its own dates are its newest episode's, so that a rebuild of the same
 * content writes the same bytes; itunes:duration is whole seconds.
 */
export function podcastFeed(podcast: Podcast): string {
  const x = escapeXml;
  const episodes = ordered(podcast.episodes);
  const newest = episodes.find((e) => e.published)?.published;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${x(podcast.title)}</title>`,
    `    <link>${x(podcast.home)}</link>`,
    `    <description>${x(podcast.description)}</description>`,
    '    <language>zh-cn</language>',
    `    <copyright>${x(podcast.copyright)}</copyright>`,
    ...(newest
      ? [`    <pubDate>${rfc822(newest)}</pubDate>`, `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>`]
      : []),
    `    <atom:link href="${x(podcast.self)}" rel="self" type="application/rss+xml"/>`,
    '    <image>',
    `      <url>${x(podcast.image)}</url>`,
    `      <title>${x(podcast.title)}</title>`,
    `      <link>${x(podcast.home)}</link>`,
    '    </image>',
    `    <itunes:image href="${x(podcast.image)}"/>`,
    `    <itunes:author>${x(podcast.author)}</itunes:author>`,
    '    <itunes:owner>',
    `      <itunes:name>${x(podcast.author)}</itunes:name>`,
    `      <itunes:email>${x(podcast.email)}</itunes:email>`,
    '    </itunes:owner>',
    `    <itunes:category text="${x(podcast.category)}"/>`,
    '    <itunes:explicit>false</itunes:explicit>',
    '    <itunes:type>episodic</itunes:type>',
    `    <podcast:guid>${podcastGuid(podcast.self)}</podcast:guid>`,
    ...episodes.flatMap((episode) => [
      '    <item>',
      `      <title>${x(episode.title)}</title>`,
      `      <link>${x(episode.url)}</link>`,
      `      <guid isPermaLink="true">${x(episode.url)}</guid>`,
      `      <description>${x(episode.description)}</description>`,
      ...(episode.published ? [`      <pubDate>${rfc822(episode.published)}</pubDate>`] : []),
      `      <enclosure url="${x(episode.audio.url)}" length="${episode.audio.bytes}" type="${x(episode.audio.type)}"/>`,
      `      <itunes:duration>${Math.round(episode.audio.seconds)}</itunes:duration>`,
      ...(episode.number ? [`      <itunes:episode>${episode.number}</itunes:episode>`] : []),
      '      <itunes:episodeType>full</itunes:episodeType>',
      '      <itunes:explicit>false</itunes:explicit>',
      '    </item>',
    ]),
    '  </channel>',
    '</rss>',
    '',
  ];
  return lines.join('\n');
}
