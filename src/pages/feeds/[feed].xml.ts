import type { APIRoute, GetStaticPaths } from 'astro';
import { CONTENT_TYPES, FEED_NAMES, type ContentType } from '../../collections';
import { atomFeed } from '../../lib/feeds';
import { t, type StringKey } from '../../lib/i18n';
import { entryPath, listingPath, withBase } from '../../lib/paths';
import { loadSite } from '../../lib/site-data';
import { SITE } from '../../site.config';

// Atom feeds of what is published (drafts and future entries are left out by loadSite), one
// for each content type whose registry entry has a feed.
export const getStaticPaths = (() => FEED_NAMES.map((feed) => ({ params: { feed } }))) satisfies GetStaticPaths;

const absolute = (path: string) => new URL(withBase(path), SITE.url).href;

export const GET: APIRoute = async ({ params }) => {
  const name = params.feed as (typeof FEED_NAMES)[number];
  const type = CONTENT_TYPES[name] as ContentType;
  const entries = (await loadSite()).entries[name] as { id: string; data: { title: string; summary: string } }[];
  const xml = atomFeed({
    title: `${SITE.title} · ${t(`feed.${name}` as StringKey)}`,
    subtitle: t(`feed.${name}.subtitle` as StringKey),
    self: absolute(`/feeds/${name}.xml`),
    home: absolute(type.feed?.home ?? listingPath(name)),
    author: SITE.organization,
    entries: entries.map((entry) => ({
      title: entry.data.title,
      url: absolute(entryPath(name, entry.id)),
      updated: type.feed?.date(entry.data as never) ?? new Date(0),
      summary: entry.data.summary,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
