import { describe, expect, test } from 'vitest';
import { listingPagePath, paths, withBase } from '../../../src/lib/paths';

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

describe('paths', () => {
  test('builds ASCII detail paths with a trailing slash', () => {
    expect(paths.policy('report-in-notice')).toBe('/policies/report-in-notice/');
    expect(paths.lesson('dues')).toBe('/lessons/dues/');
    expect(paths.page('about')).toBe('/about/');
  });
});
