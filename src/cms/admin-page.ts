import { createHash } from 'node:crypto';
import strings from '../i18n/zh-CN.json';
import { REFERRER_POLICY } from '../security-headers';
import { SITE } from '../site.config';
import { backendOrigins, localBackendUrl } from './collections';

/**
 * Runs before Decap. Inside another site's frame (where a page could trick an editor into
 * clicking through the CMS) Decap is told not to start, so the page stays blank; at the top
 * level it starts as usual. Hosts without the `_headers` file (GitHub Pages) cannot forbid
 * framing, and a <meta> CSP cannot say frame-ancestors. Allowed by its hash in adminCsp().
 */
export const FRAME_GUARD = 'if(window.top!==window.self)window.CMS_MANUAL_INIT=true;';
const FRAME_GUARD_HASH = `'sha256-${createHash('sha256').update(FRAME_GUARD).digest('base64')}'`;

/**
 * The CMS admin page. It is not an Astro page: Decap needs `'unsafe-eval'` (its config
 * validator compiles code) and inline styles (its UI library), which the site's own strict CSP
 * forbids. So this page carries its own CSP, limited to the site and the Git host's API.
 * Nothing is loaded from a CDN.
 *
 * `localBackend` adds decap-server on localhost, which `npm run cms` (astro dev) needs. A
 * build never gets it: a published admin page has no business talking to a server on the
 * reader's own machine.
 */
export function adminCsp({ localBackend }: { localBackend: boolean }): string {
  const git = backendOrigins(SITE.cms.backend).join(' ');
  const local = localBackend ? [new URL(localBackendUrl()).origin] : [];
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-eval' ${FRAME_GUARD_HASH}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${git}`,
    "media-src 'self' blob:",
    "font-src 'self'",
    ['connect-src', "'self'", 'blob:', ...local, git].filter(Boolean).join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${git}`,
  ].join('; ');
}

/**
 * The admin's own additions to Decap's look: field errors keep their case (Decap sets them in
 * capitals, which turns an example such as report-in-guide into REPORT-IN-GUIDE, a slug the
 * field refuses; the element type outranks Decap's generated class), and the content health
 * link in a corner.
 */
const ADMIN_STYLE = [
  'ul[class*="-ControlErrorsList"]{text-transform:none}',
  '.app-health-link{position:fixed;right:12px;bottom:12px;z-index:300;padding:8px 12px;border-radius:6px;',
  'background:#fff;border:2px solid #b3261e;color:#b3261e;font:15px/1.4 system-ui,sans-serif;text-decoration:none}',
  '.app-health-link[data-problems="0"]{border-color:#8a8a8a;color:#444}',
].join('');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function adminPage(base: string, options: { localBackend: boolean }): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="content-security-policy" content="${escape(adminCsp(options))}">
    <meta name="robots" content="noindex">
    <meta name="referrer" content="${REFERRER_POLICY}">
    <meta name="description" content="${escape(strings['cms.description'])}">
    <title>${escape(strings['cms.title'])} · ${escape(SITE.title)}</title>
    <link rel="cms-config-url" type="text/yaml" href="${root}admin/config.yml">
    <script>${FRAME_GUARD}</script>
    <style>${ADMIN_STYLE}</style>
  </head>
  <body>
    <noscript><p>${escape(strings['cms.noscript'])}</p></noscript>
    <script src="${root}admin/decap-cms.js"></script>
    <script src="${root}admin/cms-setup.js"></script>
  </body>
</html>
`;
}
