import { isoDate } from './dates.ts';

/**
 * schema.org descriptions (JSON-LD) of detail pages, for search engines and link previews.
 * Plain objects; Base.astro writes them into the page.
 */
type Thing = Record<string, unknown>;

const organization = (name: string) => ({ '@type': 'Organization', name });
const defined = (thing: Thing): Thing => JSON.parse(JSON.stringify(thing)) as Thing;

const LEGAL_FORCE: Record<string, string | undefined> = {
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
}): Thing {
  return defined({
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: p.title,
    description: p.summary,
    url: p.url,
    inLanguage: 'zh-CN',
    legislationIdentifier: p.docNumber,
    legislationDate: p.issueDate && isoDate(p.issueDate),
    legislationPassedBy: organization(p.issuer),
    legislationLegalForce: LEGAL_FORCE[p.status],
  });
}

export function lessonLd(p: {
  url: string;
  title: string;
  summary: string;
  course: { title: string; url: string };
}): Thing {
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

export function courseLd(p: { url: string; title: string; summary: string; provider: string }): Thing {
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

export function storyLd(p: { url: string; title: string; summary: string; published: Date; publisher: string }): Thing {
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
}): Thing {
  return defined({
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
  });
}

export function serviceLd(p: { url: string; title: string; summary: string; steps: string[] }): Thing {
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
