import { COLLECTION_NAMES, CONTENT_TYPES, type CollectionName, type ContentType } from '../collections.ts';

/** Site-relative path of an entry's page (the listing's, with an anchor, for types without pages). */
export function entryPath(name: CollectionName, slug: string): string {
  const type: ContentType = CONTENT_TYPES[name] as ContentType;
  return type.path ? type.path(slug) : `${type.listing}#${slug}`;
}

/** The content types with a printable handout for branch meetings (src/views/HandoutView.astro). */
export const HANDOUT_COLLECTIONS = ['lessons', 'courses', 'policies'] as const satisfies readonly CollectionName[];
export type HandoutCollection = (typeof HANDOUT_COLLECTIONS)[number];

/** Site-relative path of an entry's handout: beside its page, so that no slug can take it. */
export const handoutPath = (name: HandoutCollection, slug: string): string => `${entryPath(name, slug)}print/`;

/**
 * Site-relative path of one part of a policy too long for one page (src/lib/policy-parts.ts):
 * beside the policy's contents page, named by the division it opens with (part-3).
 */
export const policyPartPath = (slug: string, part: string): string => `${entryPath('policies', slug)}${part}/`;

/** Site-relative path of a content type's listing page. */
export const listingPath = (name: CollectionName): string => CONTENT_TYPES[name].listing;

/** Site-relative paths of the pages that are not one content type's, in one place so links and routes agree. */
export const paths = {
  home: () => '/',
  eventCalendar: (slug: string) => `/events/${slug}.ics`,
  calendar: () => '/events/calendar.ics',
  /** The organization's recurring days (主题党日, study, 党费), beside the events' feed. */
  dutyCalendar: () => '/events/duties.ics',
  /** The lessons' recordings as a podcast (RSS 2.0), beside the Atom feeds, and its cover. */
  podcast: () => '/feeds/podcast.xml',
  podcastCover: () => '/icons/podcast-cover.png',
  /**
   * The share card (PNG) of the page at `pagePath`: /lessons/x/ → /cards/lessons/x.png. Under
   * its own segment, so that no card name can clash with a page.
   */
  shareCard: (pagePath: string) => {
    if (!/^\/.+\/$/.test(pagePath)) throw new Error(`share card: "${pagePath}" is not a page's path (/…/)`);
    return `/cards${pagePath.slice(0, -1)}.png`;
  },
} as const;

/** Top-level path segments taken by routes and the site's files; a page slug must not use them. */
export const RESERVED_SEGMENTS = [
  ...new Set([
    ...COLLECTION_NAMES.flatMap((name) => [
      firstSegment(CONTENT_TYPES[name].listing),
      firstSegment(entryPath(name, ':slug')),
    ]),
    ...['page', 'admin', 'search', 'me', 'offline', 'feeds', 'uploads', 'pagefind', '_astro', '404', 'cards'],
  ]),
  // Pages live at /<slug>/ and the home page at /: neither takes a segment.
].filter((segment) => segment !== '' && segment !== ':slug');

/**
 * Slugs an entry of a collection may not have because a page of the site has that address:
 * a page's /<slug>/ would hide a section, an event's /events/<slug>.ics the calendar feed.
 */
export function reservedSlugs(name: CollectionName): readonly string[] {
  if (name === 'pages') return RESERVED_SEGMENTS;
  if (name === 'events')
    return [paths.calendar(), paths.dutyCalendar()].map((path) =>
      path
        .split('/')
        .at(-1)!
        .replace(/\.ics$/, ''),
    );
  return [];
}

function firstSegment(path: string): string {
  return path.split('/')[1] ?? '';
}

/** The third-party notices, written by src/integrations/third-party-notices.ts and linked from the footer. */
export const THIRD_PARTY_NOTICES = 'third-party-notices.txt';

/**
 * Prefixes a site-relative path with the deployment base, e.g. '/policies/' under base
 * '/portal/' becomes '/portal/policies/'. Absolute URLs and fragments pass through.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^(?:[a-z]+:|#)/i.test(path)) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Path of page `page` (1-based) of a listing whose first page is `root`. */
export function listingPagePath(root: string, page: number): string {
  return page <= 1 ? root : `${root}page/${page}/`;
}
