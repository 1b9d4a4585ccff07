import { h, value, type Immutable, type PreviewProps, type ReactNode } from './decap';
import { splitMdxBody, type BodyPart } from './mdx-body';
import {
  courseLine,
  eventModel,
  lessonModel,
  policyModel,
  projectModel,
  projectStatus,
  serviceModel,
  stationModel,
  storyModel,
  text,
  type Badge,
  type Data,
  type QuizView,
  type Row,
} from './preview-model';
import { linkedEntries, linkedEntry, type Linked } from './linked';
import { s } from './strings';

/**
 * Previews of entries laid out as the site's pages (src/views/*.astro) with the site's classes
 * and strings; the preview frame loads the site's own CSS (/admin/preview.css). What each shows
 * is worked out in preview-model.ts.
 */

/** Decap's Markdown previews sit in a <div> of their own: the site's spacing between blocks, inside it too. */
export const PREVIEW_CSS = '@layer components{:where(.app-cms-markdown>div)>*+*{margin-top:1em}}';

const ROW_LIST = 'grid grid-cols-[auto_1fr] gap-x-4 gap-y-1';

function rowList(rows: Row[], className: string): ReactNode {
  if (rows.length === 0) return null;
  return h(
    'dl',
    { className: `${ROW_LIST} ${className}` },
    rows.flatMap(([label, v]) => [
      h('dt', { key: `${label}-t`, className: 'text-muted' }, label),
      h('dd', { key: `${label}-d` }, v),
    ]),
  );
}

const badge = (b: Badge | undefined) =>
  b?.label ? h('span', { className: `app-badge border border-line ${b.tone}` }, b.label) : null;

interface Page {
  /** The listing pages above this one, as the breadcrumbs name them. */
  trail: ReactNode[];
  eyebrow?: string;
  title: string;
  meta?: ReactNode[];
  /** Before the text and outside its prose styles (Document.astro's lead slot). */
  lead?: ReactNode[];
  body: ReactNode[];
  after?: ReactNode[];
}

/** Document.astro: breadcrumbs, header, the text, what follows it. */
function documentPage({ trail, eyebrow, title, meta = [], lead = [], body, after = [] }: Page): ReactNode {
  return frame(
    h(
      'nav',
      { className: 'mb-2 text-sm', 'aria-label': s('site.breadcrumbs') },
      h(
        'ol',
        { className: 'flex flex-wrap items-center gap-x-2' },
        [s('nav.home'), ...trail].map((crumb, i) =>
          h(
            'li',
            { key: i, className: 'flex items-center gap-x-2' },
            i > 0 ? h('span', { 'aria-hidden': 'true' }, '›') : null,
            h('span', { className: 'app-tap text-accent' }, crumb),
          ),
        ),
      ),
    ),
    h(
      'article',
      { className: 'mx-auto w-full max-w-text' },
      h(
        'header',
        { className: 'mb-6' },
        eyebrow ? h('p', { className: 'text-muted' }, eyebrow) : null,
        h('h1', { className: 'text-2xl sm:text-3xl' }, title),
        ...meta,
      ),
      ...lead,
      h('div', { className: 'app-prose' }, ...body),
      ...after,
    ),
  );
}

/** Base.astro's <main>, under the note that this is a preview. */
function frame(...children: ReactNode[]): ReactNode {
  return h(
    'main',
    { className: 'mx-auto w-full max-w-page px-4 py-6 sm:px-6' },
    h('p', { className: 'mb-4 rounded bg-warn-bg px-3 py-2 text-sm text-warn-fg' }, s('cms.preview.example')),
    ...children,
  );
}

const title = (data: Data) => text(data.title);

/** The Markdown body as Decap renders it, or `body` in its place (a part of an MDX body). */
function markdown(props: PreviewProps, body?: string, key: string | number = 'body'): ReactNode {
  const values = body === undefined ? undefined : (props.entry.get('data') as Immutable).set('body', body);
  return h('div', { key, className: 'app-cms-markdown' }, props.widgetFor('body', undefined, values));
}

