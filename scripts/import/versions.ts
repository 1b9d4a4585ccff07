import type { PolicyCategory, PolicyStatus } from '../../src/schemas/policies.ts';

export interface VersionFacts {
  source: string;
  slug: string;
  title: string;
  category: PolicyCategory;
  versionDate: string;
  status: PolicyStatus;
}

export interface VersionLink {
  /** Slugs of the version just before this one. */
  amends: string[];
  /** True when a newer version in the same import is already in force. */
  amended: boolean;
}

/**
 * Links versions of one document imported together (慈善法(2016-03-16) and 慈善法(2023-12-29)):
 * same category and title, different version dates. Each version amends the one before it; an
 * older version becomes "amended" once a newer one is in force (a newer one that is not yet
 * effective leaves the older in force until then). Cases never count as versions of each other.
 */
export function linkVersions(items: readonly VersionFacts[]): Map<string, VersionLink> {
  const groups = new Map<string, VersionFacts[]>();
  for (const item of items) {
    if (item.category === 'case') continue;
    const key = `${item.category}\u0000${item.title}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const links = new Map<string, VersionLink>();
  for (const group of groups.values()) {
    const dates = [...new Set(group.map((item) => item.versionDate))].sort();
    if (dates.length < 2) continue;
    const byDate = dates.map((date) =>
      group.filter((item) => item.versionDate === date).sort((a, b) => a.source.localeCompare(b.source)),
    );
    byDate.forEach((versions, index) => {
      const older = byDate[index - 1] ?? [];
      const newer = byDate[index + 1] ?? [];
      const amended = newer.some((item) => item.status !== 'not-yet-effective');
      for (const item of versions) links.set(item.source, { amends: older.map((o) => o.slug), amended });
    });
  }
  return links;
}
