/** Atom feeds (RFC 4287), built from plain data so they can be tested without a build. */

export interface FeedEntry {
  title: string;
  /** Absolute address of the entry's page; also its id. */
  url: string;
  /** When the entry was published (or last changed). */
  updated: Date;
  summary: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute address of the feed itself. */
  self: string;
  /** Absolute address of the page the feed follows (the listing). */
  home: string;
  author: string;
  entries: FeedEntry[];
}

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters, even escaped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** Text for XML content and attribute values (the podcast feed, src/lib/podcast.ts, uses it too). */
export { escape as escapeXml };

/** Newest first; the feed's own date is its newest entry's, so a rebuild does not change it. */
export function atomFeed(feed: Feed, limit = 50): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime()).slice(0, limit);
  const updated = (entries[0]?.updated ?? new Date(0)).toISOString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escape(feed.self)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <subtitle>${escape(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.home)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escape(feed.author)}</name></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escape(entry.url)}</id>`,
      `    <title>${escape(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(entry.url)}"/>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <summary>${escape(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

/** A sitemap (sitemaps.org 0.9) of absolute addresses, sorted so that builds are identical. */
export function sitemap(urls: string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...new Set(urls)].sort().map((url) => `  <url><loc>${escape(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
