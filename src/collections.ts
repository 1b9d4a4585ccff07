import type { z } from 'astro/zod';
import { lessonOrder, localTime, text, timeZoneSelect, upload, uploadOrAddress } from './cms/widgets';
import type { FieldOverrides } from './cms/fields';
import { answerSchema } from './schemas/answers';
import { stepPath } from './lib/answer-tree';
import { courseSchema } from './schemas/courses';
import { eventSchema } from './schemas/events';
import { lessonSchema } from './schemas/lessons';
import { pageSchema } from './schemas/pages';
import { policySchema } from './schemas/policies';
import { projectSchema } from './schemas/projects';
import { serviceSchema } from './schemas/services';
import { stationSchema } from './schemas/stations';
import { storySchema } from './schemas/stories';
import type { StringKey } from './lib/i18n';

/**
 * The registry of content types: for each, its folder, schema, where its pages live, how
 * editors work on it in the CMS, its feed, and how search names it. The content config, the
 * site data, the paths, the feeds and the CMS config all read this one list, so a new type is
 * its schema, its entry here and its view (README: "Adding a content type").
 */
export interface ContentType<S extends z.ZodObject = z.ZodObject> {
  /** Zod schema of the frontmatter (src/schemas/<name>.ts). */
  schema: S;
  /** What editors write: Markdown, or MDX for bodies that use the site's components. */
  extension: 'md' | 'mdx';
  /**
   * Whether pages read the entry's Markdown source (entry.body): a lesson's reading time and its
   * handout's boxes do. Other types' sources are not kept in Astro's content store, where they
   * would sit beside the rendered HTML for the whole build (at 10,000 laws, 170 MB of text).
   */
  readsBody?: true;
  /** Site-relative path of one entry's page; absent when entries have no page of their own. */
  path?: (slug: string) => string;
  /** Site-relative path of the listing page. */
  listing: string;
  /**
   * The view in src/views/ that renders one entry's page, with props { entry, site }; the
   * route src/pages/[...entry].astro builds a page at `path` for every published entry.
   */
  view?: `${string}View`;
  /**
   * Fields that name entries of another collection (by slug), e.g. { course: 'courses' }: the
   * CMS offers them as relations, and the content health report and the CMS's warnings before a
   * delete or a rename follow them. A dotted path names a field of a list's items
   * (outcomes.policies).
   */
  references?: Record<string, string>;
  /** How search results name the type (search.type.* in the strings file). */
  searchType?: StringKey;
  /** An Atom feed at /feeds/<name>.xml: the listing it follows and each entry's date in it. */
  feed?: { home?: string; date: (data: z.infer<S>) => Date | undefined };
  cms: {
    /** Body editing modes: raw Markdown only where rich text would damage it. */
    bodyModes: ('raw' | 'rich_text')[];
    /** Widgets the schema cannot express (relations, uploads, multi-line text), by field path. */
    overrides: FieldOverrides;
  };
}

/** Keeps each entry's own schema type, so `feed.date` sees its fields. */
const type = <S extends z.ZodObject>(definition: ContentType<S>) => definition;

