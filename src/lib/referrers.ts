/**
 * Which entries name which: for each entry (by "collection/slug"), the entries whose reference
 * fields name it, drafts included. The CMS warns with this list before an entry is deleted,
 * unpublished or given another slug (src/cms/admin/warnings.ts).
 */
export interface Referrer {
  collection: string;
  slug: string;
  title: string;
  field: string;
}

export interface ReferenceField {
  from: string;
  field: string;
  to: string;
}

interface EntryLike {
  id: string;
  collection: string;
  data: Record<string, unknown>;
}

/** The values at a dotted field path, through lists: outcomes.policies of every outcome. */
export function valuesAt(data: unknown, path: string): unknown[] {
  let values: unknown[] = [data];
  for (const name of path.split('.'))
    values = values
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .map((value) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined));
  return values.flatMap((value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]));
}

export function referrersOf(entries: EntryLike[], fields: readonly ReferenceField[]): Record<string, Referrer[]> {
  const index: Record<string, Referrer[]> = {};
  for (const entry of entries) {
    for (const { from, field, to } of fields) {
      if (entry.collection !== from) continue;
      const targets = valuesAt(entry.data, field).map(String);
      for (const target of new Set(targets)) {
        // A policy that names itself is refused before saving; it is not its own referrer.
        if (to === from && target === entry.id) continue;
        const referrer = { collection: from, slug: entry.id, title: String(entry.data.title ?? entry.id), field };
        (index[`${to}/${target}`] ??= []).push(referrer);
      }
    }
  }
  for (const list of Object.values(index))
    list.sort((a, b) => a.collection.localeCompare(b.collection) || a.slug.localeCompare(b.slug));
  return index;
}
