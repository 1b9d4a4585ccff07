// What a policy page's citations can link to at build time: the page itself, this site's policies
// and the shared law library's laws (src/lib/citations.ts has the rules).
import { anchorLegalText } from './legal-html.ts';
import {
  citationKey,
  citationResolver,
  inForceFirst,
  linkCitations,
  type CitationResolver,
  type CitationTarget,
} from './citations.ts';
import { libraryHref } from './library.ts';
import { loadLibrary } from './library-data.ts';
import { entryPath, withBase } from './paths.ts';
import type { SiteData } from './site-data.ts';
import type { Policy } from '../schemas/policies.ts';

/** The article anchors a rendered legal text carries (src/lib/legal-html.ts). */
function anchorsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<a id="(art-[\d-]+)"/g)].map((match) => match[1]!));
}

function lazy<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

const resolvers = new WeakMap<SiteData, CitationResolver>();

/** The site's policies (in force first, then newest first), then the library's laws. */
function siteResolver(site: SiteData): CitationResolver {
  let resolver = resolvers.get(site);
  if (resolver) return resolver;
  // site.policies is newest first.
  const policies = inForceFirst(site.policies.map((policy) => ({ policy, status: policy.data.status })));
  const portal = policies.map(({ policy }): CitationTarget => ({
    where: 'portal',
    title: policy.data.title,
    href: withBase(entryPath('policies', policy.id)),
    // An MDX policy renders as written, without article anchors.
    articles: lazy(() => anchorsOf(anchorLegalText(policy.rendered?.html ?? '').html)),
  }));
  const library = loadLibrary();
  // Versions of one law share its title (全国年节及纪念日放假办法 of 2013 and 2024): the one in
  // force first, then the newest (the importer ends a slug with the law's date).
  const entries = inForceFirst([...(library?.bySlug.values() ?? [])].sort((a, b) => (a.slug < b.slug ? 1 : -1)));
  const laws = entries.map((entry): CitationTarget => ({
    where: 'library',
    title: entry.title,
    href: libraryHref(library!, entry),
    articles: lazy(() => new Set(entry.articles)),
  }));
  resolver = citationResolver([...portal, ...laws]);
  resolvers.set(site, resolver);
  return resolver;
}

/**
 * Links the citations in a policy's anchored text (anchorLegalText's html) to the laws cited:
 * its own articles, this site's policies, the library's laws.
 */
export function linkPolicyCitations(html: string, policy: Policy, site: SiteData): string {
  const self: CitationTarget = {
    where: 'self',
    title: policy.data.title,
    href: '',
    articles: lazy(() => anchorsOf(html)),
  };
  const own = citationKey(self.title);
  const others = siteResolver(site);
  return linkCitations(html, (title) => (citationKey(title) === own ? self : others(title)));
}
