import { describe, expect, test } from 'vitest';
import { moduleImports, ownAssets, type AssetReference } from '../../../src/client/own-assets';

const PAGE = 'https://example.org/portal/lessons/x/';
const link = (rel: string, url: string): AssetReference => ({ element: 'link', rel, url });
const script = (url: string): AssetReference => ({ element: 'script', url });

describe('ownAssets', () => {
  test('keeps the stylesheet, module preloads and scripts under <base>_astro/', () => {
    const refs = [
      link('stylesheet', '/portal/_astro/Base.css'),
      link('modulepreload', '/portal/_astro/chunk.js'),
      script('/portal/_astro/page.js'),
      script('../../_astro/relative.js'),
    ];
    expect(ownAssets(refs, PAGE, '/portal/')).toEqual([
      'https://example.org/portal/_astro/Base.css',
      'https://example.org/portal/_astro/chunk.js',
      'https://example.org/portal/_astro/page.js',
      'https://example.org/portal/_astro/relative.js',
    ]);
  });

  test('leaves out icons, feeds and other links, even when they point into _astro/', () => {
    const refs = [
      link('icon', '/portal/_astro/icon.svg'),
      link('alternate', '/portal/_astro/feed.xml'),
      link('canonical', '/portal/_astro/x/'),
    ];
    expect(ownAssets(refs, PAGE, '/portal/')).toEqual([]);
  });

  test('leaves out other origins, other bases, backslashes and what is not a URL', () => {
    const refs = [
      link('stylesheet', 'https://foreign.example/portal/_astro/x.css'),
      link('stylesheet', '//foreign.example/portal/_astro/x.css'),
      script('/\\foreign.example/portal/_astro/x.js'),
      script('/_astro/other-site.js'),
      script('/portal/not-astro/x.js'),
      script('http://[bad'),
      script(''),
    ];
    expect(ownAssets(refs, PAGE, '/portal/')).toEqual([]);
  });

  test('lists each file once, without fragment', () => {
    const refs = [script('/_astro/a.js#x'), script('/_astro/a.js'), link('stylesheet', '/_astro/a.js')];
    expect(ownAssets(refs, 'https://example.org/', '/')).toEqual(['https://example.org/_astro/a.js']);
  });
});

describe('moduleImports', () => {
  const SCRIPT = 'https://example.org/portal/_astro/Quiz.astro_astro_type_script_index_0_lang.x1.js';

  test('finds the chunks a built script imports, resolved beside it', () => {
    const code =
      'import{t as e}from"./config.DQ9Ym2u5.js";import{n as t}from"./messages.BG4lXYly.js";import"./offline.D5.js";' +
      'var n=class extends HTMLElement{};customElements.define(`app-quiz-item`,n);';
    expect(moduleImports(code, SCRIPT, '/portal/')).toEqual([
      'https://example.org/portal/_astro/config.DQ9Ym2u5.js',
      'https://example.org/portal/_astro/messages.BG4lXYly.js',
      'https://example.org/portal/_astro/offline.D5.js',
    ]);
  });

  test('leaves out imports on demand and anything outside the site’s _astro/', () => {
    const code =
      'const e=()=>import("./traditional-page.DV7.js");import{x}from"https://foreign.example/portal/_astro/x.js";' +
      'import{y}from"../uploads/y.js";';
    expect(moduleImports(code, SCRIPT, '/portal/')).toEqual([]);
  });
});
