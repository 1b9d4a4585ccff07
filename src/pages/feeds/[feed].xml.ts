import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed, type FeedEntry } from '../../lib/feeds';
import { loadSite } from '../../lib/site-data';
import { t } from '../../lib/i18n';
import { paths, withBase } from '../../lib/paths';
import { SITE } from '../../site.config';

// Atom feeds of what is published (drafts and future entries are left out by loadSite).
const FEEDS = ['policies', 'lessons', 'stories', 'events'] as const;
type FeedName = (typeof FEEDS)[number];

export const getStaticPaths = (() => FEEDS.map((feed) => ({ params: { feed } }))) satisfies GetStaticPaths;

const absolute = (path: string) => new URL(withBase(path), SITE.url).href;

export const GET: APIRoute = async ({ params }) => {
  const feed = params.feed as FeedName;
  const site = await loadSite();
  const entries: Record<FeedName, () => FeedEntry[]> = {
    policies: () =>
      site.policies.map((policy) => ({
        title: policy.data.title,
        url: absolute(paths.policy(policy.id)),
        updated: policy.data.publishDate ?? policy.data.issueDate ?? new Date(0),
        summary: policy.data.summary,
      })),
    lessons: () =>
      site.lessons.map((lesson) => ({
        title: lesson.data.title,
        url: absolute(paths.lesson(lesson.id)),
        updated: lesson.data.publishDate ?? new Date(0),
        summary: lesson.data.summary,
      })),
    stories: () =>
      site.stories.map((story) => ({
        title: story.data.title,
        url: absolute(paths.story(story.id)),
        updated: story.data.publishDate,
        summary: story.data.summary,
      })),
    // An event enters the feed when it is announced, not when it takes place.
    events: () =>
      [...site.upcomingEvents, ...site.pastEvents].map((event) => ({
        title: event.data.title,
        url: absolute(paths.event(event.id)),
        updated: event.data.publishDate,
        summary: event.data.summary,
      })),
  };
  const home = {
    policies: paths.policies(),
    lessons: paths.courses(),
    stories: paths.stories(),
    events: paths.events(),
  }[feed];
  const xml = atomFeed({
    title: `${SITE.title} · ${t(`feed.${feed}`)}`,
    subtitle: t(`feed.${feed}.subtitle`),
    self: absolute(`/feeds/${feed}.xml`),
    home: absolute(home),
    author: SITE.organization,
    entries: entries[feed](),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