/** An MDX body: Markdown, with <KeyPoints> and <Question> drawn as KeyPoints.astro and Question.astro do. */
function mdxBody(props: PreviewProps, parts: BodyPart[]): ReactNode[] {
  return parts.map((part, i) => {
    if (part.kind === 'markdown') return markdown(props, part.text, i);
    const keyPoints = part.component === 'KeyPoints';
    const heading = part.title ?? s(keyPoints ? 'lesson.keyPoints' : 'lesson.question');
    return h(
      'div',
      {
        key: i,
        role: 'note',
        'aria-label': heading,
        className: keyPoints
          ? 'app-keypoints my-6 rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-3'
          : 'my-6 rounded-lg border border-dashed border-accent px-4 py-3',
      },
      h('p', { className: keyPoints ? 'font-bold text-accent' : 'font-bold' }, heading),
      h('div', { className: 'app-prose mt-1' }, ...mdxBody(props, part.parts)),
    );
  });
}

/**
 * A linked entry's title, or the site's "unavailable" text when it is gone or not published
 * (the slug, for a link the site cannot do without, which the build refuses instead).
 */
function linkedTitle(found: Linked | null | undefined, slug: string, kind?: 'policy' | 'lesson' | 'project') {
  if (found === undefined) return h('span', { className: 'text-muted' }, slug);
  if (found === null || !found.published)
    return h('span', { className: 'text-muted' }, kind ? s(`reference.unavailable.${kind}`) : slug);
  return h('span', { className: 'app-tap text-accent underline' }, title(found.data));
}

function PolicyPreview(props: PreviewProps): ReactNode {
  const data = value(props.entry, []) as Data;
  const m = policyModel(data);
  return documentPage({
    trail: [s('policy.listTitle')],
    eyebrow: m.eyebrow,
    title: title(data),
    meta: [
      m.status ? h('p', { key: 'status', className: 'mt-3 flex flex-wrap gap-2' }, badge(m.status)) : null,
      h(
        'section',
        {
          key: 'meta',
          className: 'mt-4 rounded-lg border border-line bg-surface p-4',
          'aria-label': s('policy.metadata'),
        },
        rowList(
          [
            ...m.rows,
            ...(m.source ? [[s('policy.source'), m.source.name] as Row] : []),
            ...(m.attachments.length ? [[s('policy.attachments'), m.attachments.join('、')] as Row] : []),
          ],
          'text-base',
        ),
      ),
    ],
    body: [markdown(props)],
  });
}

function CoursePreview(props: PreviewProps): ReactNode {
  const data = value(props.entry, []) as Data;
  const slug = text(data.slug) || text(props.entry.get('slug'));
  return linkedEntries(props, 'lessons', (lessons) => {
    const own = (lessons ?? [])
      .filter((lesson) => lesson.published && text(lesson.data.course) === slug)
      .sort((a, b) => Number(a.data.order) - Number(b.data.order));
    return documentPage({
      trail: [s('course.listTitle')],
      title: title(data),
      meta: [
        h('p', { key: 'line', className: 'mt-2 text-muted' }, courseLine(data, lessons ? own.length : undefined)),
        h('p', { key: 'summary', className: 'mt-3' }, text(data.summary)),
      ],
      body: [markdown(props)],
      after: [
        h(
          'section',
          { key: 'lessons', className: 'mt-10' },
          h('h2', { className: 'text-xl' }, s('course.lessons')),
          h(
            'ol',
            { className: 'mt-4 grid gap-3' },
            own.map((lesson, i) =>
              h(
                'li',
                { key: lesson.slug, className: 'app-card' },
                h(
                  'span',
                  { className: 'app-tap text-lg font-bold text-accent' },
                  h('span', { className: 'mr-2' }, s('lesson.number', { index: i + 1 })),
                  title(lesson.data),
                ),
                h('p', { className: 'text-base text-muted' }, text(lesson.data.summary)),
              ),
            ),
          ),
        ),
      ],
    });
  });
}

