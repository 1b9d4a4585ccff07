import { CONTENT_COMPONENTS } from '../lib/content-components';
import { SLUG_PATTERN } from '../schemas/common';
import { courseSchema } from '../schemas/courses';
import { eventSchema } from '../schemas/events';
import { lessonSchema } from '../schemas/lessons';
import { pageSchema } from '../schemas/pages';
import { policySchema } from '../schemas/policies';
import { projectSchema } from '../schemas/projects';
import { serviceSchema } from '../schemas/services';
import { stationSchema } from '../schemas/stations';
import { storySchema } from '../schemas/stories';
import { SITE } from '../site.config';
import strings from '../i18n/zh-CN.json';
import { fieldsFor, type CmsField, type FieldOverrides } from './fields';

/**
 * The Decap CMS configuration (served as /admin/config.yml): the site config's backend and
 * one collection per content folder, with fields generated from the schemas (src/cms/fields.ts).
 */

const S = strings as Record<string, string>;

/** A collection's schema, file type and the widgets its schema cannot express. */
export interface CollectionSpec {
  name: 'policies' | 'courses' | 'lessons' | 'stories' | 'pages' | 'events' | 'services' | 'stations' | 'projects';
  schema: { shape: Record<string, unknown> };
  extension: 'md' | 'mdx';
  /** Where an entry is published, for the CMS's "view live" link. */
  preview: string;
  overrides: FieldOverrides;
  /** Editing modes of the body: raw Markdown only where rich text would damage it. */
  bodyModes: ('raw' | 'rich_text')[];
}

const relation = (collection: string, multiple: boolean): FieldOverrides[string] => ({
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: ['title'],
  display_fields: ['title'],
  multiple,
  // A relation offers existing entries only; the generated slug list item goes.
  field: undefined,
  ...(multiple ? {} : { pattern: undefined }),
});

const upload = (): FieldOverrides[string] => ({
  widget: 'file',
  pattern: undefined,
  media_library: { config: { max_file_size: SITE.cms.maxUploadBytes } },
});

const text: FieldOverrides[string] = { widget: 'text' };

// The organizer's wall-clock time, as the schema wants it ("2026-12-05 19:30"); its zone is a
// field of its own, so the picker must not convert to UTC.
const localTime: FieldOverrides[string] = {
  widget: 'datetime',
  format: 'YYYY-MM-DD HH:mm',
  date_format: 'YYYY-MM-DD',
  time_format: 'HH:mm',
  picker_utc: false,
};

/** Every content folder the site builds from, in the order the CMS lists them. */
export const COLLECTIONS: CollectionSpec[] = [
  {
    name: 'policies',
    schema: policySchema,
    extension: 'md',
    preview: 'policies/{{slug}}/',
    bodyModes: ['raw'],
    overrides: {
      summary: text,
      supersedes: relation('policies', true),
      amends: relation('policies', true),
      interprets: relation('policies', true),
      'attachments.file': upload(),
      imported: { exclude: 'written by npm run import, which updates the entry only while it is unedited' },
    },
  },
  {
    name: 'courses',
    schema: courseSchema,
    extension: 'md',
    preview: 'courses/{{slug}}/',
    bodyModes: ['raw', 'rich_text'],
    overrides: { summary: text },
  },
  {
    name: 'lessons',
    schema: lessonSchema,
    extension: 'mdx',
    preview: 'lessons/{{slug}}/',
    bodyModes: ['raw'],
    overrides: {
      summary: text,
      course: relation('courses', false),
      'media.audio': upload(),
      'media.video': upload(),
      'media.transcript': text,
    },
  },
  {
    name: 'stories',
    schema: storySchema,
    extension: 'md',
    preview: 'stories/{{slug}}/',
    bodyModes: ['raw', 'rich_text'],
    overrides: { summary: text, projects: relation('projects', true) },
  },
  {
    name: 'pages',
    schema: pageSchema,
    extension: 'md',
    preview: '{{slug}}/',
    bodyModes: ['raw', 'rich_text'],
    overrides: { summary: text },
  },
  {
    name: 'events',
    schema: eventSchema,
    extension: 'md',
    preview: 'events/{{slug}}/',
    bodyModes: ['raw', 'rich_text'],
    overrides: {
      summary: text,
      start: localTime,
      end: localTime,
      lesson: relation('lessons', false),
      'join.note': text,
      // An upload or an https address; the schema's pattern stays.
      recording: { widget: 'file', media_library: { config: { max_file_size: SITE.cms.maxUploadBytes } } },
    },
  },
  {
    name: 'services',
    schema: serviceSchema,
    extension: 'md',
    preview: 'services/{{slug}}/',
    bodyModes: ['raw', 'rich_text'],
    overrides: { summary: text, policies: relation('policies', true), 'steps.item': text },
  },
  {
    name: 'stations',
    schema: stationSchema,
    extension: 'md',
    preview: 'stations/',
    bodyModes: ['raw'],
    overrides: {},
  },
  {
    name: 'projects',
    schema: projectSchema,
    extension: 'md',
    preview: 'hometown/{{slug}}/',
    bodyModes: ['raw', 'rich_text'],
    overrides: { summary: text },
  },
];

