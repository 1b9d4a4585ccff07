import { formatDate } from '../../lib/dates';
import { formatRange, isTimeZone, parseLocalTime, zonedInstant, zoneName } from '../../lib/event-time';
import { readingMinutes } from '../../lib/reading-time';
import { STRINGS, s } from './strings';

/**
 * What each CMS preview shows, worked out from the entry being edited the way the site's views
 * (src/views/*.astro) work it out from a published entry: the same labels, dates and times. Kept
 * apart from the rendering (previews.ts) so that it can be tested without Decap. The data is
 * the editor's draft, so any field may be missing, empty or half typed: nothing here throws.
 */

export type Data = Record<string, unknown>;
/** A label and its value, as the views' <dl> rows show them. */
export type Row = [label: string, value: string];

/** Text of a field; empty when the field is empty or not text. */
export function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/** The non-empty lines of a list field. */
export function lines(v: unknown): string[] {
  return (Array.isArray(v) ? v : []).map(text).filter(Boolean);
}

function objects(v: unknown): Data[] {
  return (Array.isArray(v) ? v : []).filter((item): item is Data => !!item && typeof item === 'object');
}

const object = (v: unknown): Data => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : {});

/** The label the site gives a value (`event.format.video-meeting` → 视频会议); the value itself if it has none. */
export function label(prefix: string, v: unknown): string {
  const key = text(v);
  if (!key) return '';
  return STRINGS[`${prefix}.${key}`] ?? key;
}

/** A calendar date as the site writes it (2026年11月20日), from a Date or YYYY-MM-DD; '' when there is none. */
export function calendarDate(v: unknown): string {
  const date = v instanceof Date ? v : /^\d{4}-\d{2}-\d{2}/.test(text(v)) ? new Date(text(v).slice(0, 10)) : undefined;
  return date && !Number.isNaN(date.getTime()) ? formatDate(date) : '';
}

/** Rows with a value. */
const filled = (rows: Row[]): Row[] => rows.filter((row) => row[1] !== '');

/** Where a status badge takes its colours (ProjectStatus.astro, StatusBadge.astro). */
const PROJECT_TONE: Record<string, string> = {
  open: 'bg-accent-soft text-fg',
  matched: 'bg-warn-bg text-warn-fg',
  done: 'bg-surface text-muted',
};
const POLICY_TONE: Record<string, string> = {
  'in-force': 'bg-accent-soft text-fg',
  amended: 'bg-warn-bg text-warn-fg',
  repealed: 'bg-surface text-muted line-through decoration-1',
  'not-yet-effective': 'bg-warn-bg text-warn-fg',
};

export interface Badge {
  label: string;
  tone: string;
}

export function projectStatus(v: unknown): Badge | undefined {
  // The schema's default: an entry written without a status is open.
  const status = text(v) || 'open';
  return { label: label('project.status', status), tone: PROJECT_TONE[status] ?? '' };
}

/* Events (EventView.astro) */

export interface EventModel {
  /** The format's label, above the title. */
  eyebrow: string;
  /** 2027年1月9日（星期六） 19:30–21:00（中国标准时间）, or the times as typed while they are not valid yet. */
  when: string;
  /** 已取消 or 已结束, when so. */
  badge: string;
  rows: Row[];
  /** How to join, shown until the event ends (unless cancelled). */
  join: { url: string; rows: Row[]; note: string } | undefined;
  /** The recording section, once the event has ended (unless cancelled). */
  recording: { url: string } | undefined;
  cancelled: boolean;
  /** Slug of the related lesson. */
  lesson: string;
}