function QuizPreview({ items }: { items: QuizView[] }): ReactNode {
  if (items.length === 0) return null;
  return h(
    'section',
    { className: 'mt-10 border-t border-line pt-6', 'aria-label': s('lesson.quiz') },
    h('h2', { className: 'text-xl' }, s('lesson.quiz')),
    h(
      'ol',
      { className: 'mt-4 grid gap-6' },
      items.map((item, i) =>
        h(
          'li',
          { key: i, className: 'app-card' },
          h(
            'fieldset',
            null,
            h(
              'legend',
              { className: 'font-bold' },
              item.question,
              item.hint ? h('span', { className: 'font-normal text-muted' }, item.hint) : null,
            ),
            h(
              'ol',
              { className: 'mt-2 grid gap-1' },
              item.choices.map((choice, n) =>
                h(
                  'li',
                  { key: n },
                  h(
                    'label',
                    { className: 'app-tap gap-3' },
                    h('input', {
                      type: item.multiple ? 'checkbox' : 'radio',
                      name: `quiz-${i + 1}`,
                      className: 'size-6 shrink-0',
                      // Ticked where the answer is: the editor sees which options count as right.
                      defaultChecked: choice.right,
                      disabled: true,
                    }),
                    h('span', null, choice.label),
                  ),
                ),
              ),
            ),
          ),
          // Open, unlike the page's: the editor checks the answer against the options.
          h(
            'details',
            { className: 'mt-3', open: true },
            h('summary', { className: 'app-tap cursor-pointer text-accent' }, s('lesson.quizAnswer')),
            h('p', { className: 'font-bold' }, item.answer),
            h('p', null, item.explanation),
          ),
        ),
      ),
    ),
  );
}

function LessonPreview(props: PreviewProps): ReactNode {
  const data = value(props.entry, []) as Data;
  const body = text(data.body);
  const m = lessonModel(data, body);
  const courseSlug = text(data.course);
  const media = (kind: 'audio' | 'video', path: string) =>
    path
      ? h(
          'figure',
          { key: kind, className: 'mt-4' },
          h('figcaption', { className: 'text-muted' }, s(`lesson.${kind}`)),
          h(kind, { controls: true, preload: 'none', src: String(props.getAsset(path)), className: 'w-full' }),
          kind === 'audio' && m.media.transcript
            ? h(
                'details',
                { className: 'mt-2' },
                h('summary', { className: 'app-tap cursor-pointer' }, s('lesson.transcript')),
                h('p', null, m.media.transcript),
              )
            : null,
        )
      : null;
  return linkedEntry(props, 'courses', courseSlug, (course) => {
    const courseTitle = courseSlug ? linkedTitle(course, courseSlug) : null;
    return documentPage({
      trail: [s('course.listTitle'), ...(courseTitle ? [courseTitle] : [])],
      title: title(data),
      meta: [
        h(
          'p',
          { key: 'position', className: 'mt-2 flex flex-wrap items-center gap-x-3 text-muted' },
          courseTitle,
          h('span', null, m.position),
        ),
        m.objectives.length
          ? h(
              'section',
              { key: 'objectives', className: 'mt-4 rounded-lg bg-surface p-4', 'aria-label': s('lesson.objectives') },
              h('h2', { className: 'text-lg' }, s('lesson.objectives')),
              h(
                'ul',
                { className: 'mt-1 list-disc pl-6' },
                m.objectives.map((o, i) => h('li', { key: i }, o)),
              ),
            )
          : null,
        media('audio', m.media.audio),
        media('video', m.media.video),
      ],
      body: mdxBody(props, splitMdxBody(body)),
      after: [h(QuizPreview, { key: 'quiz', items: m.quiz })],
    });
  });
}

function StoryPreview(props: PreviewProps): ReactNode {
  const data = value(props.entry, []) as Data;
  const m = storyModel(data);
  const projects = m.projects.map((slug) =>
    linkedEntry(props, 'projects', slug, (project) =>
      h(
        'li',
        { key: slug, className: 'flex flex-wrap items-center gap-2' },
        linkedTitle(project, slug, 'project'),
        project?.published ? badge(projectStatus(project.data.status)) : null,
      ),
    ),
  );
  return h(
    'div',
    null,
    m.consented
      ? null
      : h('p', { className: 'm-4 rounded border-2 border-accent px-3 py-2 font-bold' }, s('cms.hint.consent.given')),
    documentPage({
      trail: [s('story.listTitle')],
      title: title(data),
      meta: [
        m.published ? h('p', { key: 'date', className: 'mt-2 text-muted' }, m.published) : null,
        h('div', { key: 'facts' }, rowList(m.facts, 'mt-4 rounded-lg bg-surface p-4 text-base')),
      ],
      body: [markdown(props)],
      after: [
        projects.length
          ? h(
              'section',
              { key: 'projects', className: 'app-card mt-8', 'aria-label': s('story.projects') },
              h('h2', { className: 'text-lg' }, s('story.projects')),
              h('ul', { className: 'mt-2' }, projects),
            )
          : null,
        h('p', { key: 'consent', className: 'mt-8 text-sm text-muted' }, s('story.consentNote')),
      ],
    }),
  );
}

