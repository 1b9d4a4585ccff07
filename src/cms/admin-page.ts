import { createHash } from 'node:crypto';
import strings from '../i18n/zh-CN.json' with { type: 'json' };
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
 *
 * Served as /admin/admin.css: the page's CSP keeps 'unsafe-inline' for Decap's styles, so a
 * hash would switch that off, and an unhashed inline <style> is what the site's checks forbid.
 */
const ADMIN_STYLE = [
  'ul[class*="-ControlErrorsList"]{text-transform:none}',
  '.app-health-link{position:fixed;right:12px;bottom:12px;z-index:300;padding:8px 12px;border-radius:6px;',
  'background:#fff;border:2px solid #b3261e;color:#b3261e;font:15px/1.4 system-ui,sans-serif;text-decoration:none}',
  '.app-health-link[data-problems="0"]{border-color:#8a8a8a;color:#444}',
].join('');

/*
 * Phones (below 800 px, PHONE_QUERY in src/cms/admin/phone.ts). Decap's entry editor keeps
 * an 800 px minimum, puts the preview beside the form and its toolbar in one 66 px row; here
 * the toolbar wraps (back link and account on top, 发布 and 删除内容 below it), and the form
 * and the preview take the whole width in turn, switched by the admin's own 预览 / 返回编辑
 * button. Decap's class names end in its components' names; its own styles come later in the
 * page, hence !important.
 */
const PHONE_STYLE = [
  '.app-cms-preview-toggle{display:none}',
  '@media (max-width:799px){',
  // Lists scroll under the fixed health link and preview button: room to scroll their last line clear.
  'body{padding-bottom:64px}',
  // The editor: toolbar, then the form or the preview filling the rest of the screen.
  '[class*="-EditorContainer"]{min-width:0!important;padding-top:0!important;display:flex;flex-direction:column}',
  '[class*="-EditorContainer"]>[class*="-ToolbarContainer"]{position:relative!important;min-width:0!important;',
  'height:auto!important;flex:none;flex-wrap:wrap}',
  '[class*="-EditorContainer"]>[class*="-ToolbarContainer"]>*{height:auto!important;min-height:56px}',
  '[class*="-EditorContainer"]>[class*="-ToolbarContainer"]>a{flex:1 1 0;min-width:0;padding:0 12px!important}',
  '[class*="-EditorContainer"]>[class*="-ToolbarContainer"]>[class*="-ToolbarSectionMain"]{order:3;flex:1 0 100%;',
  'border-top:1px solid #dfdfe3;padding:0 2px!important}',
  '[class*="-EditorContainer"]>:last-child{flex:1 1 auto;min-height:0;height:auto!important;width:100%}',
  // Decap's eye and scroll-sync buttons would sit on the form; the admin's button replaces them.
  '[class*="-EditorContainer"] [class*="-ViewControls"]{display:none}',
  '[class*="-StyledSplitPane"]>.Pane1,[class*="-StyledSplitPane"]>.Resizer{display:none!important}',
  '[class*="-StyledSplitPane"]>.Pane2{width:100%!important;flex:1 1 auto!important}',
  // Room below the last field for the buttons fixed at the bottom of the screen.
  '[class*="-PreviewPaneContainer-ControlPaneContainer"]{padding:0 12px 72px!important}',
  '.app-cms-preview-toggle:not([hidden]){display:block;position:fixed;left:12px;bottom:12px;z-index:300;',
  'min-height:44px;padding:8px 20px;border-radius:22px;border:0;background:#3a69c7;color:#fff;',
  'font:bold 16px/1.4 system-ui,sans-serif;box-shadow:0 2px 6px rgba(0,0,0,.25)}',
  '}',
].join('');

/** What /admin/admin.css serves. */
export const ADMIN_CSS = ADMIN_STYLE + PHONE_STYLE;

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
    <link rel="stylesheet" href="${root}admin/admin.css">
  </head>
  <body>
    <noscript><p>${escape(strings['cms.noscript'])}</p></noscript>
    <script src="${root}admin/decap-cms.js"></script>
    <script src="${root}admin/cms-setup.js"></script>
  </body>
</html>
`;
}
