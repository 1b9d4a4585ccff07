import { SITE } from '../site.config';
import type { FieldOverrides } from './fields';

/**
 * Decap widgets that a schema cannot express, for the registry's CMS overrides
 * (src/collections.ts): a relation to other entries, an upload, multi-line text, a local time.
 */
type Override = FieldOverrides[string];

/** Entries of another collection, picked by title, stored by slug. */
export const relation = (collection: string, multiple: boolean): Override => ({
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

const mediaLibrary = { config: { max_file_size: SITE.cms.maxUploadBytes } };

/** A file uploaded into public/uploads (the upload decides the path, so no pattern to type). */
export const upload = (): Override => ({ widget: 'file', pattern: undefined, media_library: mediaLibrary });

/** An upload, or an address typed in: the schema's pattern stays to check what is typed. */
export const uploadOrAddress = (): Override => ({ widget: 'file', media_library: mediaLibrary });

export const text: Override = { widget: 'text' };

/**
 * The organizer's wall-clock time, as the schema wants it ("2026-12-05 19:30"); its zone is a
 * field of its own, so the picker must not convert to UTC.
 */
export const localTime: Override = {
  widget: 'datetime',
  format: 'YYYY-MM-DD HH:mm',
  date_format: 'YYYY-MM-DD',
  time_format: 'HH:mm',
  picker_utc: false,
};

/**
 * An IANA time zone, picked from the list this Node.js knows (the build accepts exactly those),
 * so that "Asia/Beijing" cannot be typed.
 */
export const timeZoneSelect = (): Override => ({
  widget: 'select',
  options: Intl.supportedValuesOf('timeZone').map((zone) => ({ label: zone, value: zone })),
});

/** A lesson's position: a number no other lesson of its course has (src/cms/admin/widgets.ts). */
export const lessonOrder: Override = { widget: 'lesson-order' };
