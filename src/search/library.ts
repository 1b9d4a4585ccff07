// The law library's part in a portal's search: Pagefind's multi-site search merges the library's
// index into the portal's, so that one query searches both. The options are the portal's own
// (PAGEFIND_OPTIONS), so the library's pages are scored, excerpted and filtered by the same
// rules; the plan (plan.ts) then ranks the merged results as it ranks the portal's, since the
// library is built by this same project and gives the same filters (rank, type, year…).
import { PAGEFIND_OPTIONS } from './index-config';

/** What the search page passes to pagefind.mergeIndex for the library at `url` (its base, ending in '/'). */
export interface LibraryIndex {
  /** The library's Pagefind folder. */
  indexPath: string;
  /** The file whose fetch tells whether the library can be reached before it is merged. */
  entry: string;
  options: typeof PAGEFIND_OPTIONS & { baseUrl: string };
}

export function libraryIndex(url: string): LibraryIndex {
  if (!/^(?:\/|https:\/\/)/.test(url) || !url.endsWith('/'))
    throw new Error(`library index: "${url}" is not a library base (/library/ or https://…/library/)`);
  const indexPath = `${url}pagefind/`;
  // Results link to the library's pages: its URLs are relative to its own base.
  return { indexPath, entry: `${indexPath}pagefind-entry.json`, options: { ...PAGEFIND_OPTIONS, baseUrl: url } };
}
