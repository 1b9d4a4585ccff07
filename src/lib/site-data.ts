import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import { reservedSlugs } from './paths.ts';
import { newestFirst } from './dates.ts';
import { eventInstants } from './event-time.ts';
import { buildDate, isPublished } from './publishing.ts';
import { readingMinutes } from './reading-time.ts';
import { readLessonAudio, type LessonAudio } from './lesson-audio.ts';
import {
  checkReferences,
  policyLinks,
  problemMessage,
  versionGroups,
  type Link,
  type PolicyLinks,
  type Problem,
} from './references.ts';
import { SERVICE_CATEGORIES } from '../schemas/services.ts';
import { treeReferences } from './answer-tree.ts';
import { loadLibrary } from './library-data.ts';
import type { AnswerTree } from '../schemas/answers.ts';
import type { Course } from '../schemas/courses.ts';
import type { EventEntry } from '../schemas/events.ts';
import type { Lesson } from '../schemas/lessons.ts';
import type { Page } from '../schemas/pages.ts';
import type { Policy } from '../schemas/policies.ts';
import type { Project } from '../schemas/projects.ts';
import type { Service } from '../schemas/services.ts';
import type { Station } from '../schemas/stations.ts';
import type { Story } from '../schemas/stories.ts';

/** An event with the instants its local times stand for. */
export type SiteEvent = EventEntry & { start: Date; end: Date };

/** Published entries of every content type, in each type's order (the typed lists below are the same entries). */
export type Entries = { [K in CollectionName]: CollectionEntry<K>[] };

export interface SiteData {
  entries: Entries;
  /** Newest first by issue date. */
  policies: Policy[];
  /** Newest first by publish date, then by title. */
  courses: Course[];
  /** Lessons of each course in course order. */
  lessonsByCourse: Map<string, Lesson[]>;
  lessons: Lesson[];
  /** The recording of each lesson that has one, read from public/ (size and playing time), by slug. */
  lessonAudio: Map<string, LessonAudio>;
  /** Newest first. */
  stories: Story[];
  /** In footer order, then by slug. */
  pages: Page[];
  /** Events not yet over at build time, soonest first. */
  upcomingEvents: SiteEvent[];
  /** Events over at build time, most recent first. */
  pastEvents: SiteEvent[];
  /** Guides in category order, then by title. */
  services: Service[];
  /** Guides that cite each policy, by policy slug. */
  servicesByPolicy: Map<string, Service[]>;
  /** By province, city and title. */
  stations: Station[];
  /** Newest first. */
  projects: Project[];
  /** Guided answers by their order, then title. */
  answers: AnswerTree[];
  /** Published service guides by slug. */
  serviceById: Map<string, Service>;
  /** Stories of members who took part in each project, by project slug. */
  storiesByProject: Map<string, Story[]>;
  relations: Map<string, PolicyLinks>;
  /** Other versions of a policy (amended or superseded ones and their successors). */
  versions: Map<string, string[]>;
  /** Published policies by slug. */
  policyById: Map<string, Policy>;
  /** What edits elsewhere broke (references to missing entries, clashes), for the health report. */
  problems: Problem[];
  now: Date;
}

let cached: Promise<SiteData> | undefined;

/**
 * All published content of this build, checked and indexed. Every route reads content through
 * here, so drafts, future entries and broken references are handled in exactly one place.
 */
