import { CONTENT_COMPONENTS } from '../lib/content-components';
import { COLLECTION_NAMES, CONTENT_TYPES, type CollectionName, type ContentType } from '../collections';
import { SLUG_PATTERN } from '../schemas/common';
import { SITE } from '../site.config';
import strings from '../i18n/zh-CN.json' with { type: 'json' };
import { fieldAt, fieldsFor, isList, optionalGroups, type CmsField, type FieldOverrides } from './fields';
import { reservedSlugs } from '../lib/paths';
import { relation } from './widgets';
import { CONTENT_FORMAT } from './admin/frontmatter';
import { checkBackend } from './backend';

/**
 * The Decap CMS configuration (served as /admin/config.yml): the site config's backend and
 * one collection per content folder, with fields generated from the schemas (src/cms/fields.ts).
 */

const S = strings as Record<string, string>;

/** One CMS collection: a registry entry (src/collections.ts) as Decap needs it. */
export interface CollectionSpec {
  name: CollectionName;
  schema: { shape: Record<string, unknown> };
  extension: 'md' | 'mdx';
  /** Where an entry is published, for the CMS's "view live" link. */
  preview: string;
  overrides: FieldOverrides;
  /** Editing modes of the body: raw Markdown only where rich text would damage it. */
  bodyModes: ('raw' | 'rich_text')[];
}

/** Every content folder the site builds from, in the order the CMS lists them. */
export const COLLECTIONS: CollectionSpec[] = COLLECTION_NAMES.map((name) => {
  const type: ContentType = CONTENT_TYPES[name] as ContentType;
  return {
    name,
    schema: type.schema,
    extension: type.extension,
    preview: (type.path ? type.path('{{slug}}') : type.listing).slice(1),
    // A reference field is a relation to entries of its collection (a list of them when the
    // schema's field is a list).
    overrides: {
      ...Object.fromEntries(
        Object.entries(type.references ?? {}).map(([field, to]) => [
          field,
          relation(to, isList(fieldAt(type.schema.shape, field))),
        ]),
      ),
      ...type.cms.overrides,
    },
    bodyModes: type.cms.bodyModes,
  };
});

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
  // A new entry's file is named after its slug: src/cms/admin/checks.ts refuses a new entry
  // without one, and writes the file name into an older entry that has none.
  const slug = fields.find((f) => f.name === 'slug');
  if (!slug) return [...fields, bodyField(spec)];
  // Required in the CMS: the slug widget (src/cms/admin/widgets.ts) fills in an older entry's
  // file name, refuses a slug another entry has, and the site's reserved ones.
  Object.assign(slug, { widget: 'slug', required: true, pattern: [SLUG_PATTERN.source, S['cms.rule.slug']!] });
  // Title, then the slug made from it, then the rest.
  const rest = fields.filter((f) => f !== slug && f.name !== 'title');
  return [...fields.filter((f) => f.name === 'title'), slug, ...rest, bodyField(spec)];
}

/** What the CMS admin's own code needs of the site's rules (src/pages/admin/cms-setup.js.ts). */
export function adminRules() {
  return {
    reserved: Object.fromEntries(COLLECTIONS.map((spec) => [spec.name, [...reservedSlugs(spec.name)]])),
    optionalGroups: Object.fromEntries(
      COLLECTIONS.map((spec) => [spec.name, optionalGroups(spec.schema.shape as never, spec.name, spec.overrides)]),
    ),
    // The same limit as the upload fields' max_file_size (src/cms/widgets.ts), for every upload.
    maxUploadBytes: SITE.cms.maxUploadBytes,
  };
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
  const git = checkBackend(SITE.cms.backend, SITE.cms.editorialWorkflow);
  for (const warning of git.warnings) console.warn(`[cms] ${warning}`);
  return JSON.parse(
    JSON.stringify({
      backend: git.backend,
      // `npm run cms`: on localhost the CMS edits ./content through decap-server instead.
      local_backend: { url: localBackendUrl() },
      publish_mode: git.publishMode,
      locale: 'zh_Hans',
      site_url: siteUrl,
      display_url: siteUrl,
      media_folder: 'public/uploads',
      // What an entry stores: the site adds its base when it links the file (withBase), and the
      // schema wants /uploads/…, so this stays the same under a sub-path.
      public_folder: '/uploads',
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      collections: COLLECTIONS.map((spec) => ({
        name: spec.name,
        label: S[`cms.collection.${spec.name}`],
        label_singular: S[`cms.collection.${spec.name}.one`],
        description: S[`cms.collection.${spec.name}.description`],
        folder: `content/${spec.name}`,
        extension: spec.extension,
        format: CONTENT_FORMAT,
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
