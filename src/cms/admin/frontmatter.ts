import { CORE_SCHEMA, dump, load, Type } from 'js-yaml';

/**
 * The CMS's file format for content: Markdown or MDX with YAML front matter, written so that a
 * one-field edit is a one-line diff. Decap's own "frontmatter" format rebuilds the whole front
 * matter on every save (keys in field order, every list as a block list), which buries a
 * reviewer's one real change in noise. Here, when the file as it was loaded is known, every
 * top-level key whose value did not change keeps its original text (quoting, flow lists,
 * comments above it), keys keep their order, a cleared optional field is dropped, and a new
 * field goes where the form has it. Without the original (a new entry) the output is the
 * canonical form: the form's field order, block lists, no empty fields.
 *
 * Parsing follows Decap's (the YAML core schema, so `2026-01-12` stays the text the date
 * widget expects; a full UTC timestamp becomes a Date). js-yaml, not the `yaml` package Decap
 * bundles (not reachable from outside its bundle): a third of the size in the admin's script.
 */

/** The format's name in the CMS config (src/cms/collections.ts). */
export const CONTENT_FORMAT = 'frontmatter-kept';

type Data = Record<string, unknown>;

// A full UTC timestamp reads as a Date, as Decap's own parser has it; `2026-01-12` stays text.
const timestamp = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(text),
  construct: (text: string) => new Date(text),
  instanceOf: Date,
  represent: (value: object) => (value as Date).toISOString(),
});
const SCHEMA = CORE_SCHEMA.extend({ implicit: [timestamp] });

/** A file split into its front matter text (without the --- lines) and its body. */
export interface SplitFile {
  frontmatter: string | undefined;
  body: string;
}

/** Splits a file at its front matter delimiters; line endings become \n. */
export function splitFile(text: string): SplitFile {
  const content = text.replace(/\r\n?/g, '\n');
  if (!content.startsWith('---\n')) return { frontmatter: undefined, body: content };
  const end = content.indexOf('\n---', 3);
  if (end === -1) return { frontmatter: undefined, body: content };
  const close = content.indexOf('\n', end + 4);
  return {
    frontmatter: content.slice(4, end + 1),
    body: close === -1 ? '' : content.slice(close + 1),
  };
}

function parseYaml(text: string): Data {
  const data = load(text, { schema: SCHEMA }) as unknown;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : {};
}

/** The entry's data, with its body under `body` as Decap expects. */
export function fromFile(text: string): Data {
  const { frontmatter, body } = splitFile(text);
  return { ...(frontmatter === undefined ? {} : parseYaml(frontmatter)), body };
}

/**
 * The text of each top-level key of a front matter, with the comment and blank lines above it,
 * in file order.
 */
export function keyBlocks(frontmatter: string): { key: string; text: string }[] {
  const blocks: { key: string; text: string }[] = [];
  let pending = '';
  for (const line of frontmatter.split(/(?<=\n)/)) {
    const key = /^(?:"([^"]+)"|'([^']+)'|([^\s#'"-][^:#]*?)):(?:\s|$)/.exec(line);
    if (key) {
      blocks.push({ key: key[1] ?? key[2] ?? key[3]!, text: pending + line });
      pending = '';
    } else if (blocks.length === 0 || /^(?:#|\s*$)/.test(line)) {
      // A comment or blank line belongs to the key below it.
      pending += line;
    } else {
      blocks.at(-1)!.text += pending + line;
      pending = '';
    }
  }
  if (pending && blocks.length > 0) blocks.at(-1)!.text += pending;
  return blocks;
}

/** Whether a value says nothing: an optional field left empty (Decap keeps it as '' or null). */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Date) return false;
  if (typeof value === 'object') return Object.values(value as Data).every(isEmpty);
  return false;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One key written as YAML; `flow` keeps a list of plain values on one line as it was. */
function writeKey(key: string, value: unknown, flow: boolean): string {
  // lineWidth -1: never fold a long line, so an edit inside a sentence changes one line.
  return dump({ [key]: value }, { schema: SCHEMA, lineWidth: -1, noRefs: true, flowLevel: flow ? 1 : -1 });
}

const wasFlowList = (text: string) =>
  /^[^:]+:[ \t]*\[/m.test(text.split('\n').find((line) => !/^(#|\s*$)/.test(line)) ?? '');

/**
 * The file text for `data` (its `body` after the front matter). `fieldOrder` is the form's
 * field order; `original` is the file as it was loaded, when known.
 */
export function toFile(
  data: Data,
  fieldOrder: readonly string[] = [],
  original?: { text: string; path: string },
): string {
  const { body = '', ...meta } = data;
  // The slug control fills in an older entry's slug from its file name; a file that had no
  // slug line and keeps its name needs none.
  const fileSlug = original?.path
    .split('/')
    .at(-1)
    ?.replace(/\.[^.]+$/, '');
  if (original && !/^slug:/m.test(splitFile(original.text).frontmatter ?? '') && meta.slug === fileSlug)
    delete meta.slug;
  const before = original === undefined ? undefined : splitFile(original.text).frontmatter;
  const oldData = before === undefined ? {} : parseYaml(before);
  const blocks = before === undefined ? [] : keyBlocks(before);
  const rank = (key: string) => {
    const i = fieldOrder.indexOf(key);
    return i === -1 ? fieldOrder.length : i;
  };

  // Keys of the original file that still have a value, in their order.
  const out: { key: string; text: string }[] = [];
  for (const block of blocks) {
    if (!(block.key in meta) || isEmpty(meta[block.key])) continue;
    const value = meta[block.key];
    out.push({
      key: block.key,
      text: same(value, oldData[block.key]) ? block.text : writeKey(block.key, value, wasFlowList(block.text)),
    });
  }
  // New keys where the form has them: after the last key that comes before them in the form.
  const added = Object.keys(meta)
    .filter((key) => !blocks.some((block) => block.key === key) && !isEmpty(meta[key]))
    .sort((a, b) => rank(a) - rank(b));
  for (const key of added) {
    const text = writeKey(key, meta[key], false);
    let at = out.length;
    if (blocks.length > 0) {
      const after = out.findLastIndex((entry) => rank(entry.key) <= rank(key));
      at = after + 1;
    }
    out.splice(at, 0, { key, text });
  }
  const frontmatter = out.map((entry) => (entry.text.endsWith('\n') ? entry.text : `${entry.text}\n`)).join('');
  return `---\n${frontmatter}---\n${String(body)}`;
}
