import type { z } from 'astro/zod';
import strings from '../i18n/zh-CN.json' with { type: 'json' };
import { fill } from '../lib/messages';
import { LOCAL_TIME_PATTERN } from '../lib/event-time';
import { UPLOAD_PATH } from '../lib/url-rules';
import { PHONE_PATTERN, SLUG_PATTERN } from '../schemas/common';
import { HTTPS_URL, UPLOAD_OR_HTTPS_URL, UPLOAD_OR_WEB_URL, WEB_URL } from '../schemas/urls';

/**
 * Decap CMS fields generated from the collections' Zod schemas (src/schemas), so that the CMS
 * asks for exactly what the build accepts: the same fields, the same required flags, option
 * lists, patterns and limits. Labels and hints come from the strings file (cms.field.* and
 * cms.hint.*); widgets that a schema cannot express (a relation to another collection, a
 * multi-line text) come from per-collection overrides in src/cms/collections.ts.
 *
 * Only the Zod features the schemas use are handled; anything else is an error here, never
 * a silently missing field.
 */

/** A Decap field, as written to config.yml. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string | undefined;
  default?: unknown;
  pattern?: [string, string] | undefined;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField | undefined;
  types?: (Omit<CmsField, 'widget'> & { widget: 'object'; fields: CmsField[] })[];
  typeKey?: string;
  collapsed?: boolean;
  summary?: string;
  [option: string]: unknown;
}

/** Widget options that replace or extend the generated ones, by dotted field path. */
export type FieldOverrides = Record<string, Partial<CmsField> & { exclude?: string }>;

const STRINGS = strings as Record<string, string>;

/** The strings-file prefix of a collection's own labels. */
const SINGULAR: Record<string, string> = {
  policies: 'policy',
  events: 'event',
  services: 'service',
  stations: 'station',
  projects: 'project',
};

/** The first strings-file entry among `keys`; throws when a label is missing. */
function lookup(keys: string[], required: true): string;
function lookup(keys: string[], required: false): string | undefined;
function lookup(keys: string[], required: boolean): string | undefined {
  for (const key of keys) if (key in STRINGS) return STRINGS[key];
  if (required) throw new Error(`No CMS label in src/i18n/zh-CN.json: add one of ${keys.join(', ')}`);
  return undefined;
}

/** Label keys from the most to the least specific: cms.field.lessons.quiz.question, cms.field.quiz.question, cms.field.question. */
function keysFor(kind: 'field' | 'hint', collection: string, path: string[]): string[] {
  const keys = [`cms.${kind}.${collection}.${path.join('.')}`];
  for (let i = 0; i < path.length; i += 1) keys.push(`cms.${kind}.${path.slice(i).join('.')}`);
  return [...new Set(keys)];
}

interface Def {
  type: string;
  [key: string]: unknown;
}
type Schema = z.core.$ZodType;
const def = (schema: Schema) => schema._zod.def as unknown as Def;

/** The rules a Zod string schema carries. */
export interface StringRules {
  minLength?: number | undefined;
  maxLength?: number | undefined;
  pattern?: RegExp | undefined;
  format?: string | undefined;
}

export function stringRules(schema: Schema): StringRules {
  const rules: StringRules = {};
  for (const check of (def(schema).checks as Schema[] | undefined) ?? []) {
    const c = check._zod.def as unknown as {
      check: string;
      minimum?: number;
      maximum?: number;
      format?: string;
      pattern?: RegExp;
    };
    if (c.check === 'min_length') rules.minLength = c.minimum;
    else if (c.check === 'max_length') rules.maxLength = c.maximum;
    else if (c.check === 'string_format' && c.format === 'regex') rules.pattern = c.pattern;
    else if (c.check === 'string_format') rules.format = c.format;
  }
  // z.url() and friends carry their format on the schema itself.
  const format = (def(schema) as { format?: string }).format;
  if (format) rules.format = format;
  return rules;
}

/** The limits of a Zod number schema. */
export function numberRules(schema: Schema): { min?: number | undefined; max?: number | undefined; int: boolean } {
  const rules: { min?: number | undefined; max?: number | undefined; int: boolean } = { int: false };
  for (const check of (def(schema).checks as Schema[] | undefined) ?? []) {
    const c = check._zod.def as unknown as { check: string; value?: number; inclusive?: boolean; format?: string };
    if (c.check === 'greater_than') rules.min = c.inclusive ? c.value : c.value! + 1;
    else if (c.check === 'less_than') rules.max = c.inclusive ? c.value : c.value! - 1;
    else if (c.check === 'number_format' && /int/.test(c.format ?? '')) rules.int = true;
  }
  return rules;
}

/** The minimum length of a Zod array schema. */
export function arrayMin(schema: Schema): number | undefined {
  for (const check of (def(schema).checks as Schema[] | undefined) ?? []) {
    const c = check._zod.def as unknown as { check: string; minimum?: number };
    if (c.check === 'min_length') return c.minimum;
  }
  return undefined;
}

