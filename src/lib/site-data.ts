import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './dates';
import { buildDate, isPublished } from './publishing';
import { readingMinutes } from './reading-time';
import { findReferenceErrors, policyLinks, versionGroups, type PolicyLinks } from './references';

export type Policy = CollectionEntry<'policies'>;
export type Course = CollectionEntry<'courses'>;
export type Lesson = CollectionEntry<'lessons'>;
export type Story = CollectionEntry<'stories'>;
export type Page = CollectionEntry<'pages'>;

export interface SiteData {
  /** Newest first by issue date. */
  policies: Policy[];
  /** Newest first by publish date, then by title. */
  courses: Course[];
  /** Lessons of each course in course order. */
  lessonsByCourse: Map<string, Lesson[]>;
  lessons: Lesson[];
  /** Newest first. */
  stories: Story[];
  /** In footer order, then by slug. */
  pages: Page[];
  relations: Map<string, PolicyLinks>;
  /** Other versions of a policy (amended or superseded ones and their successors). */
  versions: Map<string, string[]>;
  /** Published policies by slug. */
  policyById: Map<string, Policy>;
  now: Date;
}

let cached: Promise<SiteData> | undefined;

/**
 * All published content of this build, checked and indexed. Every route reads content through
 * here, so drafts, future entries and broken references are handled in exactly one place.
 */
export function loadSite(): Promise<SiteData> {
  // Dev re-reads on every request so edits show up; a build computes it once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const now = buildDate();
  const production = !import.meta.env.SHOW_UNPUBLISHED;
  const [allPolicies, allCourses, allLessons, allStories, allPages] = await Promise.all([
    getCollection('policies'),
    getCollection('courses'),
    getCollection('lessons'),
    getCollection('stories'),
    getCollection('pages'),
  ]);
  const live = <T extends { data: { draft: boolean; publishDate?: Date | undefined } }>(entries: T[]) =>
    entries.filter((entry) => isPublished(entry.data, now, production));

  const policies = newestFirst(
    live(allPolicies),
    (p) => p.data.issueDate,
    (p) => p.id,
  );
  const courses = newestFirst(
    live(allCourses),
    (c) => c.data.publishDate ?? new Date(0),
    (c) => c.id,
  );
  const lessons = live(allLessons);
  const stories = newestFirst(
    live(allStories),
    (s) => s.data.publishDate,
    (s) => s.id,
  );
  const pages = live(allPages).sort(
    (a, b) => (a.data.navOrder ?? Infinity) - (b.data.navOrder ?? Infinity) || a.id.localeCompare(b.id),
  );

  const errors = findReferenceErrors({
    policies,
    courses,
    lessons,
    pages,
    allIds: { policies: new Set(allPolicies.map((p) => p.id)), courses: new Set(allCourses.map((c) => c.id)) },
  });
  if (errors.length > 0) {
    throw new Error(`Invalid content references:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }

  const lessonsByCourse = new Map<string, Lesson[]>(courses.map((c) => [c.id, []]));
  for (const lesson of lessons) lessonsByCourse.get(lesson.data.course)?.push(lesson);
  for (const list of lessonsByCourse.values()) list.sort((a, b) => a.data.order - b.data.order);

  return {
    policies,
    courses,
    lessons,
    lessonsByCourse,
    stories,
    pages,
    relations: policyLinks(policies),
    versions: versionGroups(policies),
    policyById: new Map(policies.map((p) => [p.id, p])),
    now,
  };
}

/** Reading time of a lesson: the editor's figure, else computed from the text. */
export function lessonMinutes(lesson: Lesson): number {
  return lesson.data.readingMinutes ?? readingMinutes(lesson.body ?? '');
}
