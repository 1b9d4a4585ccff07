import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { indexedPages } from '../../../src/integrations/pagefind';

const page = (body: boolean, text: string) =>
  `<!doctype html><html lang="zh-CN"><body><main${body ? ' data-pagefind-body' : ''}><h1>${text}</h1></main></body></html>`;

test('Pagefind is given the pages with data-pagefind-body only, in a stable order, with their HTML', () => {
  const site = mkdtempSync(join(tmpdir(), 'site-'));
  const files: Record<string, string> = {
    'policies/lao-dong-fa/index.html': page(true, '劳动法'),
    // A law's handout holds its whole text again, outside the search.
    'policies/lao-dong-fa/print/index.html': page(false, '劳动法（讲义）'),
    'policies/index.html': page(false, '政策文件'),
    'about/index.html': page(true, '关于我们'),
    'answers/back-home/work/index.html': page(true, '返乡就业'),
    'policies/index.json': '{"data-pagefind-body": true}',
    '404.html': page(false, '找不到'),
  };
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  const pages = [...indexedPages(site)];
  expect(pages.map((p) => p.path)).toEqual([
    'about/index.html',
    'answers/back-home/work/index.html',
    'policies/lao-dong-fa/index.html',
  ]);
  expect(pages.map((p) => p.content)).toEqual(pages.map((p) => files[p.path]));
});
