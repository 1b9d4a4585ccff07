// What a policy page's citations can link to at build time: the page itself, this site's policies
// and the shared law library's laws (src/lib/citations.ts has the rules).
import { policyText } from './policy-parts.ts';
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
import { entryPath, policyPartPath, withBase } from './paths.ts';
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

/** A policy's article anchors and, when it is served in parts, the page of each article's part. */
function policyArticles(policy: Policy): Pick<CitationTarget, 'articles' | 'pageOf'> {
  // An MDX policy renders as written, without article anchors.
  const articles = lazy(() => anchorsOf(policyText(policy).legal?.html ?? ''));
  const pages = lazy(() => {
    const byAnchor = new Map<string, string>();
    for (const part of policyText(policy).split?.parts ?? [])
      for (const anchor of anchorsOf(part.html)) byAnchor.set(anchor, withBase(policyPartPath(policy.id, part.slug)));
    return byAnchor;
  });
  return { articles, pageOf: (anchor) => pages().get(anchor) };
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
    ...policyArticles(policy),
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
    // The whole text's articles: a part of a long document links to its other parts' too.
    ...policyArticles(policy),
  };
  const own = citationKey(self.title);
  const others = siteResolver(site);
  return linkCitations(html, (title) => (citationKey(title) === own ? self : others(title)));
}
