import { build } from 'esbuild';

/**
 * One of the CMS admin's own scripts (src/cms/admin/), bundled for the browser when the site is
 * built: TypeScript modules that share the site's rules (strings, URL and size limits), served
 * from the site itself like Decap's bundle. A classic script (the admin page has no modules),
 * so `globalName` is how a script loaded later hands over what it exports.
 */
export async function adminScript(
  entry: string,
  options: { define?: Record<string, string>; globalName?: string } = {},
): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    ...options,
  });
  return result.outputFiles[0]!.text;
}

export const scriptResponse = (text: string) =>
  new Response(text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
