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

  test('the nginx recipe sends the same headers and the same caching', () => {
    const headers = readFileSync(join(ROOT, 'deploy/security-headers.conf'), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers, name).toContain(`add_header ${name} "${value}" always;`);
    const nginx = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
    for (const rule of CACHE_RULES) {
      const location = new RegExp(`location /${rule.path.replace('*', '')} \\{[^}]*Cache-Control "${rule.value}"`);
      expect(nginx).toMatch(location);
    }
    // nginx drops inherited add_header lines in a location that adds its own: each includes them.
    const locations = nginx.match(/^\s*location /gm) ?? [];
    expect(locations.length).toBeGreaterThanOrEqual(4);
    expect(nginx.match(/include \/etc\/nginx\/portal\/security-headers\.conf;/g)).toHaveLength(locations.length);
  });
});
