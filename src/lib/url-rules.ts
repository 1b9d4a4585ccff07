/**
 * One rule for every URL that content can hold, in a body (sanitize-html.ts) or in a
 * frontmatter field (src/schemas/urls.ts). A URL is one of two kinds:
 *
 * - a **link** the reader may follow: the web (http, https), mail, phone, or a path on the site;
 * - a **resource** the page loads by itself (an image, audio, a video, an attachment served
 *   from the site): only the site's own files, never another origin, so that no reader's visit
 *   is reported to a third party and nothing outside the site can change the page.
 */

const LOCAL = 'https://local.invalid';
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);base64,/i;

/**
 * A file uploaded to the site: `/uploads/` then ASCII path segments that never start with a
 * dot (so no `..`, no hidden files), no backslashes, no query or fragment.
 */
export const UPLOAD_PATH = /^\/uploads\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** What a URL is, once the control characters and spaces that browsers ignore are gone. */
export function parseUrl(value: string): URL | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  // Browsers read a backslash as a slash: "/\evil.example" is another host.
  if (cleaned.includes('\\')) return undefined;
  try {
    return new URL(cleaned, `${LOCAL}/`);
  } catch {
    return undefined;
  }
}

/** Whether a link may point there: the web, mail and phone, or the site itself. */
export function isSafeLink(value: string): boolean {
  const url = parseUrl(value);
  return url !== undefined && LINK_PROTOCOLS.has(url.protocol);
}

/** Whether a URL is an absolute web address (http or https, or https only), with a host. */
export function isWebUrl(value: string, { httpsOnly = false } = {}): boolean {
  if (/[\s\\]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const protocols = httpsOnly ? ['https:'] : ['http:', 'https:'];
  return protocols.includes(url.protocol) && url.hostname !== '' && url.username === '' && url.password === '';
}

/**
 * Whether an element may load this address: the site's own files only (relative paths, or
 * absolute ones on `siteOrigin`), and inline images in the raster formats.
 */
export function isOwnResource(value: string, tag: string, siteOrigin?: string): boolean {
  if (tag === 'img' && DATA_IMAGE.test(value.trim())) return true;
  const url = parseUrl(value);
  if (!url) return false;
  return url.origin === LOCAL || (siteOrigin !== undefined && url.origin === siteOrigin);
}

/** Whether an iframe may show this page: https, on an allowed origin. */
export function isAllowedFrame(value: string, frameOrigins: readonly string[]): boolean {
  const url = parseUrl(value);
  return url !== undefined && url.protocol === 'https:' && frameOrigins.includes(url.origin);
}