/**
 * MDX bodies are content: the build refuses imports, exports, {expressions} (also as
 * attributes and spreads) and any component but the site's own (src/lib/sanitize-html.ts), so
 * the CMS does too, before anything is saved.
 */
const COMPONENT_NAMES = Object.keys(CONTENT_COMPONENTS).join('|');
export const MDX_BODY_PATTERN =
  '^(?![\\s\\S]*(?:^|\\n)[ \\t]*(?:import|export)\\s)(?![\\s\\S]*\\{(?!/\\*))' +
  `(?![\\s\\S]*<\\/?(?!(?:${COMPONENT_NAMES})[\\s/>])[A-Z])` +
  '(?![\\s\\S]*<\\/?[A-Za-z][\\w-]*[.:])[\\s\\S]*$';

function bodyField(spec: CollectionSpec): CmsField {
  return {
    name: 'body',
    label: S['cms.field.body']!,
    widget: 'markdown',
    required: false,
    modes: spec.bodyModes,
    hint: S[`cms.hint.${spec.name}.body`] ?? S['cms.hint.body'],
    ...(spec.extension === 'mdx' && { pattern: [MDX_BODY_PATTERN, S['cms.rule.mdxBody']!] as [string, string] }),
  };
}

/** The CMS fields of one collection, body last. */
export function collectionFields(spec: CollectionSpec): CmsField[] {
  const fields = fieldsFor(spec.schema.shape as never, spec.name, spec.overrides);
  // A new entry's file is named after its slug: src/cms/admin-setup.js refuses a new entry
  // without one, and writes the file name into an older entry that has none.
  const slug = fields.find((f) => f.name === 'slug');
  if (!slug) return [...fields, bodyField(spec)];
  Object.assign(slug, { pattern: [SLUG_PATTERN.source, S['cms.rule.slug']!] });
  // Title, then the slug made from it, then the rest.
  const rest = fields.filter((f) => f !== slug && f.name !== 'title');
  return [...fields.filter((f) => f.name === 'title'), slug, ...rest, bodyField(spec)];
}

/** API origins the admin page talks to, for its CSP. */
export function backendOrigins(backend: Record<string, unknown>): string[] {
  const defaults: Record<string, string> = {
    github: 'https://api.github.com',
    gitlab: 'https://gitlab.com',
    gitea: 'https://try.gitea.io',
  };
  const urls = [
    backend.api_root,
    backend.base_url,
    backend.auth_endpoint && backend.base_url,
    defaults[String(backend.name)],
  ];
  return [
    ...new Set(
      urls.filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u)).map((u) => new URL(u).origin),
    ),
  ];
}

export const localBackendUrl = () => `http://localhost:${SITE.cms.localBackendPort}/api/v1`;

/** The whole Decap configuration. */
export function cmsConfig(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const siteUrl = new URL(root, SITE.url).href;
  return JSON.parse(
    JSON.stringify({
      backend: SITE.cms.backend,
      // `npm run cms`: on localhost the CMS edits ./content through decap-server instead.
      local_backend: { url: localBackendUrl() },
      publish_mode: SITE.cms.editorialWorkflow ? 'editorial_workflow' : undefined,
      locale: 'zh_Hans',
      site_url: siteUrl,
      display_url: siteUrl,
      media_folder: 'public/uploads',
      public_folder: `${root}uploads`,
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      collections: COLLECTIONS.map((spec) => ({
        name: spec.name,
        label: S[`cms.collection.${spec.name}`],
        label_singular: S[`cms.collection.${spec.name}.one`],
        description: S[`cms.collection.${spec.name}.description`],
        folder: `content/${spec.name}`,
        extension: spec.extension,
        format: 'frontmatter',
        create: true,
        delete: true,
        slug: '{{fields.slug}}',
        identifier_field: 'title',
        summary: '{{title}}',
        preview_path: spec.preview,
        sortable_fields: ['title', 'publishDate'],
        fields: collectionFields(spec),
      })),
    }),
  ) as Record<string, unknown>;
}
