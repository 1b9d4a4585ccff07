import { z } from 'astro/zod';
import { UPLOAD_PATH } from '../lib/url-rules.ts';

/**
 * The URL fields of every collection, on the one rule of src/lib/url-rules.ts: a link may lead
 * to the web, a file the page loads must be the site's own. Each is a plain pattern, so the CMS
 * checks exactly the same before saving (src/cms/fields.ts turns patterns into Decap's).
 */

/** A host name (ASCII or punycode) with an optional port; no user name, so "a.gov.cn@evil" cannot pass. */
const HOST = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\\d{1,5})?';
/** What may follow the host: a path, query or fragment without spaces or backslashes. */
const REST = '(?:[/?#][^\\s\\\\]*)?';

export const WEB_URL = new RegExp(`^https?://${HOST}${REST}$`);
export const HTTPS_URL = new RegExp(`^https://${HOST}${REST}$`);

const either = (a: RegExp, b: RegExp) => new RegExp(`^(?:${a.source.slice(1, -1)}|${b.source.slice(1, -1)})$`);

export const UPLOAD_OR_WEB_URL = either(UPLOAD_PATH, WEB_URL);
export const UPLOAD_OR_HTTPS_URL = either(UPLOAD_PATH, HTTPS_URL);

/** A web page a reader may open: http:// or https://, e.g. an official site's copy of a document. */
export const webUrl = z.string().trim().regex(WEB_URL, 'must be an http:// or https:// address');

/** An https:// address, e.g. a meeting link (a reader's login must not cross the network in clear). */
export const httpsUrl = z.string().trim().regex(HTTPS_URL, 'must be an https:// address');

/** A file uploaded to the site, e.g. /uploads/2026-baodao-dengjibiao.pdf. */
export const uploadPath = z
  .string()
  .trim()
  .regex(UPLOAD_PATH, 'must be a file under /uploads/ (letters, digits, ".", "_" and "-"; no "..")');

/** A file on the site or a document on another site (a link, never loaded by the page). */
export const uploadOrWebUrl = z
  .string()
  .trim()
  .regex(UPLOAD_OR_WEB_URL, 'must be a file under /uploads/ or an http:// or https:// address');

/** A file on the site or an https:// address (a recording on a video site). */
export const uploadOrHttpsUrl = z
  .string()
  .trim()
  .regex(UPLOAD_OR_HTTPS_URL, 'must be a file under /uploads/ or an https:// address');
