// The portal's law library at build time: the checked setting and the manifest file it names,
// read once per build (src/lib/library.ts has the rules).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SITE } from '../site.config.ts';
import { libraryLocation, libraryOf, parseLibraryManifest, type Library } from './library.ts';

let cached: { library: Library | undefined } | undefined;

/** The library this portal points at, or undefined when it has none. A wrong setting or manifest fails the build. */
export function loadLibrary(): Library | undefined {
  if (cached) return cached.library;
  const location = libraryLocation(SITE.library);
  if (!location) {
    cached = { library: undefined };
    return undefined;
  }
  const file = resolve(location.manifest);
  if (!existsSync(file))
    throw new Error(
      `src/site.config.ts: field "library.manifest": no file at ${location.manifest}; ` +
        `copy library.json from the library's build (README: 共享法规库)`,
    );
  const manifest = parseLibraryManifest(readFileSync(file, 'utf8'), location.manifest);
  const library = libraryOf(location, manifest);
  console.info(`[library] ${library.bySlug.size} laws of “${library.title}” at ${library.url}`);
  cached = { library };
  return library;
}