export function eventModel(data: Data, now: Date): EventModel {
  const zone = text(data.timeZone) || 'Asia/Shanghai';
  const start = parseLocalTime(text(data.start));
  const end = parseLocalTime(text(data.end));
  let when = [text(data.start), text(data.end)].filter(Boolean).join(' – ');
  let ended = false;
  if (start && end && isTimeZone(zone)) {
    const from = zonedInstant(start, zone);
    const to = zonedInstant(end, zone);
    when = s('event.timeInZone', { range: formatRange(from, to, zone), zone: zoneName(zone, from) });
    ended = to.getTime() <= now.getTime();
  } else if (when) {
    when = s('event.timeInZone', { range: when, zone });
  }
  const cancelled = data.cancelled === true;
  const join = object(data.join);
  return {
    eyebrow: label('event.format', data.format),
    when,
    badge: cancelled ? s('event.cancelled') : ended ? s('event.ended') : '',
    rows: filled([
      [s('event.time'), when],
      [s('event.organizer'), text(data.organizer)],
      [s('event.format'), label('event.format', data.format)],
    ]),
    join:
      ended || cancelled
        ? undefined
        : {
            url: text(join.url),
            rows: filled([
              [s('event.meetingId'), text(join.meetingId)],
              [s('event.password'), text(join.password)],
            ]),
            note: text(join.note),
          },
    recording: ended && !cancelled ? { url: text(data.recording) } : undefined,
    cancelled,
    lesson: text(data.lesson),
  };
}

/* Services (ServiceView.astro) */

export interface ServiceModel {
  eyebrow: string;
  summary: string;
  steps: string[];
  documents: string[];
  places: { name: string; address: string; hours: string }[];
  contacts: { name: string; phone: string; url: string }[];
  /** Slugs of the cited policies. */
  policies: string[];
}

export function serviceModel(data: Data): ServiceModel {
  return {
    eyebrow: label('service.category', data.category),
    summary: text(data.summary),
    steps: lines(data.steps),
    documents: lines(data.documents),
    places: objects(data.places).map((p) => ({ name: text(p.name), address: text(p.address), hours: text(p.hours) })),
    contacts: objects(data.contacts).map((c) => ({ name: text(c.name), phone: text(c.phone), url: text(c.url) })),
    policies: lines(data.policies),
  };
}

/* Stations (a card of StationList.astro) */

export interface StationModel {
  kind: string;
  example: boolean;
  /** The finder's headings the card is listed under. */
  province: string;
  city: string;
  phone: string;
  rows: Row[];
}

export function stationModel(data: Data): StationModel {
  return {
    kind: label('station.kind', data.kind),
    example: data.example === true,
    province: text(data.province),
    city: text(data.city),
    phone: text(data.phone),
    rows: filled([
      [s('station.address'), text(data.address)],
      [s('station.phone'), text(data.phone)],
      [s('station.hours'), text(data.hours)],
      [s('station.contact'), text(data.contact)],
      [s('station.offers'), lines(data.offers).join('、')],
    ]),
  };
}

/* Home-town projects (ProjectView.astro) */

export interface ProjectModel {
  eyebrow: string;
  status: Badge | undefined;
  posted: string;
  place: string;
  contact: { name: string; phone: string; email: string };
  needs: string[];
}

export function projectModel(data: Data): ProjectModel {
  const contact = object(data.contact);
  const date = calendarDate(data.publishDate);
  return {
    eyebrow: text(data.place),
    status: projectStatus(data.status),
    posted: date && s('project.posted', { date }),
    place: text(data.place),
    contact: { name: text(contact.name), phone: text(contact.phone), email: text(contact.email) },
    needs: lines(data.needs),
  };
}

/* Stories (StoryView.astro) */

export interface StoryModel {
  published: string;
  facts: Row[];
  /** Slugs of the linked projects. */
  projects: string[];
  consented: boolean;
}

export function storyModel(data: Data): StoryModel {
  const member = object(data.member);
  const date = calendarDate(data.publishDate);
  return {
    published: date && s('date.published', { date }),
    facts: filled([
      [s('story.member'), text(member.name)],
      [s('story.workplace'), text(member.workplace)],
      [s('story.hometown'), text(member.hometown)],
      [s('story.industry'), text(member.industry)],
    ]),
    projects: lines(data.projects),
    consented: object(data.consent).given === true,
  };
}

/* Policies (PolicyView.astro, PolicyMeta.astro) */

