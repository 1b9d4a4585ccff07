import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's module of the content store, as its content runtime imports it (astro/dist/content/consts.js). */
export const STORE_MODULE = '\0astro:data-layer-content';

/**
 * The store module's code: read Astro's data-store.json when the module is first imported, that
 * is when the pages render, in the same build.
 */
export function storeModuleCode(storeFile: string): string {
  if (!existsSync(storeFile)) return 'export default new Map();';
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
  ].join('\n');
}

/**
 * A Vite plugin that serves the store module as code reading the store from disk. It runs before
 * Astro's own loader (`order: 'pre'`), which otherwise writes the whole store (373 MB of JSON at
 * 10,000 laws) into the server bundle as one string literal: the bundler then parses and copies
 * it, and the rendering process keeps the module's source beside the parsed entries for the whole
 * build. The entries are the same; where they are read from is not.
 */
export function storeOnDiskPlugin(storeFile: string, onLoad: (bytes: number) => void = () => {}): Plugin {
  return {
    name: 'portal:content-store-on-disk',
    apply: 'build',
    load: {
      order: 'pre',
      handler(id) {
        if (id !== STORE_MODULE) return null;
        onLoad(existsSync(storeFile) ? statSync(storeFile).size : 0);
        return { code: storeModuleCode(storeFile), map: { mappings: '' } };
      },
    },
  };
}

/**
 * Keeps Astro's content store out of the server bundle in a static build (storeOnDiskPlugin): it
 * is read from the cache folder, where Astro has just written it, when the pages render. `astro
 * dev` keeps Astro's own module, which it reloads on every edit.
 */
export function contentStoreOnDisk(): AstroIntegration {
  return {
    name: 'portal:content-store-on-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              storeOnDiskPlugin(storeFile, (bytes) =>
                logger.info(
                  `content store read from ${storeFile} when pages render (${(bytes / 1e6).toFixed(1)} MB not bundled)`,
                ),
              ),
            ],
          },
        });
      },
    },
  };
}
