import type { APIRoute, GetStaticPaths } from 'astro';
import { anchorLegalText } from '../lib/legal-html';
import { LIBRARY_FORMAT, LIBRARY_MANIFEST_FILE, libraryManifestText, type LibraryEntry } from '../lib/library';
import { entryPath } from '../lib/paths';
import { loadSite } from '../lib/site-data';
import { SITE } from '../site.config';

// A library build (LIBRARY_PUBLISH=1) writes its manifest, library.json, at its base: what
// portals read at build time to link into its laws and articles. Other builds write nothing
// here and pay nothing for it.
export const getStaticPaths = (() =>
  SITE.library.publish
    ? [{ params: { library: LIBRARY_MANIFEST_FILE.replace(/\.json$/, '') } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const policies = site.policies.map((policy): LibraryEntry => {
    const html = policy.rendered?.html;
    // The anchors the law's page carries (src/lib/legal-html.ts); an MDX policy has none.
    const articles = html
      ? [...anchorLegalText(html).html.matchAll(/<a id="(art-[\d-]+)"/g)].map((match) => match[1]!)
      : [];
    return {
      slug: policy.id,
      title: policy.data.title,
      docNumber: policy.data.docNumber,
      status: policy.data.status,
      articles,
      path: entryPath('policies', policy.id).slice(1),
    };
  });
  const text = libraryManifestText({
    format: LIBRARY_FORMAT,
    title: SITE.title,
    base: import.meta.env.BASE_URL,
    policies,
  });
  return new Response(text, { headers: { 'content-type': 'application/json' } });
};
