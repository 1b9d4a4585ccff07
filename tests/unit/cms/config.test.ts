import { readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS, MDX_BODY_PATTERN, cmsConfig, collectionFields } from '../../../src/cms/collections';
import { optionalGroups, type CmsField, type OptionalGroup } from '../../../src/cms/fields';
import { CONTENT_COMPONENTS } from '../../../src/lib/content-components';
import { UPLOAD_PATH } from '../../../src/lib/url-rules';
import { sanitizeHtml } from '../../../src/lib/sanitize-html';

// The CMS config is generated from the schemas; this test reads the schemas another way (Zod's
// own JSON Schema output) and checks, field by field, that the CMS asks for what the build
// accepts: the same fields, required flags, options, patterns and limits.

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[] | undefined;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: string[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  format?: string;
}

/** Where the CMS is knowingly different from the schema, and why. */
const EXCEPTIONS = {
  // Written by `npm run import` only (see src/cms/collections.ts).
  schemaOnly: new Set(['imported']),
  // The Markdown body is not frontmatter.
  cmsOnly: new Set(['body']),
  // Required in the CMS although the schema lets an older file go without: the slug widget
  // fills in the file name, so every save writes the slug the site already uses.
  requiredInCmsOnly: new Set(['slug']),
};

/** The site's own Decap widgets, each extending a built-in one (src/cms/admin/widgets.ts). */
const WIDGET_BASE: Record<string, string> = { slug: 'string', 'lesson-order': 'number' };

/** A value the CMS pattern of `field` accepts, tested as Decap does (no flags). */
const accepts = (field: CmsField, value: string) => !field.pattern || new RegExp(field.pattern[0]).test(value);

/** Every difference between a JSON Schema object and CMS fields, as readable lines. */
export function differences(schema: JsonSchema, fields: CmsField[], path = '', groups: OptionalGroup[] = []): string[] {
  const problems: string[] = [];
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const top = path === '';
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const name of Object.keys(props)) {
    if (top && EXCEPTIONS.schemaOnly.has(name)) continue;
    if (!byName.has(name)) problems.push(`${path}${name}: in the schema, not in the CMS`);
  }
  for (const field of fields) {
    if (top && EXCEPTIONS.cmsOnly.has(field.name)) continue;
    const prop = props[field.name];
    if (!prop) {
      problems.push(`${path}${field.name}: in the CMS, not in the schema`);
      continue;
    }
    const where = `${path}${field.name}`;
    // Inside an optional group (a policy's source) Decap must require nothing; the CMS's
    // pre-save check asks for the schema's required fields once any of the group is filled.
    const group = groups.find((g) => `${g.path.join('.')}.` === path);
    if (group && field.required !== false) problems.push(`${where}: required by Decap inside an optional group`);
    const requiredInCms = group ? group.required.some((r) => r.name === field.name) : (field.required ?? true);
    if (top && EXCEPTIONS.requiredInCmsOnly.has(field.name)) {
      if (field.required !== true) problems.push(`${where}: should be required in the CMS`);
    } else if (requiredInCms !== required.has(field.name))
      problems.push(`${where}: required ${requiredInCms} in the CMS, ${required.has(field.name)} in the schema`);
    const base = WIDGET_BASE[field.widget];
    problems.push(...compareValue(prop, base ? { ...field, widget: base } : field, where, groups));
  }
  return problems;
}