/** Strips optional() and default(): whether the field may be left out, and its default. */
export function unwrap(schema: Schema): { inner: Schema; optional: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional') optional = true;
    else if (d.type === 'default') {
      optional = true;
      defaultValue = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
    } else break;
    inner = d.innerType as Schema;
  }
  return { inner, optional, defaultValue };
}

/** Whether a schema is the shared calendar date (a Date or a string, checked by a transform). */
/** Whether a field holds a list (after optional and default wrappers). */
export function isList(schema: unknown): boolean {
  return def(unwrap(schema as Schema).inner).type === 'array';
}

/** The schema of a field by dotted path, through lists and objects (outcomes.policies). */
export function fieldAt(shape: Record<string, unknown>, path: string): unknown {
  let schema: unknown = { _zod: { def: { type: 'object', shape } } };
  for (const name of path.split('.')) {
    let d = def(unwrap(schema as Schema).inner);
    if (d.type === 'array') d = def(unwrap(d.element as Schema).inner);
    schema = d.type === 'object' ? (d.shape as Record<string, unknown>)[name] : undefined;
    if (schema === undefined) throw new Error(`No field "${path}" in the schema`);
  }
  return schema;
}

function isDate(schema: Schema): boolean {
  const d = def(schema);
  if (d.type !== 'pipe') return false;
  const input = def(d.in as Schema);
  return input.type === 'union' && (input.options as Schema[]).some((o) => def(o).type === 'date');
}

/** What the editor reads when a value does not fit a schema's pattern (by the pattern's source). */
const PATTERN_MESSAGES: Record<string, string> = {
  [WEB_URL.source]: 'cms.rule.url',
  [HTTPS_URL.source]: 'cms.rule.httpsUrl',
  [UPLOAD_PATH.source]: 'cms.rule.upload',
  [UPLOAD_OR_WEB_URL.source]: 'cms.rule.uploadOrUrl',
  [UPLOAD_OR_HTTPS_URL.source]: 'cms.rule.uploadOrHttpsUrl',
  [PHONE_PATTERN.source]: 'cms.rule.phone',
  [SLUG_PATTERN.source]: 'cms.rule.slug',
  [LOCAL_TIME_PATTERN.source]: 'cms.rule.localTime',
};

/** One pattern for Decap from a string's rules (Decap checks `pattern` only, not lengths). */
export function stringPattern(rules: StringRules): [string, string] | undefined {
  const parts: string[] = [];
  const messages: string[] = [];
  if (rules.pattern) {
    parts.push(`(?=${rules.pattern.source})`);
    const key = PATTERN_MESSAGES[rules.pattern.source];
    if (!key) throw new Error(`src/cms/fields.ts has no editor's message for the pattern ${rules.pattern.source}`);
    messages.push(STRINGS[key]!);
  }
  if (rules.format === 'url') {
    parts.push('(?=https?://\\S+$)');
    messages.push(STRINGS['cms.rule.url']!);
  }
  if (rules.format === 'email') {
    parts.push('(?=[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$)');
    messages.push(STRINGS['cms.rule.email']!);
  }
  if ((rules.minLength ?? 0) >= 1) {
    parts.push('(?=[\\s\\S]*\\S)');
    if (!rules.pattern) messages.push(STRINGS['cms.rule.notBlank']!);
  }
  if (rules.maxLength !== undefined) {
    parts.push(`[\\s\\S]{0,${rules.maxLength}}$`);
    messages.push(fill(STRINGS['cms.rule.maxLength']!, { max: rules.maxLength }));
  }
  if (parts.length === 0) return undefined;
  return [`^${parts.join('')}`, messages.join('；')];
}

/** A group the schema makes optional, with the fields the build wants once it is used. */
export interface OptionalGroup {
  path: string[];
  label: string;
  required: { name: string; label: string }[];
}

/** The optional groups of a collection's schema (top level), for the CMS's pre-save check. */
export function optionalGroups(
  shape: Record<string, Schema>,
  collection: string,
  overrides: FieldOverrides = {},
): OptionalGroup[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    const { inner, optional } = unwrap(schema);
    const d = def(inner);
    if (!optional || d.type !== 'object' || overrides[name]?.exclude) return [];
    const required = Object.entries(d.shape as Record<string, Schema>)
      .filter(([, field]) => !unwrap(field).optional)
      .map(([field]) => ({ name: field, label: lookup(keysFor('field', collection, [name, field]), true) }));
    return required.length
      ? [{ path: [name], label: lookup(keysFor('field', collection, [name]), true), required }]
      : [];
  });
}

