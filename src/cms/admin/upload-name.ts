/**
 * The name an uploaded file gets in public/uploads. Decap would run the original name through
 * its slug cleaner, which drops every Chinese character: 工地党小组合影.png became ".png" (a
 * hidden file, and the next Chinese-named photo has the same name), 附件2：登记表.pdf became
 * "2-.pdf". Instead the name is romanized (pinyin for Chinese), lowercase ASCII words joined
 * by hyphens, the extension kept: gong-di-dang-xiao-zu-he-ying.png, fu-jian-2-deng-ji-biao.pdf.
 *
 * The romanizer is a parameter so that this module stays small: the admin's main script
 * imports it for `numberedName`, and only src/cms/admin/pinyin-names.ts (loaded on the first
 * upload) brings the pinyin dictionary.
 */

/** Longest name before the extension, in characters: long enough to read, short enough for a URL. */
export const MAX_STEM_LENGTH = 60;

/** Turns text into words: pinyin syllables for Chinese, other runs of characters as they are. */
export type Romanizer = (text: string) => string[];

/** An extension worth keeping: ASCII letters and digits after the last dot (.png, .PDF, .mp3). */
const EXTENSION = /\.([A-Za-z0-9]{1,10})$/;

/** Lowercase ASCII words of a text: accents dropped (é → e), anything else only separates words. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Cuts a hyphenated stem to at most `max` characters at a hyphen (mid-word when it has none). */
function cut(stem: string, max: number): string {
  if (stem.length <= max) return stem;
  const hyphen = stem.slice(0, max + 1).lastIndexOf('-');
  return hyphen > 0 ? stem.slice(0, hyphen) : stem.slice(0, max);
}

const two = (n: number) => String(n).padStart(2, '0');

/** The editor's local date and time, 20260512-093005: the name of an upload whose own name has no letters or digits. */
export function timeStamp(now: Date): string {
  const date = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`;
  return `${date}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

/**
 * The upload name of a file called `original`: romanized, lowercase ASCII letters, digits and
 * single hyphens, at most MAX_STEM_LENGTH characters before the lowercased extension; a
 * time stamp when nothing readable is left (🎉.png, ：：.pdf).
 */
export function uploadName(original: string, now: Date, romanize: Romanizer): string {
  // Full-width letters, digits and punctuation become ASCII first (２０２６：→ 2026:).
  const name = original.normalize('NFKC').trim();
  const match = EXTENSION.exec(name);
  const extension = match ? `.${match[1]!.toLowerCase()}` : '';
  const base = match ? name.slice(0, match.index) : name;
  const stem = cut(romanize(base).flatMap(words).join('-'), MAX_STEM_LENGTH);
  return `${stem || timeStamp(now)}${extension}`;
}

/**
 * The `n`th name for an upload whose name is taken (n ≥ 2): photo.png → photo-2.png, still
 * within MAX_STEM_LENGTH.
 */
export function numberedName(name: string, n: number): string {
  const match = EXTENSION.exec(name);
  const extension = match ? match[0] : '';
  const stem = match ? name.slice(0, match.index) : name;
  const suffix = `-${n}`;
  return `${cut(stem, MAX_STEM_LENGTH - suffix.length)}${suffix}${extension}`;
}

/** The global through which /admin/upload-names.js hands over src/cms/admin/pinyin-names.ts. */
export const UPLOAD_NAMES_GLOBAL = 'cmsUploadNames';

/** What /admin/upload-names.js exports. */
export interface UploadNames {
  pinyinUploadName(original: string, now: Date): string;
}
