import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../security-headers.ts';

/** Writes `_headers` (security headers and caching for static hosts) into the build. */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'portal:static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(`${fileURLToPath(dir)}/_headers`, headersFile(base));
      },
    },
  };
}
