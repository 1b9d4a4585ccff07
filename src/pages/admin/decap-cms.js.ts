import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIRoute } from 'astro';

// Decap's bundle, served from the site itself (never a CDN). Only the main file: its lazy
// chunks are code-editor modes and a WebP encoder, which this configuration does not use.
export const GET: APIRoute = () => {
  const file = createRequire(join(process.cwd(), 'package.json')).resolve('decap-cms/dist/decap-cms.js');
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