/** Builds the Decap fields of one object schema. */
export function fieldsFor(
  shape: Record<string, Schema>,
  collection: string,
  overrides: FieldOverrides,
  path: string[] = [],
): CmsField[] {
  const fields: CmsField[] = [];
  for (const [name, schema] of Object.entries(shape)) {
    const fieldPath = [...path, name];
    const override = overrides[fieldPath.join('.')];
    if (override?.exclude) continue;
    fields.push(fieldFor(name, schema, collection, overrides, fieldPath, override));
  }
  return fields;
}

function fieldFor(
  name: string,
  schema: Schema,
  collection: string,
  overrides: FieldOverrides,
  path: string[],
  override: Partial<CmsField> | undefined,
): CmsField {
  const { inner, optional, defaultValue } = unwrap(schema);
  const field: CmsField = {
    name,
    label: lookup(keysFor('field', collection, path), true),
    widget: 'string',
    required: !optional,
  };
  const hint = lookup(keysFor('hint', collection, path), false);
  if (hint) field.hint = hint;
  Object.assign(field, widgetFor(inner, collection, overrides, path));
  // Decap checks a group's required fields even when the whole group may be left out (a
  // policy's source): inside an optional group nothing is required, and src/cms/admin/checks.ts
  // asks for the rest once any of the group is filled (optionalGroups below).
  if (optional && field.widget === 'object' && field.fields)
    field.fields = field.fields.map((f) => ({ ...f, required: false }));
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) {
    field.default = defaultValue;
  }
  // An override may change the widget (a relation instead of a list of slugs) but never the rules.
  return override ? { ...field, ...override } : field;
}

function widgetFor(schema: Schema, collection: string, overrides: FieldOverrides, path: string[]): Partial<CmsField> {
  const d = def(schema);
  if (isDate(schema)) {
    return {
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
    };
  }
  switch (d.type) {
    case 'string': {
      const pattern = stringPattern(stringRules(schema));
      return pattern ? { widget: 'string', pattern } : { widget: 'string' };
    }
    case 'number': {
      const { min, max, int } = numberRules(schema);
      return {
        widget: 'number',
        value_type: int ? 'int' : 'float',
        ...(min !== undefined && { min }),
        ...(max !== undefined && { max }),
      };
    }
    case 'boolean':
      return { widget: 'boolean', default: false };
    case 'literal': {
      const values = d.values as unknown[];
      if (values.length === 1 && values[0] === true) {
        // z.literal(true): a box that must be ticked (Decap checks the pattern against "true"/"false").
        return { widget: 'boolean', pattern: ['^true$', lookup(keysFor('hint', collection, path), true)] };
      }
      break;
    }
    case 'enum': {
      const values = Object.values(d.entries as Record<string, string>);
      // Option labels are the site's own: policy.status.*, event.format.*, station.kind.*.
      const prefix = `${SINGULAR[collection] ?? collection}.${path.at(-1)}`;
      return {
        widget: 'select',
        options: values.map((value) => ({ value, label: lookup([`${prefix}.${value}`, `cms.option.${value}`], true) })),
      };
    }
    case 'object':
      return {
        widget: 'object',
        collapsed: false,
        fields: fieldsFor(d.shape as Record<string, Schema>, collection, overrides, path),
      };
    case 'array': {
      const element = unwrap(d.element as Schema).inner;
      const min = arrayMin(schema);
      // Items open: a lesson's few quiz questions are easier to check side by side.
      const list: Partial<CmsField> = { widget: 'list', collapsed: false, ...(min !== undefined && { min }) };
      const e = def(element);
      if (e.type === 'union' && typeof e.discriminator === 'string') {
        return {
          ...list,
          typeKey: e.discriminator,
          types: unionTypes(element, e.discriminator, collection, overrides, path),
        };
      }
      if (e.type === 'object') {
        return { ...list, fields: fieldsFor(e.shape as Record<string, Schema>, collection, overrides, path) };
      }
      const item = fieldFor(path.at(-1)!, element, collection, overrides, [...path, 'item'], undefined);
      return { ...list, field: { ...item, required: true } };
    }
  }
  throw new Error(`src/cms/fields.ts cannot express the Zod type "${d.type}" of ${collection}.${path.join('.')}`);
}

/** A discriminated union (quiz items) as Decap list types, one per variant. */
function unionTypes(
  schema: Schema,
  key: string,
  collection: string,
  overrides: FieldOverrides,
  path: string[],
): NonNullable<CmsField['types']> {
  return (def(schema).options as Schema[]).map((option) => {
    const shape = { ...(def(option).shape as Record<string, Schema>) };
    const tag = (def(shape[key]!).values as string[])[0]!;
    delete shape[key];
    const typePath = [...path, tag];
    return {
      name: tag,
      label: lookup(keysFor('field', collection, typePath), true),
      widget: 'object' as const,
      summary: '{{fields.question}}',
      fields: fieldsFor(shape, collection, overrides, typePath),
    };
  });
}