function PagePreview(props: PreviewProps): ReactNode {
  const data = value(props.entry, []) as Data;
  return documentPage({
    trail: [],
    title: title(data),
    meta: [h('p', { key: 'summary', className: 'mt-3 text-lg text-muted' }, text(data.summary))],
    body: [markdown(props)],
  });
}

function EventPreview(props: PreviewProps): ReactNode {
  const data = value(props.entry, []) as Data;
  const m = eventModel(data, new Date());
  return documentPage({
    trail: [s('event.listTitle')],
    eyebrow: m.eyebrow,
    title: title(data),
    meta: [
      m.badge
        ? h(
            'p',
            { key: 'badge', className: 'mt-2' },
            h('span', { className: 'app-badge border border-line bg-warn-bg text-warn-fg' }, m.badge),
          )
        : null,
      h('div', { key: 'rows' }, rowList(m.rows, 'mt-4 rounded-lg bg-surface p-4 text-base')),
      m.cancelled ? h('p', { key: 'cancelled', className: 'mt-4 font-bold' }, s('event.cancelledNote')) : null,
    ],
    lead: [
      m.join
        ? h(
            'section',
            { key: 'join', className: 'app-card mb-8', 'aria-label': s('event.join') },
            h('h2', { className: 'text-lg' }, s('event.join')),
            m.join.url
              ? h(
                  'p',
                  { className: 'mt-2' },
                  h(
                    'a',
                    { className: 'app-tap rounded bg-brand px-5 text-brand-fg no-underline', href: m.join.url },
                    s('event.joinLink'),
                  ),
                )
              : null,
            rowList(m.join.rows, 'mt-2'),
            m.join.note ? h('p', { className: 'mt-2' }, m.join.note) : null,
            h('p', { className: 'mt-3' }, h('span', { className: 'app-tap text-accent' }, s('event.addToCalendar'))),
          )
        : null,
      m.recording
        ? h(
            'section',
            { key: 'recording', className: 'app-card mb-8', 'aria-label': s('event.recording') },
            h('h2', { className: 'text-lg' }, s('event.recording')),
            h(
              'p',
              { className: 'mt-2' },
              m.recording.url
                ? h('a', { className: 'app-tap', href: m.recording.url }, s('event.watchRecording'))
                : s('event.noRecording'),
            ),
          )
        : null,
    ],
    body: [markdown(props)],
    after: [
      m.lesson
        ? linkedEntry(props, 'lessons', m.lesson, (lesson) =>
            h(
              'p',
              { key: 'lesson', className: 'mt-8' },
              `${s('event.lesson')}：`,
              linkedTitle(lesson, m.lesson, 'lesson'),
            ),
          )
        : null,
      h(
        'p',
        { key: 'subscribe', className: 'mt-4' },
        h('span', { className: 'app-tap text-accent' }, s('event.subscribe')),
      ),
    ],
  });
}

