import { describe, expect, test } from 'vitest';
import { entryPath, listingPagePath, paths, RESERVED_SEGMENTS, withBase } from '../../../src/lib/paths';

describe('withBase', () => {
  test('leaves paths alone at the domain root', () => {
    expect(withBase('/policies/', '/')).toBe('/policies/');
  });
  test('prefixes a sub-path with or without its trailing slash', () => {
    expect(withBase('/policies/', '/portal/')).toBe('/portal/policies/');
    expect(withBase('/policies/', '/portal')).toBe('/portal/policies/');
    expect(withBase('favicon.svg', '/portal/')).toBe('/portal/favicon.svg');
  });
  test('passes absolute URLs, mail and phone links and fragments through', () => {
    expect(withBase('https://example.org/a', '/portal/')).toBe('https://example.org/a');
    expect(withBase('tel:00001234567', '/portal/')).toBe('tel:00001234567');
    expect(withBase('#main', '/portal/')).toBe('#main');
  });
});

describe('listingPagePath', () => {
  test('puts page 1 at the listing root and later pages under page/N/', () => {
    expect(listingPagePath('/policies/', 1)).toBe('/policies/');
    expect(listingPagePath('/policies/', 2)).toBe('/policies/page/2/');
  });
});

describe('entryPath', () => {
  test('builds ASCII detail paths with a trailing slash', () => {
    expect(entryPath('policies', 'report-in-notice')).toBe('/policies/report-in-notice/');
    expect(entryPath('lessons', 'dues')).toBe('/lessons/dues/');
    expect(entryPath('pages', 'about')).toBe('/about/');
  });
  test('points an entry without a page of its own at its card on the listing', () => {
    expect(entryPath('stations', 'dongguan-changan')).toBe('/stations/#dongguan-changan');
  });
});

describe('RESERVED_SEGMENTS', () => {
  test('holds every listing and detail segment of the registry and the site’s own folders', () => {
    for (const segment of ['policies', 'courses', 'lessons', 'stories', 'events', 'services', 'stations', 'hometown'])
      expect(RESERVED_SEGMENTS).toContain(segment);
    for (const segment of ['admin', 'search', 'me', 'feeds', 'uploads', 'pagefind', '_astro', 'cards'])
      expect(RESERVED_SEGMENTS).toContain(segment);
    expect(RESERVED_SEGMENTS).not.toContain('');
  });
});

describe('paths.shareCard', () => {
  test('puts a page’s share card under /cards/, named after the page', () => {
    expect(paths.shareCard('/lessons/constitution-overview/')).toBe('/cards/lessons/constitution-overview.png');
  });
  test('refuses a path that is not a page’s', () => {
    expect(() => paths.shareCard('/lessons/x.ics')).toThrow(/"\/lessons\/x\.ics" is not a page's path/);
  });
});
