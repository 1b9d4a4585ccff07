// A shared law library: the national laws built once, by a province, as their own site (pages
// and a Pagefind index under their own path) and used by any number of county portals. The
// library's build writes a manifest (LIBRARY_MANIFEST_FILE); a portal's build reads a copy of
// it, since builds run without the internet, to link its citations into the library, and the
// portal's search merges the library's index (src/search/library.ts). Pure: no Astro imports,
// so astro.config.mjs (for the CSP) and unit tests use it as it is.
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { POLICY_STATUSES, type PolicyStatus } from '../schemas/policy-values.ts';

/** The manifest's file name, at the library's base: /library/library.json. */
export const LIBRARY_MANIFEST_FILE = 'library.json';

/** The manifest layout this code reads and writes; a library built by another layout is refused. */
export const LIBRARY_FORMAT = 1;

/** One law of the library, as the manifest lists it. */
export interface LibraryEntry {
  slug: string;
  title: string;
  /** 文号, when the law has one. */
  docNumber?: string | undefined;
  status: PolicyStatus;
  /** The anchors of its articles, in order: art-1, art-10-1… */
  articles: string[];
  /** The law's page, relative to the library's base: policies/<slug>/. */
  path: string;
}

/** The manifest a library build writes at its base. */
export interface LibraryManifest {
  format: typeof LIBRARY_FORMAT;
  /** The library's site title, for the build log. */
  title: string;
  /** The base path the library was built under (/library/); its pages link within it. */
  base: string;
  policies: LibraryEntry[];
}

/** Where a portal finds its library, as configured (src/site.config.ts, `library`). */
export interface LibrarySettings {
  /** '' for none, a same-origin path (/library/) or an https base URL. */
  url: string;
  /** The manifest file (a copy of the library's library.json), relative to the project. */
  manifest: string;
}

/** A checked library setting: where the library is, and the origin the CSP must allow for it. */
export interface LibraryLocation {
  /** The library's base, ending in '/': /library/ or https://fagui.example.gov.cn/library/. */
  url: string;
  /** The library's origin when it is on another site; undefined for a same-origin path. */
  origin: string | undefined;
  manifest: string;
}

const CONFIG = 'src/site.config.ts';

/**
 * Checks the portal's library setting: none, or a same-origin path / https base URL ending in
 * '/' together with a manifest file. Throws an error naming the field otherwise.
 */
export function libraryLocation(settings: LibrarySettings): LibraryLocation | undefined {
  const url = settings.url.trim();
  const manifest = settings.manifest.trim();
  const field = (name: string, message: string) => new Error(`${CONFIG}: field "library.${name}": ${message}`);
  if (!url && !manifest) return undefined;
  if (!url) throw field('url', "is empty, but library.manifest is set: give the library's address too (LIBRARY_URL)");
  if (!manifest)
    throw field(
      'manifest',
      `is empty: a portal reads the library's ${LIBRARY_MANIFEST_FILE} at build time (LIBRARY_MANIFEST), ` +
        'to link its citations into the library',
    );
  if (!url.endsWith('/')) throw field('url', `"${url}" must end with "/" (the library's base, e.g. /library/)`);
  if (url.startsWith('/')) {
    if (url.startsWith('//') || /[?#\\]/.test(url))
      throw field('url', `"${url}" must be a path on this site (/library/) or an https address`);
    return { url, origin: undefined, manifest };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw field('url', `"${url}" is neither a path on this site (/library/) nor an address`);
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.search || parsed.hash)
    throw field('url', `"${url}" must be an https address without user, query or fragment`);
  return { url: parsed.href, origin: parsed.origin, manifest };
}

const entrySchema = z.strictObject({
  slug: z.string().regex(SLUG_PATTERN, 'must be a slug (lowercase ASCII letters, digits and hyphens)'),
  title: z.string().trim().min(1, 'must not be empty'),
  docNumber: z.string().trim().min(1, 'must not be empty when given').optional(),
  status: z.enum(POLICY_STATUSES),
  articles: z.array(z.string().regex(/^art-\d+(?:-\d+)?$/, 'must be article anchors such as "art-19"')),
  path: z.string().regex(/^(?:[a-z0-9-]+\/)+$/, 'must be a path inside the library ending in "/", e.g. "policies/x/"'),
});

const manifestSchema = z.strictObject({
  format: z.literal(LIBRARY_FORMAT, { error: `must be ${LIBRARY_FORMAT} (the layout this portal reads)` }),
  title: z.string().trim().min(1, 'must not be empty'),
  base: z.string().regex(/^\/(?:[^/?#]+\/)*$/, 'must be the path the library was built under, e.g. "/library/"'),
  policies: z.array(entrySchema),
});

/** A zod issue's path as the message names it: policies[3].slug. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    '',
  );
}

/**
 * Reads a library manifest (the text of `file`). Every mistake is named with the file and field,
 * all at once; a slug listed twice is one of them.
 */
export function parseLibraryManifest(text: string, file: string): LibraryManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${file}: not JSON (${(error as Error).message}); copy the library's ${LIBRARY_MANIFEST_FILE} again`,
      { cause: error },
    );
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `${file}: not a law library manifest:\n` +
        parsed.error.issues.map((issue) => `  - field "${fieldName(issue.path)}": ${issue.message}`).join('\n'),
    );
  const seen = new Map<string, number>();
  const twice: string[] = [];
  parsed.data.policies.forEach((entry, i) => {
    const first = seen.get(entry.slug);
    if (first === undefined) seen.set(entry.slug, i);
    else twice.push(`  - field "policies[${i}].slug": "${entry.slug}" is listed already at policies[${first}]`);
  });
  if (twice.length > 0) throw new Error(`${file}: not a law library manifest:\n${twice.join('\n')}`);
  return parsed.data as LibraryManifest;
}

/** The manifest's text for a library's laws, in slug order so that two builds write the same bytes. */
export function libraryManifestText(manifest: LibraryManifest): string {
  const policies = [...manifest.policies].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return `${JSON.stringify({ ...manifest, policies }, null, 1)}\n`;
}

/** A portal's view of its library: the laws by slug and where their pages are. */
export interface Library {
  url: string;
  title: string;
  bySlug: Map<string, LibraryEntry>;
}

export function libraryOf(location: LibraryLocation, manifest: LibraryManifest): Library {
  return { url: location.url, title: manifest.title, bySlug: new Map(manifest.policies.map((p) => [p.slug, p])) };
}

/**
 * The address of a law in the library, or of one of its articles (art-19). An article the law
 * does not have gives the law's page: the reader still lands on the right law.
 */
export function libraryHref(library: Library, entry: LibraryEntry, article?: string): string {
  const anchor = article && entry.articles.includes(article) ? `#${article}` : '';
  return `${library.url}${entry.path}${anchor}`;
}

/** How a cited policy slug resolves: a page of the portal, a law of the library, or nothing. */
export type CitedTarget =
  | { where: 'portal'; id: string }
  | { where: 'library'; id: string; entry: LibraryEntry; href: string }
  | { where: 'missing'; id: string };

/**
 * Resolves a policy the portal's content cites: the portal's own page first (a county may keep
 * its own copy of a law), then the library, else missing (shown as unavailable and reported).
 */
export function resolveCited(
  id: string,
  portal: ReadonlySet<string>,
  library: Library | undefined,
  article?: string,
): CitedTarget {
  if (portal.has(id)) return { where: 'portal', id };
  const entry = library?.bySlug.get(id);
  if (library && entry) return { where: 'library', id, entry, href: libraryHref(library, entry, article) };
  return { where: 'missing', id };
}