function ServicePreview(props: PreviewProps): ReactNode {
  const data = value(props.entry, []) as Data;
  const m = serviceModel(data);
  const section = (heading: string, items: ReactNode[], ordered = false) =>
    items.length
      ? [h('h2', { key: `${heading}-h` }, heading), h(ordered ? 'ol' : 'ul', { key: `${heading}-l` }, items)]
      : [];
  return documentPage({
    trail: [s('service.listTitle')],
    eyebrow: m.eyebrow,
    title: title(data),
    meta: [h('p', { key: 'summary', className: 'mt-2 text-lg' }, m.summary)],
    body: [
      ...section(
        s('service.steps'),
        m.steps.map((step, i) => h('li', { key: i }, step)),
        true,
      ),
      ...section(
        s('service.documents'),
        m.documents.map((doc, i) => h('li', { key: i }, doc)),
      ),
      ...section(
        s('service.places'),
        m.places.map((place, i) =>
          h(
            'li',
            { key: i },
            h('strong', null, place.name),
            place.address ? h('span', null, `：${place.address}`) : null,
            place.hours ? h('span', null, `（${s('service.hours')}：${place.hours}）`) : null,
          ),
        ),
      ),
      ...section(
        s('service.contacts'),
        m.contacts.map((contact, i) =>
          h(
            'li',
            { key: i },
            contact.name,
            contact.phone
              ? ['：', h('span', { key: 'p', className: 'app-tap font-bold text-accent' }, contact.phone)]
              : null,
            contact.url
              ? [' ', h('span', { key: 'u', className: 'app-tap break-all text-accent' }, contact.url)]
              : null,
          ),
        ),
      ),
      markdown(props),
    ],
    after: m.policies.length
      ? [
          h(
            'section',
            { key: 'policies', className: 'app-card mt-10', 'aria-label': s('service.policies') },
            h('h2', { className: 'text-lg' }, s('service.policies')),
            h(
              'ul',
              { className: 'mt-2' },
              m.policies.map((slug) =>
                linkedEntry(props, 'policies', slug, (policy) =>
                  h(
                    'li',
                    { key: slug },
                    linkedTitle(policy, slug, 'policy'),
                    policy?.published && text(policy.data.docNumber)
                      ? h('span', { className: 'text-sm text-muted' }, `（${text(policy.data.docNumber)}）`)
                      : null,
                  ),
                ),
              ),
            ),
          ),
        ]
      : [],
  });
}

/** A card of the finder (StationList.astro), under its province and city. */
function StationPreview(props: PreviewProps): ReactNode {
  const data = value(props.entry, []) as Data;
  const m = stationModel(data);
  return frame(
    h('h1', { className: 'text-2xl sm:text-3xl' }, s('station.listTitle')),
    h(
      'section',
      { className: 'mt-8' },
      h('h2', { className: 'text-xl' }, m.province),
      h(
        'section',
        { className: 'mt-4' },
        h('h3', { className: 'text-lg text-muted' }, m.city),
        h(
          'article',
          { className: 'app-card mt-2' },
          h(
            'p',
            { className: 'text-sm text-muted' },
            m.kind,
            m.example
              ? h(
                  'span',
                  { className: 'app-badge ml-2 border border-line bg-warn-bg text-warn-fg' },
                  s('station.example'),
                )
              : null,
          ),
          h('h4', { className: 'text-lg font-bold' }, title(data)),
          rowList(m.rows, 'mt-2 gap-x-3 text-base'),
        ),
      ),
    ),
  );
}

function ProjectPreview(props: PreviewProps): ReactNode {
  const data = value(props.entry, []) as Data;
  const m = projectModel(data);
  const contact = [m.contact.name, m.contact.phone, m.contact.email].filter(Boolean);
  return documentPage({
    trail: [s('project.listTitle')],
    eyebrow: m.eyebrow,
    title: title(data),
    meta: [
      h(
        'p',
        { key: 'status', className: 'mt-2 flex flex-wrap items-center gap-3' },
        badge(m.status),
        m.posted ? h('span', { className: 'text-muted' }, m.posted) : null,
      ),
      h(
        'div',
        { key: 'rows' },
        rowList(
          [
            [s('project.place'), m.place],
            [s('project.contact'), contact.join(' ')],
          ].filter((row): row is Row => row[1] !== ''),
          'mt-4 rounded-lg bg-surface p-4 text-base',
        ),
      ),
    ],
    body: [
      ...(m.needs.length
        ? [
            h('h2', { key: 'needs-h' }, s('project.needs')),
            h(
              'ul',
              { key: 'needs' },
              m.needs.map((need, i) => h('li', { key: i }, need)),
            ),
          ]
        : []),
      markdown(props),
    ],
  });
}

/** Preview templates by collection name: every collection of src/collections.ts. */
export const PREVIEWS: Record<string, (props: PreviewProps) => ReactNode> = {
  policies: PolicyPreview,
  courses: CoursePreview,
  lessons: LessonPreview,
  stories: StoryPreview,
  pages: PagePreview,
  events: EventPreview,
  services: ServicePreview,
  stations: StationPreview,
  projects: ProjectPreview,
};
