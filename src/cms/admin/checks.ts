import { refusal, value, type EventData, type Immutable } from './decap';
import { s } from './strings';
import { checkTree, type Tree } from '../../lib/answer-tree';

/** A group the schema makes optional (a policy's source): all of it may be left empty, but once
 * any of it is filled, its own required fields must be too, as the build wants. */
export interface OptionalGroup {
  path: string[];
  label: string;
  required: { name: string; label: string }[];
}

const filled = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/**
 * What field rules cannot say, checked before anything is written: Decap aborts the save when a
 * preSave handler throws, and shows the message.
 */
export function preSave({ entry }: EventData, groups: Record<string, OptionalGroup[]> = {}): Immutable {
  let data = entry.get('data') as Immutable;
  for (const group of groups[String(entry.get('collection'))] ?? []) {
    const values = (value(entry, group.path) as Record<string, unknown> | undefined) ?? {};
    if (!Object.values(values).some(filled)) continue;
    const missing = group.required.filter((field) => !filled(values[field.name]));
    if (missing.length > 0)
      throw refusal(
        s('cms.rule.groupIncomplete', { group: group.label, fields: missing.map((f) => f.label).join('、') }),
      );
  }
  // A new entry's file is named after its slug, so it needs one; an older entry without one
  // keeps the address it has: its file name becomes its slug.
  if (!data.get('slug')) {
    if (entry.get('newRecord')) throw refusal(s('cms.rule.slugMissing'));
    data = data.set('slug', entry.get('slug'));
  }
  // A quiz answer must name an option that exists: the build refuses such a lesson.
  const quiz =
    entry.get('collection') === 'lessons'
      ? ((value(entry, ['quiz']) as { type?: string; options?: unknown[]; answer?: unknown }[] | undefined) ?? [])
      : [];
  quiz.forEach((item, i) => {
    if (item.type === 'truefalse') return;
    const count = (item.options ?? []).length;
    for (const answer of ([] as unknown[]).concat(item.answer)) {
      if (!(typeof answer === 'number' && answer >= 1 && answer <= count))
        throw refusal(s('cms.rule.quizAnswer', { number: i + 1, count }));
    }
  });
  // An event ends after it starts and can be joined; both times are in its one zone, and
  // "YYYY-MM-DD HH:mm" strings sort as the times do.
  if (entry.get('collection') === 'events') {
    const start = String(value(entry, ['start']) ?? '');
    const end = String(value(entry, ['end']) ?? '');
    if (start && end && end <= start) throw refusal(s('cms.rule.eventEnd', { start }));
    const join = (value(entry, ['join']) as { url?: string; meetingId?: string } | undefined) ?? {};
    if (!join.url && !join.meetingId) throw refusal(s('cms.rule.eventJoin'));
  }
  // A guided answer's tree: the same check as the build's (src/schemas/answers.ts).
  if (entry.get('collection') === 'answers') refuseBadTree(entry);
  return data;
}

/** Refuses a tree with an unreachable question, a loop, a dead end or an answer leading nowhere. */
export function refuseBadTree(entry: Immutable): void {
  const list = <T>(path: (string | number)[]) => (value(entry, path) as T[] | undefined) ?? [];
  const tree: Tree = {
    questions: list<Tree['questions'][number]>(['questions']).map((q) => ({ ...q, options: q.options ?? [] })),
    outcomes: list<Tree['outcomes'][number]>(['outcomes']).map((o) => ({
      ...o,
      policies: o.policies ?? [],
      services: o.services ?? [],
    })),
  };
  const issues = checkTree(tree);
  if (issues.length > 0)
    throw refusal(
      s('cms.rule.answerTree', {
        problems: issues.map((issue) => `\n· ${formField(issue.path)}：${s(issue.key, issue.params)}`).join(''),
      }),
    );
}

/** A field of the tree as the form labels it: 问题 2 › 选项 1 › 选了以后到（…）. */
function formField(path: (string | number)[]): string {
  const names: string[] = [];
  return path
    .map((part) => {
      if (typeof part === 'number') return String(part + 1);
      names.push(part);
      return s(`cms.field.answers.${names.join('.')}`);
    })
    .join(' ')
    .replace(/ (\d+) /g, ' $1 › ');
}
