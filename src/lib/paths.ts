/** Site-relative paths of every page type, in one place so links and routes agree. */
export const paths = {
  home: () => '/',
  policies: () => '/policies/',
  policy: (slug: string) => `/policies/${slug}/`,
  courses: () => '/courses/',
  course: (slug: string) => `/courses/${slug}/`,
  lesson: (slug: string) => `/lessons/${slug}/`,
  stories: () => '/stories/',
  story: (slug: string) => `/stories/${slug}/`,
  page: (slug: string) => `/${slug}/`,
  events: () => '/events/',
  event: (slug: string) => `/events/${slug}/`,
  eventCalendar: (slug: string) => `/events/${slug}.ics`,
  calendar: () => '/events/calendar.ics',
  services: () => '/services/',
  service: (slug: string) => `/services/${slug}/`,
  stations: () => '/stations/',
  projects: () => '/hometown/',
  project: (slug: string) => `/hometown/${slug}/`,
} as const;

/** Top-level path segments taken by routes; a page slug must not use them. */
export const RESERVED_SEGMENTS = [
  'policies',
  'courses',
  'lessons',
  'stories',
  'events',
  'services',
  'stations',
  'hometown',
  'page',
  'admin',
  'search',
  'me',
  'offline',
  'feeds',
  'uploads',
  'pagefind',
  '_astro',
  '404',
];

/**
 * Prefixes a site-relative path with the deployment base, e.g. '/policies/' under base
 * '/portal/' becomes '/portal/policies/'. Absolute URLs and fragments pass through.
 */
/** The third-party notices, written by src/integrations/third-party-notices.ts and linked from the footer. */
export const THIRD_PARTY_NOTICES = 'third-party-notices.txt';

export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^(?:[a-z]+:|#)/i.test(path)) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Path of page `page` (1-based) of a listing whose first page is `root`. */
export function listingPagePath(root: string, page: number): string {
  return page <= 1 ? root : `${root}page/${page}/`;
}
