import { describe, expect, test } from 'vitest';
import { linkVersions, type VersionFacts } from '../../../scripts/import/versions';

const version = (versionDate: string, extra: Partial<VersionFacts> = {}): VersionFacts => ({
  source: `社会法/慈善法(${versionDate}).md`,
  slug: `ci-shan-fa-${versionDate}`,
  title: '中华人民共和国慈善法',
  category: 'law',
  versionDate,
  status: 'in-force',
  ...extra,
});

describe('linkVersions', () => {
  test("marks the older version amended and lists it in the newer one's amends", () => {
    const links = linkVersions([version('2016-03-16'), version('2023-12-29')]);
    expect(links.get('社会法/慈善法(2016-03-16).md')).toEqual({ amends: [], amended: true });
    expect(links.get('社会法/慈善法(2023-12-29).md')).toEqual({ amends: ['ci-shan-fa-2016-03-16'], amended: false });
  });
  test('chains three versions, each amending the one before', () => {
    const links = linkVersions([version('2023-12-29'), version('2010-01-01'), version('2016-03-16')]);
    expect(links.get('社会法/慈善法(2016-03-16).md')).toEqual({ amends: ['ci-shan-fa-2010-01-01'], amended: true });
    expect(links.get('社会法/慈善法(2023-12-29).md')?.amends).toEqual(['ci-shan-fa-2016-03-16']);
  });
  test('leaves the older version in force while the newer one is not yet effective', () => {
    const links = linkVersions([version('2016-03-16'), version('2030-01-01', { status: 'not-yet-effective' })]);
    expect(links.get('社会法/慈善法(2016-03-16).md')?.amended).toBe(false);
  });
  test('does not link documents of another title, another category, or the same date', () => {
    const links = linkVersions([
      version('2016-03-16'),
      version('2023-12-29', { title: '中华人民共和国慈善法实施条例' }),
      version('2024-01-01', { category: 'administrative-regulation', source: 'b.md' }),
      version('2016-03-16', { source: 'c.md', slug: 'c' }),
    ]);
    expect(links.size).toBe(0);
  });
  test('never treats cases with one title as versions', () => {
    expect(
      linkVersions([version('2020-01-01', { category: 'case' }), version('2022-01-01', { category: 'case' })]).size,
    ).toBe(0);
  });
});
