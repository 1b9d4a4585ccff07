import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { adminScriptModules } from '../cms/admin-script.ts';
import { THIRD_PARTY_NOTICES as NOTICES_FILE } from '../lib/paths.ts';
import {
  buildNotices,
  findInstalled,
  renderNotices,
  type Lockfile,
  type ShippedPackage,
} from '../lib/third-party-notices.ts';

/** The package a module of node_modules belongs to: its innermost node_modules/<name> (or <@scope/name>). */
export function packageOf(id: string): { name: string; dir: string } | undefined {
  const path = id.replace(/^\0/, '').split('?')[0]!.replace(/\\/g, '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [first, second] = path.slice(at + '/node_modules/'.length).split('/');
  const name = first!.startsWith('@') ? `${first}/${second}` : first!;
  return { name, dir: `${path.slice(0, at)}/node_modules/${name}` };
}

/** The packages in the CMS admin's own scripts (src/cms/admin-script.ts) that the build wrote to `out`. */
export async function adminScriptPackages(root: string, out: string): Promise<ShippedPackage[]> {
  const packages = new Map<string, ShippedPackage>();
  for (const [file, modules] of Object.entries(await adminScriptModules(root))) {
    if (!existsSync(join(out, file))) continue;
    for (const module of modules) {
      const pkg = packageOf(join(root, module));
      if (!pkg) continue;
      const version = (JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as { version: string }).version;
      const entry = packages.get(pkg.dir) ?? { name: pkg.name, version, files: [] };
      if (!entry.files.includes(file)) entry.files.push(file);
      packages.set(pkg.dir, entry);
    }
  }
  return [...packages.values()];
}

/**
 * The packages inside Decap's prebuilt bundle, from its source map: webpack lists every module it
 * bundled, as `../decap-cms-<part>/…` for Decap's own packages and
 * `node_modules/.pnpm/<name>@<version>…/node_modules/<name>/…` for the rest.
 */
export function decapPackages(map: { sources: string[] }, decapVersion: string, lock: Lockfile): Map<string, string> {
  const found = new Map<string, string>();
  for (const source of map.sources) {
    const pnpm = /node_modules\/\.pnpm\/((?:@[^+/]+\+)?[^@/]+)@([^_(/]+)[^/]*\/node_modules\//.exec(source);
    if (pnpm) {
      // The module's package is its innermost node_modules/<name>; the .pnpm folder gives its version
      // when it is that package's own folder (webpack records real paths, so it is).
      const name = packageOf(source)!.name;
      const version =
        pnpm[1]!.replace('+', '/') === name ? pnpm[2]! : (findInstalled(lock, name)?.entry.version ?? 'unknown');
      found.set(name, version);
      continue;
    }
    const own = /^webpack:\/\/DecapCms\/(?:\.\.\/(decap-cms-[^/]+)|\.)\//.exec(source);
    if (own) {
      const name = own[1] ?? 'decap-cms';
      const installed = Object.entries(lock.packages).find(([path]) => path === `node_modules/${name}`);
      found.set(name, name === 'decap-cms' ? decapVersion : (installed?.[1].version ?? decapVersion));
    }
    // Left: webpack's own runtime (webpack://DecapCms/webpack/…), generated code.
  }
  return found;
}

/**
 * Writes /third-party-notices.txt at the end of the build: the packages in the client bundles
 * (recorded from Rolldown's output as it is written), in Tailwind's CSS and Pagefind's files, and
 * in Decap's bundle at /admin/, each with its licence. A shipped package with no licence fails the
 * build (src/lib/third-party-notices.ts).
 */
export function thirdPartyNotices(siteName: string): AstroIntegration {
  const clientModules = new Map<string, { name: string; files: Set<string> }>();
  let root = '';
  const recorder: Plugin = {
    name: 'portal:third-party-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment?.name !== 'client') return;
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const pkg = packageOf(id);
          if (!pkg) continue;
          const entry = clientModules.get(pkg.dir) ?? { name: pkg.name, files: new Set<string>() };
          entry.files.add(`_astro/${output.fileName.replace(/^_astro\//, '')}`);
          clientModules.set(pkg.dir, entry);
        }
      }
    },
  };
  return {
    name: 'portal:third-party-notices',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [recorder] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile;
        const version = (dir: string) =>
          (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

        const site: ShippedPackage[] = [...clientModules].map(([dir, { name, files }]) => ({
          name,
          version: version(dir),
          files: [...files].sort(),
        }));
        // Tailwind's base styles are compiled into the site's CSS, which keeps its licence banner.
        const css = readdirSync(join(out, '_astro')).filter((f) => f.endsWith('.css'));
        const tailwind = css.filter((f) =>
          readFileSync(join(out, '_astro', f), 'utf8').startsWith('/*! tailwindcss v'),
        );
        if (tailwind.length > 0)
          site.push({
            name: 'tailwindcss',
            version: version(join(root, 'node_modules/tailwindcss')),
            files: tailwind.map((f) => `_astro/${f}`),
          });
        // Pagefind's search code and WebAssembly, written by its indexer.
        if (existsSync(join(out, 'pagefind/pagefind.js')))
          site.push({
            name: 'pagefind',
            version: version(join(root, 'node_modules/pagefind')),
            files: readdirSync(join(out, 'pagefind'))
              .filter((f) => /\.(js|css)$|^wasm\./.test(f))
              .map((f) => `pagefind/${f}`),
          });

        const parts = [{ title: '网站 / The site (every page)', notices: buildNotices(site, lock, root) }];
        const decapDir = join(root, 'node_modules/decap-cms');
        if (existsSync(join(out, 'admin/decap-cms.js'))) {
          const map = JSON.parse(readFileSync(join(decapDir, 'dist/decap-cms.js.map'), 'utf8')) as {
            sources: string[];
          };
          const admin = [...decapPackages(map, version(decapDir), lock)].map(([name, v]) => ({
            name,
            version: v,
            files: ['admin/decap-cms.js'],
          }));
          parts.push({
            title: '内容管理后台 / The CMS at /admin/ (Decap CMS)',
            notices: buildNotices(admin, lock, root),
          });
        }
        // The admin's own scripts take packages in too (pinyin-pro for upload names).
        const own = await adminScriptPackages(root, out);
        if (own.length > 0)
          parts.push({
            title: '内容管理后台的附加脚本 / The CMS admin’s own scripts',
            notices: buildNotices(own, lock, root),
          });
        writeFileSync(join(out, NOTICES_FILE), renderNotices(siteName, parts));
        const count = parts.reduce((n, p) => n + p.notices.length, 0);
        logger.info(`${NOTICES_FILE}: ${count} packages (${parts.map((p) => p.notices.length).join(' + ')})`);
      },
    },
  };
}