function compareValue(prop: JsonSchema, field: CmsField, where: string, groups: OptionalGroup[] = []): string[] {
  const problems: string[] = [];
  // A relation offers existing entries only (the build checks that they exist); a file
  // widget offers uploads. Neither takes typed text a pattern could check.
  const picked = field.widget === 'relation' || field.widget === 'file';
  if (prop.anyOf?.some((o) => o.type === 'string')) {
    if (field.widget !== 'datetime' || field.format !== 'YYYY-MM-DD')
      problems.push(`${where}: a date, but widget ${field.widget}`);
    return problems;
  }
  if (prop.const === true) {
    if (field.widget !== 'boolean' || !accepts(field, 'true') || accepts(field, 'false'))
      problems.push(`${where}: must be true, but the CMS accepts false`);
    return problems;
  }
  // A time zone is picked from the list the build's Node.js knows; the schema checks with Intl.
  if (where === 'timeZone') {
    const zones = (field.options ?? []).map((o) => o.value);
    if (field.widget !== 'select' || !zones.includes('Asia/Shanghai') || !zones.includes('Europe/Berlin'))
      problems.push(`${where}: not a list of time zones`);
    if (zones.includes('Asia/Beijing')) problems.push(`${where}: offers a zone that does not exist`);
    return problems;
  }
  if (prop.enum) {
    const options = (field.options ?? []).map((o) => o.value);
    if (field.widget !== 'select' || JSON.stringify(options) !== JSON.stringify(prop.enum))
      problems.push(`${where}: options ${JSON.stringify(options)} ≠ ${JSON.stringify(prop.enum)}`);
    return problems;
  }
  switch (prop.type) {
    case 'string': {
      if (picked) break;
      // A local time (an event's start) is picked on a calendar that writes the schema's format.
      const localTime = field.widget === 'datetime' && field.format === 'YYYY-MM-DD HH:mm';
      if (!['string', 'text'].includes(field.widget) && !localTime)
        problems.push(`${where}: a string, but widget ${field.widget}`);
      if (prop.pattern) {
        const schemaRule = new RegExp(prop.pattern);
        const samples = ['report-in', 'Report In', '报到', 'a--b', '-a', 'a1', '2026-12-05 19:30', 'a@example.org'];
        for (const sample of samples)
          if (schemaRule.test(sample) !== accepts(field, sample))
            problems.push(
              `${where}: "${sample}" ${schemaRule.test(sample) ? 'accepted' : 'refused'} by the schema only`,
            );
      }
      if ((prop.minLength ?? 0) >= 1 && accepts(field, '   ')) problems.push(`${where}: the CMS accepts a blank value`);
      if (prop.maxLength !== undefined) {
        if (!accepts(field, '字'.repeat(prop.maxLength)))
          problems.push(`${where}: the CMS refuses ${prop.maxLength} characters`);
        if (accepts(field, '字'.repeat(prop.maxLength + 1)))
          problems.push(`${where}: the CMS accepts more than ${prop.maxLength}`);
      }
      if (prop.format === 'uri' && (accepts(field, '政府网') || !accepts(field, 'https://www.gov.cn/')))
        problems.push(`${where}: the CMS does not check the address`);
      break;
    }
    case 'integer':
    case 'number': {
      if (field.widget !== 'number') problems.push(`${where}: a number, but widget ${field.widget}`);
      if ((prop.type === 'integer') !== (field.value_type === 'int'))
        problems.push(`${where}: integer ≠ value_type ${field.value_type}`);
      if (prop.minimum !== field.min) problems.push(`${where}: min ${field.min} ≠ ${prop.minimum}`);
      const max = prop.maximum === Number.MAX_SAFE_INTEGER ? undefined : prop.maximum;
      if (max !== field.max) problems.push(`${where}: max ${field.max} ≠ ${max}`);
      break;
    }
    case 'boolean':
      if (field.widget !== 'boolean') problems.push(`${where}: a boolean, but widget ${field.widget}`);
      break;
    case 'object':
      if (field.widget !== 'object') problems.push(`${where}: an object, but widget ${field.widget}`);
      else problems.push(...differences(prop, field.fields ?? [], `${where}.`, groups));
      break;
    case 'array': {
      if ((prop.minItems ?? undefined) !== field.min)
        problems.push(`${where}: min items ${field.min} ≠ ${prop.minItems}`);
      if (picked) {
        if (field.multiple !== true) problems.push(`${where}: a list, but a single ${field.widget}`);
        break;
      }
      if (field.widget !== 'list') {
        problems.push(`${where}: a list, but widget ${field.widget}`);
        break;
      }
      const items = prop.items!;
      if (items.oneOf) {
        const types = new Map((field.types ?? []).map((t) => [t.name, t]));
        for (const variant of items.oneOf) {
          const tag = variant.properties?.[field.typeKey ?? '']?.const as string;
          const type = types.get(tag);
          if (!type) problems.push(`${where}: no CMS type "${tag}"`);
          else {
            const rest = { ...variant.properties };
            delete rest[field.typeKey!];
            problems.push(
              ...differences(
                { ...variant, properties: rest, required: variant.required?.filter((r) => r !== field.typeKey) },
                type.fields,
                `${where}.${tag}.`,
              ),
            );
          }
        }
        if (types.size !== items.oneOf.length)
          problems.push(`${where}: ${types.size} CMS types for ${items.oneOf.length} variants`);
      } else if (items.type === 'object') {
        problems.push(...differences(items, field.fields ?? [], `${where}.`));
      } else if (!field.field) {
        problems.push(`${where}: a list without an item field`);
      } else {
        problems.push(...compareValue(items, field.field, `${where}[]`));
      }
      break;
    }
    default:
      problems.push(`${where}: schema type ${prop.type} not compared`);
  }
  return problems;
}

const jsonSchema = (schema: unknown) =>
  z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

