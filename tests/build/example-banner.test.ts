import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/fixture-site';
import strings from '../../src/i18n/zh-CN.json';

// The "示例" banner is the site config's exampleBanner (src/site.config.ts): an organization
// with its own content turns it off, and no page shows it then. SITE_EXAMPLE_BANNER=off stands in
// for that edit here, as other settings' test builds do.
let result: BuildResult;
const page = (path: string) => readFileSync(join(result.dir, 'dist', path, 'index.html'), 'utf8');

beforeAll(async () => {
  result = await buildFixture(undefined, { SITE_EXAMPLE_BANNER: 'off' });
  if (result.code !== 0) throw new Error(`fixture build without the banner failed:\n${result.output}`);
});

describe('exampleBanner: false', () => {
  test('no page carries the banner or its words', () => {
    for (const path of ['', 'policies', 'search', 'me']) {
      const html = page(path);
      expect(html, path).toContain('<header');
      expect(html, path).not.toContain('data-example-banner');
      expect(html, path).not.toContain(strings['site.exampleNotice']);
    }
  });
});
