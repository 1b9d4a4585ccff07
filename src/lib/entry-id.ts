import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SLUG_PATTERN, SLUG_RULE } from '../schemas/common';
import { findImpossibleDates } from './calendar-date';

interface IdOptions {
  entry: string;
  base: URL;
  data: Record<string, unknown>;
}

/**
 * Builds the glob loader's `generateId` for one collection: the `slug` field when present,
 * else the file name without extension. It is the one hook that sees each file before its
 * schema does, so it also refuses what the schema cannot see: a slug that is not ASCII (so
 * Chinese titles never reach a URL), two files claiming one slug, and impossible dates that
 * the YAML parser would silently roll over.
 */
export function entryIdFrom(dir: string) {
  const owners = new Map<string, string>();
  return ({ entry, base, data }: IdOptions): string => {
    const file = `${dir}/${entry}`;
    const fileName = entry.split('/').pop() ?? entry;
    const fromField = data.slug !== undefined;
    const id = fromField ? String(data.slug) : fileName.replace(/\.mdx?$/, '');
    if (!SLUG_PATTERN.test(id)) {
      const where = fromField
        ? `field "slug" is "${id}"`
        : `field "slug" is missing and the file name "${fileName}" is not a valid slug`;
      throw new Error(`${file}: ${where}; a slug must use ${SLUG_RULE}.`);
    }

    const owner = owners.get(id);
    if (owner !== undefined && owner !== entry && existsSync(fileURLToPath(new URL(owner, base)))) {
      throw new Error(`${file}: field "slug": "${id}" is already the slug of ${dir}/${owner}; slugs must be unique.`);
    }
    owners.set(id, entry);

    const source = readFileSync(fileURLToPath(new URL(entry, base)), 'utf8');
    const [bad] = findImpossibleDates(source);
    if (bad) throw new Error(`${file}: field "${bad.field}": ${bad.value} is not a date that exists (YYYY-MM-DD).`);
    return id;
  };
}
