import { fileURLToPath } from 'node:url';
import type { APIRoute } from 'astro';
import { root } from 'astro:config/server';
import { build } from 'esbuild';
import { adminRules } from '../../cms/collections';

// The CMS admin's own code (src/cms/admin/), bundled for the browser when the site is built:
// TypeScript modules that share the site's rules (strings, URL and size limits), served from
// the site itself like Decap's bundle.
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/cms/admin/index.ts', root))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { __BASE__: JSON.stringify(import.meta.env.BASE_URL), __RULES__: JSON.stringify(adminRules()) },
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
