import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** Longest slug before it is cut at a hyphen and given a hash of the full title. */
export const SLUG_MAX = 60;

/** A short, stable hex digest of a text (6 characters of its SHA-256 by default). */
export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, length);
}

/**
 * The toneless pinyin of a title, syllables joined by hyphens: 劳动合同法 → lao-dong-he-tong-fa.
 * The 中华人民共和国 prefix is dropped, and so is an issuer's "…关于" opening, which would fill
 * the length cap before the words that tell documents apart (the issuer is a field of its own).
 * ASCII letters and digits are kept (GB/T 16180 → gb-t-16180); punctuation only separates.
 */
export function pinyinSlug(title: string): string {
  const text = title
    .normalize('NFKC')
    .replace(/^中华人民共和国/, '')
    .replace(/^(?:(?:最高人民法院|最高人民检察院|国务院办公厅|国务院)[、\s]*)+关于/, '');
  const tokens = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return tokens
    .flatMap((token) => token.toLowerCase().split(/[^a-z0-9]+/))
    .filter((part) => part !== '')
    .join('-');
}

/** Cuts a slug to at most `max` characters at a hyphen (or mid-word when it has none). */
function cutAtHyphen(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}

/**
 * The slug of one document: pinyin of the title, plus the version date from the file name
 * (cishan-fa-2016-03-16). Past SLUG_MAX characters the title part is cut at a hyphen and a
 * hash of the full title keeps it unique.
 */
export function documentSlug(title: string, versionDate?: string): { slug: string; truncated: boolean } {
  const suffix = versionDate ? `-${versionDate}` : '';
  const base = pinyinSlug(title) || `policy-${shortHash(title)}`;
  if (base.length + suffix.length <= SLUG_MAX) return { slug: base + suffix, truncated: false };
  const hash = shortHash(title);
  const head = cutAtHyphen(base, SLUG_MAX - suffix.length - hash.length - 1);
  return { slug: `${head}-${hash}${suffix}`, truncated: true };
}

/**
 * Makes slugs unique within one run and against earlier runs. `owners` holds the slugs of the
 * entries already written (slug → source): a source keeps the slug it was given then, whatever
 * sorts before it now, so that pages keep their address. Among the rest, the first document (in
 * the order given: sorted source paths) gets its slug; a later one with a slug already given,
 * now or before, gets a hash of its source path.
 */
export function uniqueSlugs<T extends { source: string; slug: string }>(
  items: readonly T[],
  owners: ReadonlyMap<string, string> = new Map(),
): { item: T; slug: string; collidedWith?: string }[] {
  const given = new Map<string, string[]>();
  for (const [slug, source] of owners) given.set(source, [...(given.get(source) ?? []), slug]);
  const taken = new Map(owners);
  const earlier = (item: T) => {
    const slugs = given.get(item.source);
    // Two entries of one source (its title changed once): the one the title still gives wins.
    return slugs?.includes(item.slug) ? item.slug : slugs?.sort()[0];
  };
  return items.map((item) => {
    const kept = earlier(item);
    if (kept !== undefined) return { item, slug: kept };
    let slug = item.slug;
    const owner = taken.get(slug);
    if (owner !== undefined) {
      for (let length = 6; taken.has(slug); length += 2) slug = `${item.slug}-${shortHash(item.source, length)}`;
    }
    taken.set(slug, item.source);
    return owner === undefined ? { item, slug } : { item, slug, collidedWith: owner };
  });
}