export interface PolicyModel {
  eyebrow: string;
  status: Badge | undefined;
  rows: Row[];
  source: { name: string; url: string } | undefined;
  attachments: string[];
}

export function policyModel(data: Data): PolicyModel {
  const status = text(data.status);
  const source = object(data.source);
  return {
    eyebrow: text(data.docNumber),
    status: status ? { label: label('policy.status', status), tone: POLICY_TONE[status] ?? '' } : undefined,
    rows: filled([
      [s('policy.docNumber'), text(data.docNumber)],
      [s('policy.issuer'), text(data.issuer)],
      [s('policy.issueDate'), calendarDate(data.issueDate)],
      [s('policy.effectiveDate'), calendarDate(data.effectiveDate)],
      [s('policy.status'), label('policy.status', status)],
      [s('policy.category'), label('policy.category', data.category)],
      [s('policy.topics'), lines(data.topics).join('、')],
    ]),
    source: text(source.name) ? { name: text(source.name), url: text(source.url) } : undefined,
    attachments: objects(data.attachments)
      .map((a) => text(a.title))
      .filter(Boolean),
  };
}

/* Courses and lessons (CourseView.astro, LessonView.astro, Quiz.astro) */

/** 3 课 · 适合对象：…; the count once the lessons are known. */
export function courseLine(data: Data, lessonCount: number | undefined): string {
  const audience = text(data.audience);
  return [
    lessonCount === undefined ? '' : s('course.lessonCount', { count: lessonCount }),
    audience && `${s('course.audience')}：${audience}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface LessonModel {
  /** 第 2 课 · 约 4 分钟读完 */
  position: string;
  objectives: string[];
  media: { audio: string; video: string; transcript: string };
  quiz: QuizView[];
}

export function lessonModel(data: Data, body: string): LessonModel {
  const media = object(data.media);
  const order = Number(data.order);
  const minutes = Number.isInteger(data.readingMinutes) ? (data.readingMinutes as number) : readingMinutes(body);
  return {
    position: [
      Number.isInteger(order) && order > 0 ? s('lesson.number', { index: order }) : '',
      s('lesson.readingTime', { minutes }),
    ]
      .filter(Boolean)
      .join(' · '),
    objectives: lines(data.objectives),
    media: { audio: text(media.audio), video: text(media.video), transcript: text(media.transcript) },
    quiz: quizView(data.quiz),
  };
}

/** One self-check question as Quiz.astro lays it out. */
export interface QuizView {
  /** 1. 党章在党内法规体系中处于什么地位？ */
  question: string;
  /** （多选） for a multiple-choice question. */
  hint: string;
  multiple: boolean;
  /** A. 一般性的工作规则…, or 正确 / 错误. */
  choices: { label: string; right: boolean }[];
  /** 答案：B */
  answer: string;
  explanation: string;
}

const letter = (n: number) => String.fromCharCode(64 + n);

export function quizView(v: unknown): QuizView[] {
  return objects(v).map((item, i) => {
    const trueFalse = item.type === 'truefalse';
    const answers = ([] as unknown[]).concat(item.answer ?? []).map(Number);
    const choices = trueFalse
      ? [
          { label: s('lesson.quiz.true'), right: item.answer === true },
          { label: s('lesson.quiz.false'), right: item.answer === false },
        ]
      : lines(item.options).map((option, n) => ({
          label: `${letter(n + 1)}. ${option}`,
          right: answers.includes(n + 1),
        }));
    const answer = trueFalse
      ? typeof item.answer === 'boolean'
        ? s(item.answer ? 'lesson.quiz.true' : 'lesson.quiz.false')
        : ''
      : answers
          .filter((n) => Number.isInteger(n) && n > 0)
          .map(letter)
          .join('、');
    return {
      question: `${i + 1}. ${text(item.question)}`,
      hint: item.type === 'multiple' ? s('lesson.quiz.multipleHint') : '',
      multiple: item.type === 'multiple',
      choices,
      answer: answer && s('lesson.quizAnswerLabel', { answer }),
      explanation: text(item.explanation),
    };
  });
}
