import { build, type BuildOptions } from 'esbuild';

/**
 * The CMS admin's own scripts (src/cms/admin/), bundled for the browser when the site is built:
 * TypeScript modules that share the site's rules (strings, URL and size limits), served from
 * the site itself like Decap's bundle. Classic scripts (the admin page has no modules), so
 * `globalName` is how a script loaded later hands over what it exports.
 */

/** Each script's address in the built site and its entry module. */
export const ADMIN_SCRIPTS = {
  'admin/cms-setup.js': 'src/cms/admin/index.ts',
  'admin/upload-names.js': 'src/cms/admin/pinyin-names.ts',
} as const;

const OPTIONS = {
  bundle: true,
  write: false as const,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
} satisfies BuildOptions;

export async function adminScript(
  entry: string,
  options: { define?: Record<string, string>; globalName?: string } = {},
): Promise<string> {
  const result = await build({ ...OPTIONS, entryPoints: [entry], ...options });
  return result.outputFiles[0]!.text;
}

/**
 * The modules each admin script is made of, paths relative to `root`, for the third-party
 * notices (src/integrations/third-party-notices.ts): the scripts are built by esbuild, not by
 * Vite, so the notices cannot see them being written.
 */
export async function adminScriptModules(root: string): Promise<Record<string, string[]>> {
  const modules: Record<string, string[]> = {};
  for (const [file, entry] of Object.entries(ADMIN_SCRIPTS)) {
    // Unfilled build constants (__BASE__, __RULES__) change no import.
    const result = await build({
      ...OPTIONS,
      entryPoints: [entry],
      absWorkingDir: root,
      metafile: true,
      logLevel: 'silent',
    });
    modules[file] = Object.keys(result.metafile.inputs);
  }
  return modules;
}

export const scriptResponse = (text: string) =>
  new Response(text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
