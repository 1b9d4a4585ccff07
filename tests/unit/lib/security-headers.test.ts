import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CACHE_RULES, SECURITY_HEADERS, headersFile } from '../../../src/security-headers';

const ROOT = join(import.meta.dirname, '../../..');

describe('security headers', () => {
  test('the _headers file covers the whole site under its base, then the cached paths', () => {
    const file = headersFile('/portal');
    expect(file.startsWith('/portal/*\n  Content-Security-Policy: frame-ancestors')).toBe(true);
    expect(file).toContain('/portal/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headersFile('/')).toContain('/pagefind/*\n  Cache-Control: public, max-age=3600');
  });

  test('the site is HTTPS-only: HSTS for every response, and no includeSubDomains for other sites of the unit', () => {
    expect(SECURITY_HEADERS['Strict-Transport-Security']).toBe('max-age=31536000');
    expect(headersFile('/')).toContain('  Strict-Transport-Security: max-age=31536000\n');
  });

  test('the nginx recipe sends the same headers and the same caching', () => {
    const headers = readFileSync(join(ROOT, 'deploy/security-headers.conf'), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers, name).toContain(`add_header ${name} "${value}" always;`);
    const nginx = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
    for (const rule of CACHE_RULES) {
      const location = new RegExp(`location /${rule.path.replace('*', '')} \\{[^}]*Cache-Control "${rule.value}"`);
      expect(nginx).toMatch(location);
    }
    // The site is served by the HTTPS server; port 80 only redirects (and answers certbot).
    const [plain, secure] = nginx.split(/^server \{$/m).slice(1);
    expect(plain).toMatch(/listen 80;/);
    expect(plain).toMatch(/location \/ \{\s*return 301 https:\/\/\$host\$request_uri;\s*\}/);
    expect(plain).not.toMatch(/\broot \/srv\/portal;/);
    expect(secure).toMatch(/listen 443 ssl;/);
    // nginx drops inherited add_header lines in a location that adds its own: each includes them.
    const locations = secure!.match(/^\s*location /gm) ?? [];
    expect(locations.length).toBeGreaterThanOrEqual(3);
    expect(secure!.match(/include \/etc\/nginx\/portal\/security-headers\.conf;/g)).toHaveLength(locations.length);
  });
});