export function loadSite(): Promise<SiteData> {
  // Dev re-reads on every request so edits show up; a build computes it once.
  if (import.meta.env.DEV_SERVER) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const now = buildDate();
  const production = !import.meta.env.SHOW_UNPUBLISHED;
  const all = Object.fromEntries(
    await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await getCollection(name)] as const)),
  ) as unknown as Entries;
  const {
    policies: allPolicies,
    courses: allCourses,
    lessons: allLessons,
    stories: allStories,
    pages: allPages,
    events: allEvents,
    services: allServices,
    stations: allStations,
    projects: allProjects,
    answers: allAnswers,
  } = all;
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
  const liveLessons = live(allLessons);
  const stories = newestFirst(
    live(allStories),
    (s) => s.data.publishDate,
    (s) => s.id,
  );
  const livePages = live(allPages).sort(
    (a, b) => (a.data.navOrder ?? Infinity) - (b.data.navOrder ?? Infinity) || a.id.localeCompare(b.id),
  );

  const liveEvents = live(allEvents).map((entry): SiteEvent => ({ ...entry, ...eventInstants(entry.data) }));
  const services = live(allServices).sort(
    (a, b) =>
      SERVICE_CATEGORIES.indexOf(a.data.category) - SERVICE_CATEGORIES.indexOf(b.data.category) ||
      a.data.title.localeCompare(b.data.title, 'zh-CN') ||
      a.id.localeCompare(b.id),
  );
  const stations = live(allStations).sort(
    (a, b) =>
      a.data.province.localeCompare(b.data.province, 'zh-CN') ||
      a.data.city.localeCompare(b.data.city, 'zh-CN') ||
      a.data.title.localeCompare(b.data.title, 'zh-CN') ||
      a.id.localeCompare(b.id),
  );
  const projects = newestFirst(
    live(allProjects),
    (p) => p.data.publishDate,
    (p) => p.id,
  );

  const answers = live(allAnswers).sort(
    (a, b) =>
      a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN') || a.id.localeCompare(b.id),
  );

  const ids = (entries: { id: string }[]) => new Set(entries.map((e) => e.id));
  const linkTo = (kind: string, published: { id: string }[], all: { id: string }[]) => {
    const [publishedIds, allIds] = [ids(published), ids(all)];
    return (from: Link['from'], field: string, targets: string[]): Link => ({
      from,
      field,
      kind,
      targets,
      published: publishedIds,
      all: allIds,
    });
  };
  const toLesson = linkTo('lesson', liveLessons, allLessons);
  // A law the portal does not hold is cited from its law library, when it has one.
  const library = loadLibrary();
  const libraryPolicies = new Set(library?.bySlug.keys());
  const toPolicy = linkTo('policy', [...policies, ...[...libraryPolicies].map((id) => ({ id }))], allPolicies);
  const toProject = linkTo('project', projects, allProjects);
  const toService = linkTo('service', services, allServices);
  const toAnswer = linkTo('answer', answers, allAnswers);
  const { errors, problems, withheld } = checkReferences({
    policies,
    courses,
    lessons: liveLessons,
    pages: livePages,
    allIds: { policies: ids(allPolicies), courses: ids(allCourses) },
    libraryPolicies,
    links: [
      ...liveEvents.map((e) => toLesson(e, 'lesson', e.data.lesson ? [e.data.lesson] : [])),
      ...services.map((s) => toPolicy(s, 'policies', s.data.policies)),
      ...stories.map((s) => toProject(s, 'projects', s.data.projects)),
      ...livePages.map((p) => toAnswer(p, 'answers', p.data.answers)),
      // Each outcome's own field, so that the log and the health report say which outcome.
      ...answers.flatMap((a) =>
        treeReferences(a.data).map(({ field, to, targets }) =>
          (to === 'policies' ? toPolicy : toService)(a, field, targets),
        ),
      ),
    ],
  });
  // /events/calendar.ics and /events/duties.ics are feeds; an event with either slug would collide with one.
  const calendar = liveEvents.find((e) => reservedSlugs('events').includes(e.id));
  if (calendar)
    problems.push({
      file: calendar.filePath ?? calendar.id,
      field: 'slug',
      kind: 'reserved-slug',
      value: calendar.id,
      effect: 'entry-withheld',
    });
  if (errors.length > 0) throw new Error(`Invalid content:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  // Dev reloads on every request; a build says it once.
  if (!import.meta.env.DEV_SERVER) for (const problem of problems) console.warn(`[content] ${problemMessage(problem)}`);
  const lessons = liveLessons.filter((l) => !withheld.lessons.has(l.id));
  // A recording that is missing or not an MP3 fails the build, every such lesson named at once.
  const lessonAudio = new Map<string, LessonAudio>();
  const audioErrors: string[] = [];
  for (const lesson of lessons) {
    const path = lesson.data.media?.audio;
    if (!path) continue;
    try {
      lessonAudio.set(lesson.id, readLessonAudio(lesson.filePath ?? lesson.id, path));
    } catch (error) {
      audioErrors.push((error as Error).message);
    }
  }
  if (audioErrors.length > 0) throw new Error(`Invalid content:\n${audioErrors.map((e) => `  - ${e}`).join('\n')}`);
  const pages = livePages.filter((p) => !withheld.pages.has(p.id));
  const events = liveEvents.filter((e) => e !== calendar);
  const upcomingEvents = events
    .filter((e) => e.end.getTime() > now.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  const pastEvents = events
    .filter((e) => e.end.getTime() <= now.getTime())
    .sort((a, b) => b.start.getTime() - a.start.getTime() || a.id.localeCompare(b.id));

  const lessonsByCourse = new Map<string, Lesson[]>(courses.map((c) => [c.id, []]));
  for (const lesson of lessons) lessonsByCourse.get(lesson.data.course)?.push(lesson);
  // Two lessons at one position (reported as a problem) keep a stable order, by slug.
  for (const list of lessonsByCourse.values())
    list.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

  const servicesByPolicy = new Map<string, Service[]>();
  for (const service of services)
    for (const policy of service.data.policies)
      servicesByPolicy.set(policy, [...(servicesByPolicy.get(policy) ?? []), service]);
  const storiesByProject = new Map<string, Story[]>();
  for (const story of stories)
    for (const project of story.data.projects)
      storiesByProject.set(project, [...(storiesByProject.get(project) ?? []), story]);

  const ordered: Partial<Entries> = {
    policies,
    courses,
    lessons,
    stories,
    pages,
    events,
    services,
    stations,
    projects,
    answers,
  };
  // A type without an order of its own here lists newest first (the registry's other types).
  const entries = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      ordered[name] ??
        newestFirst(
          live(all[name] as { id: string; data: { draft: boolean; publishDate?: Date | undefined } }[]),
          (e) => e.data.publishDate ?? new Date(0),
          (e) => e.id,
        ),
    ]),
  ) as Entries;

  return {
    entries,
    policies,
    courses,
    lessons,
    lessonsByCourse,
    lessonAudio,
    stories,
    pages,
    upcomingEvents,
    pastEvents,
    services,
    servicesByPolicy,
    stations,
    projects,
    storiesByProject,
    answers,
    serviceById: new Map(services.map((s) => [s.id, s])),
    relations: policyLinks(policies),
    versions: versionGroups(policies),
    policyById: new Map(policies.map((p) => [p.id, p])),
    problems,
    now,
  };
}

/** Reading time of a lesson: the editor's figure, else computed from the text. */
export function lessonMinutes(lesson: Lesson): number {
  return lesson.data.readingMinutes ?? readingMinutes(lesson.body ?? '');
}
