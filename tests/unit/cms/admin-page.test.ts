import { describe, expect, test } from 'vitest';
import { adminCsp, adminPage } from '../../../src/cms/admin-page';
import { backendOrigins } from '../../../src/cms/collections';
import { SITE } from '../../../src/site.config';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('the CMS admin page CSP', () => {
  const local = `http://localhost:${SITE.cms.localBackendPort}`;
  const git = backendOrigins(SITE.cms.backend).join(' ');

  test('a build connects to the site and the Git host only, never to decap-server on localhost', () => {
    const csp = adminCsp({ localBackend: false });
    expect(directive(csp, 'connect-src')).toBe(`connect-src 'self' blob: ${git}`);
    expect(csp).not.toContain('localhost');
    expect(adminPage('/portal', { localBackend: false })).not.toContain('localhost');
  });

  test('`npm run cms` (astro dev) also reaches decap-server on this machine', () => {
    const csp = adminCsp({ localBackend: true });
    expect(directive(csp, 'connect-src')).toBe(`connect-src 'self' blob: ${local} ${git}`);
    // Nothing else differs.
    expect(csp.replace(` ${local}`, '')).toBe(adminCsp({ localBackend: false }));
    expect(adminPage('/', { localBackend: true })).toContain(local);
  });
});
