/* global CMS, h, STRINGS, BASE */
// Runs in the CMS admin page after Decap's bundle (served by src/pages/admin/cms-setup.js.ts,
// which defines STRINGS and BASE). Plain browser JavaScript: Decap provides `h` (React's
// createElement) and no build step touches this file.

CMS.registerPreviewStyle(`${BASE}admin/preview.css`);

/** A plain value of the entry being edited (Decap keeps data as Immutable.js structures). */
function value(entry, path) {
  const v = entry.getIn(['data'].concat(path));
  return v && typeof v.toJS === 'function' ? v.toJS() : v;
}

function formatDate(v) {
  if (!v) return '';
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? String(v) : d.toISOString().slice(0, 10);
}

function notice() {
  return h(
    'p',
    { className: 'mb-4 rounded bg-warn-bg px-3 py-2 text-sm text-warn-fg' },
    STRINGS['cms.preview.example'],
  );
}

function header(entry, extra) {
  return h(
    'header',
    { className: 'mb-6 border-b border-line pb-4' },
    h('h1', { className: 'text-2xl' }, value(entry, ['title']) || ''),
    value(entry, ['summary']) ? h('p', { className: 'mt-2 text-muted' }, value(entry, ['summary'])) : null,
    extra || null,
  );
}

function meta(rows) {
  return h(
    'dl',
    { className: 'mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm' },
    rows
      .filter((row) => row[1])
      .flatMap((row) => [
        h('dt', { key: `${row[0]}-t`, className: 'text-muted' }, row[0]),
        h('dd', { key: `${row[0]}-d` }, row[1]),
      ]),
  );
}

function page(children) {
  return h('main', { className: 'mx-auto max-w-text p-4' }, notice(), ...children);
}

function PolicyPreview({ entry, widgetFor }) {
  const status = value(entry, ['status']);
  const category = value(entry, ['category']);
  return page([
    header(
      entry,
      meta([
        [STRINGS['cms.field.docNumber'], value(entry, ['docNumber'])],
        [STRINGS['cms.field.issuer'], value(entry, ['issuer'])],
        [STRINGS['cms.field.issueDate'], formatDate(value(entry, ['issueDate']))],
        [STRINGS['cms.field.effectiveDate'], formatDate(value(entry, ['effectiveDate']))],
        [STRINGS['cms.field.status'], status && STRINGS[`policy.status.${status}`]],
        [STRINGS['cms.field.category'], category && STRINGS[`policy.category.${category}`]],
      ]),
    ),
    h('div', { className: 'app-prose' }, widgetFor('body')),
  ]);
}

function QuizPreview({ items }) {
  if (!items || items.length === 0) return null;
  return h(
    'section',
    { className: 'mt-8 rounded-lg border border-line bg-surface p-4' },
    h('h2', { className: 'text-xl' }, STRINGS['cms.field.quiz']),
    h(
      'ol',
      { className: 'mt-3 grid gap-3' },
      items.map((item, i) =>
        h(
          'li',
          { key: i },
          h('p', { className: 'font-bold' }, item.question || ''),
          item.type === 'truefalse'
            ? h('p', null, item.answer ? STRINGS['lesson.quiz.true'] : STRINGS['lesson.quiz.false'])
            : h(
                'ol',
                { className: 'ml-6 list-decimal' },
                (item.options || []).map((option, j) => {
                  const right = [].concat(item.answer).includes(j + 1);
                  return h('li', { key: j, className: right ? 'font-bold text-accent' : '' }, option);
                }),
              ),
          item.explanation ? h('p', { className: 'text-sm text-muted' }, item.explanation) : null,
        ),
      ),
    ),
  );
}

function LessonPreview({ entry, widgetFor }) {
  const objectives = value(entry, ['objectives']) || [];
  return page([
    header(
      entry,
      objectives.length
        ? h(
            'div',
            { className: 'mt-3' },
            h('p', { className: 'font-bold' }, STRINGS['cms.field.objectives']),
            h(
              'ul',
              { className: 'ml-6 list-disc' },
              objectives.map((o, i) => h('li', { key: i }, o)),
            ),
          )
        : null,
    ),
    h('div', { className: 'app-prose' }, widgetFor('body')),
    h(QuizPreview, { items: value(entry, ['quiz']) }),
  ]);
}

function StoryPreview({ entry, widgetFor }) {
  const member = value(entry, ['member']) || {};
  const consent = value(entry, ['consent']) || {};
  return page([
    consent.given === true
      ? null
      : h(
          'p',
          { className: 'mb-4 rounded border-2 border-accent px-3 py-2 font-bold' },
          STRINGS['cms.hint.consent.given'],
        ),
    header(
      entry,
      meta([
        [STRINGS['cms.field.member.name'], member.name],
        [STRINGS['cms.field.member.workplace'], member.workplace],
        [STRINGS['cms.field.member.hometown'], member.hometown],
        [STRINGS['cms.field.member.industry'], member.industry],
      ]),
    ),
    h('div', { className: 'app-prose' }, widgetFor('body')),
  ]);
}

function SimplePreview({ entry, widgetFor }) {
  return page([header(entry), h('div', { className: 'app-prose' }, widgetFor('body'))]);
}

CMS.registerPreviewTemplate('policies', PolicyPreview);
CMS.registerPreviewTemplate('lessons', LessonPreview);
CMS.registerPreviewTemplate('stories', StoryPreview);
CMS.registerPreviewTemplate('courses', SimplePreview);
CMS.registerPreviewTemplate('pages', SimplePreview);

// What field rules cannot say, checked before anything is written (Decap aborts the save
// when a preSave handler throws, and shows the message).
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    let data = entry.get('data');
    // A new entry's file is named after its slug, so it needs one; an older entry without one
    // keeps the address it has: its file name becomes its slug.
    if (!data.get('slug')) {
      if (entry.get('newRecord')) throw new Error(STRINGS['cms.rule.slugMissing']);
      data = data.set('slug', entry.get('slug'));
    }
    // A quiz answer must name an option that exists: the build refuses such a lesson.
    const quiz = entry.get('collection') === 'lessons' ? value(entry, ['quiz']) || [] : [];
    quiz.forEach((item, i) => {
      if (item.type === 'truefalse') return;
      const count = (item.options || []).length;
      for (const answer of [].concat(item.answer)) {
        if (!(answer >= 1 && answer <= count)) {
          throw new Error(
            STRINGS['cms.rule.quizAnswer'].replace('{number}', String(i + 1)).replace('{count}', String(count)),
          );
        }
      }
    });
    // An event ends after it starts and can be joined; both times are in its one zone, and
    // "YYYY-MM-DD HH:mm" strings sort as the times do.
    if (entry.get('collection') === 'events') {
      const start = String(value(entry, ['start']) || '');
      const end = String(value(entry, ['end']) || '');
      if (start && end && end <= start) throw new Error(STRINGS['cms.rule.eventEnd'].replace('{start}', start));
      const join = value(entry, ['join']) || {};
      if (!join.url && !join.meetingId) throw new Error(STRINGS['cms.rule.eventJoin']);
    }
    return data;
  },
});
