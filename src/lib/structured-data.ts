import type {
  Article,
  Course,
  Event,
  HowTo,
  LearningResource,
  LegalForceStatus,
  Legislation,
  Organization,
  Thing,
  WithContext,
} from 'schema-dts';
import { isoDate } from './dates.ts';

/**
 * schema.org descriptions (JSON-LD) of detail pages, for search engines and link previews.
 * Typed with schema-dts, so a misspelt property or a value of the wrong type fails `tsc`;
 * Base.astro writes them into the page.
 */
export type JsonLd = WithContext<Thing>;

const organization = (name: string): Organization => ({ '@type': 'Organization', name });

const LEGAL_FORCE: Record<string, LegalForceStatus | undefined> = {
  'in-force': 'https://schema.org/InForce',
  repealed: 'https://schema.org/NotInForce',
  'not-yet-effective': 'https://schema.org/NotInForce',
  amended: 'https://schema.org/PartiallyInForce',
};

export function policyLd(p: {
  url: string;
  title: string;
  summary: string;
  docNumber?: string | undefined;
  issuer: string;
  issueDate?: Date | undefined;
  status: string;
}): WithContext<Legislation> {
  const legalForce = LEGAL_FORCE[p.status];
  // Optional facts are left out rather than written as null.
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: p.title,
    description: p.summary,
    url: p.url,
    inLanguage: 'zh-CN',
    ...(p.docNumber !== undefined && { legislationIdentifier: p.docNumber }),
    ...(p.issueDate !== undefined && { legislationDate: isoDate(p.issueDate) }),
    legislationPassedBy: organization(p.issuer),
    ...(legalForce !== undefined && { legislationLegalForce: legalForce }),
  };
}

export function lessonLd(p: {
  url: string;
  title: string;
  summary: string;
  course: { title: string; url: string };
}): WithContext<LearningResource> {
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: p.title,
    description: p.summary,
    url: p.url,
    inLanguage: 'zh-CN',
    learningResourceType: 'lesson',
    isPartOf: { '@type': 'Course', name: p.course.title, url: p.course.url },
  };
}

export function courseLd(p: { url: string; title: string; summary: string; provider: string }): WithContext<Course> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: p.title,
    description: p.summary,
    url: p.url,
    inLanguage: 'zh-CN',
    provider: organization(p.provider),
  };
}

export function storyLd(p: {
  url: string;
  title: string;
  summary: string;
  published: Date;
  publisher: string;
}): WithContext<Article> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: p.title,
    description: p.summary,
    url: p.url,
    inLanguage: 'zh-CN',
    datePublished: isoDate(p.published),
    publisher: organization(p.publisher),
  };
}

export function eventLd(p: {
  url: string;
  title: string;
  summary: string;
  start: Date;
  end: Date;
  organizer: string;
  joinUrl?: string | undefined;
  cancelled: boolean;
}): WithContext<Event> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: p.title,
    description: p.summary,
    url: p.url,
    inLanguage: 'zh-CN',
    startDate: p.start.toISOString(),
    endDate: p.end.toISOString(),
    eventStatus: p.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: p.joinUrl ?? p.url },
    organizer: organization(p.organizer),
  };
}

export function serviceLd(p: { url: string; title: string; summary: string; steps: string[] }): WithContext<HowTo> {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: p.title,
    description: p.summary,
    url: p.url,
    inLanguage: 'zh-CN',
    step: p.steps.map((text, i) => ({ '@type': 'HowToStep', position: i + 1, text })),
  };
}
