import { h, value, type Immutable, type PreviewProps, type ReactNode } from './decap';
import { s } from './strings';

/** Previews of entries in the site's own styles (the preview frame loads the site's CSS). */

function formatDate(v: unknown): string {
  if (!v) return '';
  const d = v instanceof Date ? v : new Date(String(v));
  return Number.isNaN(d.getTime()) ? String(v) : d.toISOString().slice(0, 10);
}

function notice(): ReactNode {
  return h('p', { className: 'mb-4 rounded bg-warn-bg px-3 py-2 text-sm text-warn-fg' }, s('cms.preview.example'));
}

function header(entry: Immutable, extra?: ReactNode): ReactNode {
  const summary = value(entry, ['summary']);
  return h(
    'header',
    { className: 'mb-6 border-b border-line pb-4' },
    h('h1', { className: 'text-2xl' }, String(value(entry, ['title']) ?? '')),
    summary ? h('p', { className: 'mt-2 text-muted' }, String(summary)) : null,
    extra ?? null,
  );
}

function meta(rows: [string, unknown][]): ReactNode {
  return h(
    'dl',
    { className: 'mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm' },
    rows
      .filter((row) => row[1])
      .flatMap(([label, v]) => [
        h('dt', { key: `${label}-t`, className: 'text-muted' }, label),
        h('dd', { key: `${label}-d` }, String(v)),
      ]),
  );
}

function page(children: ReactNode[]): ReactNode {
  return h('main', { className: 'mx-auto max-w-text p-4' }, notice(), ...children);
}

const body = (widgetFor: PreviewProps['widgetFor']) => h('div', { className: 'app-prose' }, widgetFor('body'));

function PolicyPreview({ entry, widgetFor }: PreviewProps): ReactNode {
  const status = value(entry, ['status']);
  const category = value(entry, ['category']);
  return page([
    header(
      entry,
      meta([
        [s('cms.field.docNumber'), value(entry, ['docNumber'])],
        [s('cms.field.issuer'), value(entry, ['issuer'])],
        [s('cms.field.issueDate'), formatDate(value(entry, ['issueDate']))],
        [s('cms.field.effectiveDate'), formatDate(value(entry, ['effectiveDate']))],
        [s('cms.field.status'), status && s(`policy.status.${String(status)}`)],
        [s('cms.field.category'), category && s(`policy.category.${String(category)}`)],
      ]),
    ),
    body(widgetFor),
  ]);
}

interface QuizItem {
  type?: string;
  question?: string;
  options?: string[];
  answer?: number | number[] | boolean;
  explanation?: string;
}

function QuizPreview({ items }: { items: QuizItem[] | undefined }): ReactNode {
  if (!items || items.length === 0) return null;
  return h(
    'section',
    { className: 'mt-8 rounded-lg border border-line bg-surface p-4' },
    h('h2', { className: 'text-xl' }, s('cms.field.quiz')),
    h(
      'ol',
      { className: 'mt-3 grid gap-3' },
      items.map((item, i) =>
        h(
          'li',
          { key: i },
          h('p', { className: 'font-bold' }, item.question ?? ''),
          item.type === 'truefalse'
            ? h('p', null, item.answer ? s('lesson.quiz.true') : s('lesson.quiz.false'))
            : h(
                'ol',
                { className: 'ml-6 list-decimal' },
                (item.options ?? []).map((option, j) => {
                  const right = ([] as unknown[]).concat(item.answer).includes(j + 1);
                  return h('li', { key: j, className: right ? 'font-bold text-accent' : '' }, option);
                }),
              ),
          item.explanation ? h('p', { className: 'text-sm text-muted' }, item.explanation) : null,
        ),
      ),
    ),
  );
}

function LessonPreview({ entry, widgetFor }: PreviewProps): ReactNode {
  const objectives = (value(entry, ['objectives']) as string[] | undefined) ?? [];
  return page([
    header(
      entry,
      objectives.length
        ? h(
            'div',
            { className: 'mt-3' },
            h('p', { className: 'font-bold' }, s('cms.field.objectives')),
            h(
              'ul',
              { className: 'ml-6 list-disc' },
              objectives.map((o, i) => h('li', { key: i }, o)),
            ),
          )
        : null,
    ),
    body(widgetFor),
    h(QuizPreview, { items: value(entry, ['quiz']) as QuizItem[] | undefined }),
  ]);
}

function StoryPreview({ entry, widgetFor }: PreviewProps): ReactNode {
  const member = (value(entry, ['member']) as Record<string, string> | undefined) ?? {};
  const consent = (value(entry, ['consent']) as { given?: boolean } | undefined) ?? {};
  return page([
    consent.given === true
      ? null
      : h('p', { className: 'mb-4 rounded border-2 border-accent px-3 py-2 font-bold' }, s('cms.hint.consent.given')),
    header(
      entry,
      meta([
        [s('cms.field.member.name'), member.name],
        [s('cms.field.member.workplace'), member.workplace],
        [s('cms.field.member.hometown'), member.hometown],
        [s('cms.field.member.industry'), member.industry],
      ]),
    ),
    body(widgetFor),
  ]);
}

function SimplePreview({ entry, widgetFor }: PreviewProps): ReactNode {
  return page([header(entry), body(widgetFor)]);
}

/** Preview templates by collection name. */
export const PREVIEWS: Record<string, (props: PreviewProps) => ReactNode> = {
  policies: PolicyPreview,
  lessons: LessonPreview,
  stories: StoryPreview,
  courses: SimplePreview,
  pages: SimplePreview,
};