describe('the CMS config generated from the schemas', () => {
  for (const spec of COLLECTIONS) {
    test(`${spec.name}: every field and rule matches the schema`, () => {
      const groups = optionalGroups(spec.schema.shape as never, spec.name, spec.overrides);
      expect(differences(jsonSchema(spec.schema), collectionFields(spec), '', groups)).toEqual([]);
    });
  }

  test('an upload stores the path the schema wants, also when the site lives under a sub-path', () => {
    for (const base of ['/', '/portal/']) {
      const config = cmsConfig(base) as { public_folder: string };
      expect(UPLOAD_PATH.test(`${config.public_folder}/gongdi-dangxiaozu-heying.png`), base).toBe(true);
    }
  });

  test('no two fields of a form share a label', () => {
    const clashes: string[] = [];
    const walk = (fields: CmsField[], where: string) => {
      const labels = fields.map((field) => String(field.label));
      for (const label of new Set(labels))
        if (labels.filter((l) => l === label).length > 1) clashes.push(`${where}: ${label}`);
      for (const field of fields) if (field.fields) walk(field.fields as CmsField[], `${where}.${field.name}`);
    };
    for (const spec of COLLECTIONS) walk(collectionFields(spec), spec.name);
    expect(clashes).toEqual([]);
  });

  test('every content folder of the site is a CMS collection', () => {
    const config = cmsConfig('/') as { collections: { name: string; folder: string }[] };
    const folders = readdirSync('content', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `content/${entry.name}`);
    expect(folders.length).toBeGreaterThanOrEqual(9);
    expect(config.collections.map((c) => c.folder).sort()).toEqual(folders.sort());
  });

  test('the comparison catches drift: a missing field, a flipped flag, a changed option list, a lost limit', () => {
    const spec = COLLECTIONS.find((c) => c.name === 'policies')!;
    const schema = jsonSchema(spec.schema);
    const fields = collectionFields(spec);
    const edit = (change: (copy: CmsField[]) => void) => {
      const copy = structuredClone(fields);
      change(copy);
      return differences(schema, copy, '', optionalGroups(spec.schema.shape as never, spec.name, spec.overrides));
    };
    expect(
      edit((f) =>
        f.splice(
          f.findIndex((x) => x.name === 'issuer'),
          1,
        ),
      ),
    ).toEqual(['issuer: in the schema, not in the CMS']);
    expect(edit((f) => f.push({ name: 'extra', label: 'x', widget: 'string' }))).toEqual([
      'extra: in the CMS, not in the schema',
    ]);
    expect(edit((f) => (f.find((x) => x.name === 'docNumber')!.required = true))).toEqual([
      'docNumber: required true in the CMS, false in the schema',
    ]);
    expect(edit((f) => f.find((x) => x.name === 'status')!.options!.pop())).toHaveLength(1);
    // An optional group whose pre-save check forgot a field the build requires.
    expect(differences(schema, fields, '', [{ path: ['source'], label: '来源', required: [] }])).toEqual([
      'source.name: required false in the CMS, true in the schema',
    ]);
    expect(edit((f) => delete f.find((x) => x.name === 'title')!.pattern)).toEqual([
      'title: the CMS accepts a blank value',
      'title: the CMS accepts more than 120',
    ]);
    expect(edit((f) => (f.find((x) => x.name === 'slug')!.pattern = ['^[a-z-]+$', '']))).not.toEqual([]);
  });

  test('a story cannot be saved without the member’s consent ticked', () => {
    const stories = collectionFields(COLLECTIONS.find((c) => c.name === 'stories')!);
    const given = stories.find((f) => f.name === 'consent')!.fields!.find((f) => f.name === 'given')!;
    expect(given.required).toBe(true);
    expect(accepts(given, 'false')).toBe(false);
    expect(accepts(given, 'true')).toBe(true);
  });
});

describe('MDX lesson bodies in the CMS', () => {
  const pattern = new RegExp(MDX_BODY_PATTERN);
  const buildAccepts = (body: string) => {
    try {
      mdxToJs(body, {
        hastPlugins: [
          sanitizeHtml({ frameOrigins: [], report: () => {}, frameTitle: 'x', components: CONTENT_COMPONENTS }),
        ],
      });
      return true;
    } catch {
      return false;
    }
  };
  const SAMPLES = [
    '正文。\n\n<KeyPoints>\n\n- 要点\n\n</KeyPoints>\n',
    '{/* 编辑备注 */}\n\n正文\n',
    'import x from "y"\n\n正文\n',
    '正文\n\nexport const a = 1\n',
    '正文 {1 + 1}\n',
    '谈谈 important 的事和 exports 的货\n',
    '<KeyPoints title="本课要点">\n\n- 要点\n\n</KeyPoints>\n',
    "<KeyPoints title={process.getBuiltinModule('fs').writeFileSync('x','x') ?? 'T'}>\n\n要点\n\n</KeyPoints>\n",
    '<Question {...process.env}>\n\n想一想\n\n</Question>\n',
    '<Fragment set:html="<meta http-equiv=refresh content=0>" />\n',
    '<Content />\n',
    '<x.y>文字</x.y>\n',
    '<div title="甲" data-x={1}>文字</div>\n',
    '<font color="red">红字</font>\n',
    '正文 <b>加粗</b> 与 <br /> 换行\n',
  ];

  test.each(SAMPLES)('the CMS refuses %j exactly when the build does', (body) => {
    expect(pattern.test(body)).toBe(buildAccepts(body));
  });
});