export const CONTENT_TYPES = {
  policies: type({
    schema: policySchema,
    extension: 'md',
    path: (slug) => `/policies/${slug}/`,
    view: 'PolicyView',
    listing: '/policies/',
    references: { supersedes: 'policies', amends: 'policies', interprets: 'policies' },
    searchType: 'search.type.policy',
    feed: { date: (data) => data.publishDate ?? data.issueDate },
    cms: {
      // Articles are numbered paragraphs: the rich-text editor would renumber or escape them.
      bodyModes: ['raw'],
      overrides: {
        summary: text,
        'attachments.file': upload(),
        imported: { exclude: 'written by npm run import, which updates the entry only while it is unedited' },
      },
    },
  }),
  courses: type({
    schema: courseSchema,
    extension: 'md',
    path: (slug) => `/courses/${slug}/`,
    view: 'CourseView',
    listing: '/courses/',
    searchType: 'search.type.course',
    cms: { bodyModes: ['raw', 'rich_text'], overrides: { summary: text } },
  }),
  lessons: type({
    schema: lessonSchema,
    // Lessons use the site's components (<KeyPoints>, <Question>).
    extension: 'mdx',
    readsBody: true,
    path: (slug) => `/lessons/${slug}/`,
    view: 'LessonView',
    listing: '/courses/',
    references: { course: 'courses' },
    searchType: 'search.type.course',
    feed: { home: '/courses/', date: (data) => data.publishDate },
    cms: {
      // The rich-text editor would escape the components' tags.
      bodyModes: ['raw'],
      overrides: {
        summary: text,
        order: lessonOrder,
        'media.audio': upload(),
        'media.video': upload(),
        'media.transcript': text,
      },
    },
  }),
  stories: type({
    schema: storySchema,
    extension: 'md',
    path: (slug) => `/stories/${slug}/`,
    view: 'StoryView',
    listing: '/stories/',
    references: { projects: 'projects' },
    searchType: 'search.type.story',
    feed: { date: (data) => data.publishDate },
    cms: { bodyModes: ['raw', 'rich_text'], overrides: { summary: text } },
  }),
  pages: type({
    schema: pageSchema,
    extension: 'md',
    path: (slug) => `/${slug}/`,
    view: 'PageView',
    listing: '/',
    references: { answers: 'answers' },
    searchType: 'search.type.page',
    cms: { bodyModes: ['raw', 'rich_text'], overrides: { summary: text } },
  }),
  events: type({
    schema: eventSchema,
    extension: 'md',
    path: (slug) => `/events/${slug}/`,
    view: 'EventView',
    listing: '/events/',
    references: { lesson: 'lessons' },
    searchType: 'search.type.event',
    // An event enters the feed when it is announced, not when it takes place.
    feed: { date: (data) => data.publishDate },
    cms: {
      bodyModes: ['raw', 'rich_text'],
      overrides: {
        summary: text,
        start: localTime,
        end: localTime,
        timeZone: timeZoneSelect(),
        'join.note': text,
        recording: uploadOrAddress(),
      },
    },
  }),
  services: type({
    schema: serviceSchema,
    extension: 'md',
    path: (slug) => `/services/${slug}/`,
    view: 'ServiceView',
    listing: '/services/',
    references: { policies: 'policies' },
    searchType: 'search.type.service',
    cms: {
      bodyModes: ['raw', 'rich_text'],
      overrides: { summary: text, 'steps.item': text },
    },
  }),
  stations: type({
    schema: stationSchema,
    extension: 'md',
    // The finder is the stations' page; each card has an anchor there.
    listing: '/stations/',
    cms: { bodyModes: ['raw'], overrides: {} },
  }),
  projects: type({
    schema: projectSchema,
    extension: 'md',
    path: (slug) => `/hometown/${slug}/`,
    view: 'ProjectView',
    listing: '/hometown/',
    searchType: 'search.type.project',
    cms: { bodyModes: ['raw', 'rich_text'], overrides: { summary: text } },
  }),
  answers: type({
    schema: answerSchema,
    extension: 'md',
    // The first question; every other question and outcome lives below it, at the path of the
    // answers that lead there (src/pages/answers/[...step].astro builds them all).
    path: (slug) => stepPath(slug, []),
    listing: '/answers/',
    references: { 'outcomes.policies': 'policies', 'outcomes.services': 'services' },
    searchType: 'search.type.answer',
    cms: {
      bodyModes: ['raw', 'rich_text'],
      overrides: { summary: text, 'outcomes.summary': text, 'outcomes.steps.item': text },
    },
  }),
};

export type ContentTypes = typeof CONTENT_TYPES;
export type CollectionName = keyof ContentTypes;

/** The names in registry order (the order the CMS lists them). */
export const COLLECTION_NAMES = Object.keys(CONTENT_TYPES) as CollectionName[];

/** Every reference field of the registry: which collection's field names which collection. */
export const REFERENCE_FIELDS = COLLECTION_NAMES.flatMap((from) =>
  Object.entries((CONTENT_TYPES[from] as ContentType).references ?? {}).map(([field, to]) => ({
    from,
    field,
    to: to as CollectionName,
  })),
);

/** The types with an Atom feed. */
export const FEED_NAMES = COLLECTION_NAMES.filter((name) => CONTENT_TYPES[name].feed !== undefined);
