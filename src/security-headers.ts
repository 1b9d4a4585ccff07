/**
 * Response headers for every page, for static hosts that take a `_headers` file (written into
 * the build by src/integrations/static-headers.ts) and for nginx (deploy/nginx.conf repeats
 * them; a test keeps the two in step).
 *
 * The page's own <meta> CSP (astro.config.mjs, with the hashes of each page's inline scripts
 * and styles) governs scripts, styles, images and connections. A header cannot carry per-page
 * hashes, so this one adds only what a <meta> CSP cannot express or should not need to:
 * nobody may frame the portal, and no plugin, <base> or form target elsewhere. Both policies
 * apply together.
 */
/**
 * Readers' visits are nobody else's business: no address is sent to another site. Pages repeat
 * it in a <meta> (Base.astro, the CMS page) for hosts that send no headers.
 */
export const REFERRER_POLICY = 'same-origin';

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  // HTTPS only, for a year, once a browser has seen the site over HTTPS (browsers ignore the
  // header over plain HTTP). Not includeSubDomains: a portal at a unit's main domain must not
  // force HTTPS onto the unit's other sites, which may not have it.
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Caching by path under the site's base: hashed assets forever, the search index briefly, pages revalidated. */
export const CACHE_RULES: { path: string; value: string }[] = [
  { path: '_astro/*', value: 'public, max-age=31536000, immutable' },
  { path: 'pagefind/*', value: 'public, max-age=3600' },
];

/** The `_headers` file (Netlify, Cloudflare Pages and others) for a site at `base`. */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    block(`${root}*`, SECURITY_HEADERS),
    ...CACHE_RULES.map((rule) => block(`${root}${rule.path}`, { 'Cache-Control': rule.value })),
  ]
    .join('\n\n')
    .concat('\n');
}
