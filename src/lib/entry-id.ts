import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SLUG_PATTERN, SLUG_RULE } from '../schemas/common.ts';
import { findImpossibleDates } from './calendar-date.ts';
import { bodyProblem } from './content-limits.ts';
import { codePointName, isUnsafeChar } from './unsafe-chars.ts';

interface IdOptions {
  entry: string;
  base: URL;
  data: Record<string, unknown>;
}

/**
 * The path of a `__proto__` key in frontmatter, if there is one: YAML makes it an ordinary
 * key, but JavaScript objects treat the name specially, and Astro's data store cannot save it.
 */
export function protoKeyPath(value: unknown, path = ''): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key === '__proto__') return here;
    const inner = protoKeyPath((value as Record<string, unknown>)[key], here);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/**
 * The first control or text-direction character in any text of the frontmatter (tabs and
 * line breaks aside), with the field it is in.
 */
export function unsafeCharPath(value: unknown, path = ''): { path: string; code: number } | undefined {
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i += 1) {
      const code = value.charCodeAt(i);
      if (isUnsafeChar(code) && code !== 0x0d) return { path, code };
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null || value instanceof Date) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = unsafeCharPath(inner, Array.isArray(value) ? `${path}.${key}` : path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

/**
 * Builds the glob loader's `generateId` for one collection: the `slug` field when present,
 * else the file name without extension. It is the one hook that sees each file before its
 * schema does, so it also refuses what the schema cannot see: a slug that is not ASCII (so
 * Chinese titles never reach a URL), two files claiming one slug, impossible dates that
 * the YAML parser would silently roll over, a `__proto__` key, invisible control characters
 * in the frontmatter, and a body too big for the site (src/lib/content-limits.ts).
 */
export function entryIdFrom(dir: string) {
  const owners = new Map<string, string>();
  return ({ entry, base, data }: IdOptions): string => {
    const file = `${dir}/${entry}`;
    const proto = protoKeyPath(data);
    if (proto !== undefined) throw new Error(`${file}: field "${proto}" is not allowed (a reserved name); remove it.`);
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
    const unsafe = unsafeCharPath(data);
    if (unsafe)
      throw new Error(
        `${file}: field "${unsafe.path}" contains the invisible control character ${codePointName(unsafe.code)}, ` +
          'which can make a text read differently from what it is; remove it.',
      );
    const frontmatter = FRONTMATTER.exec(source)?.[0] ?? '';
    const tooBig = bodyProblem(source.slice(frontmatter.length), frontmatter.split('\n').length);
    if (tooBig) throw new Error(`${file}: field "body": ${tooBig}.`);
    return id;
  };
}
