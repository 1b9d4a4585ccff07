import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { chromiumLaunchOptions } from '../support/browser';
import { writeWholeCivilCode } from '../support/civil-code';
import { ASTRO, NODE, ROOT } from '../support/fixture-site';
import { readPagefindFile } from '../../src/integrations/pagefind-chunks';
import { runSearch, type SearchCase } from '../support/search-runner';
import { serveStatic } from '../support/static-server';

// The real laws and regulations in ../shared/corpus: imported, built and indexed as an
// organization would, to prove the importer and the document pages at full size.
const CORPUS = resolve(process.env.CORPUS_DIR ?? join(ROOT, '../shared/corpus/laws-cn'));

const work = (() => {
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  return mkdtempSync(join(ROOT, '.test-builds', 'corpus-'));
})();
const content = join(work, 'content');
const dist = join(work, 'dist');
let importLog = '';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
}

beforeAll(() => {
  if (!existsSync(CORPUS)) throw new Error(`The law corpus is missing at ${CORPUS}; set CORPUS_DIR.`);
  for (const collection of ['courses', 'lessons', 'stories', 'pages'])
    mkdirSync(join(content, collection), { recursive: true });
  const imported = spawnSync(NODE, [join(ROOT, 'scripts/import.ts'), CORPUS, '--out', join(content, 'policies')], {
    encoding: 'utf8',
  });
  importLog = imported.stdout + imported.stderr;
  if (imported.status !== 0) throw new Error(`import failed:\n${importLog}`);
  // The longest document a site may hold: the whole Civil Code in one entry.
  const civilCode = writeWholeCivilCode(CORPUS, work);
  const code = spawnSync(NODE, [join(ROOT, 'scripts/import.ts'), civilCode, '--out', join(content, 'policies')], {
    encoding: 'utf8',
  });
  if (code.status !== 0) throw new Error(`import of the whole Civil Code failed:\n${code.stdout}${code.stderr}`);
  const built = spawnSync(NODE, [ASTRO, 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      ASTRO_OUT_DIR: dist,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      FORCE_COLOR: '0',
    },
  });
  if (built.status !== 0) throw new Error(`build failed:\n${(built.stdout + built.stderr).slice(-5000)}`);
}, 600_000);

describe('the law corpus as a site', () => {
  test('imports every document except _index.md folder files', () => {
    const sources = sourceFiles(CORPUS);
    const folderFiles = sources.filter((f) => f.endsWith('_index.md')).length;
    const entries = readdirSync(join(content, 'policies')).filter((f) => f.endsWith('.md'));
    // One more: the whole Civil Code assembled from its parts.
    expect(entries.length).toBe(sources.length - folderFiles + 1);
    expect(importLog).toMatch(new RegExp(`^${sources.length - folderFiles} imported, .* ${folderFiles} skipped$`, 'm'));
  });

  test('builds one page per document', () => {
    const entries = readdirSync(join(content, 'policies')).filter((f) => f.endsWith('.md'));
    const pages = readdirSync(join(dist, 'policies'), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && d.name !== 'page' && existsSync(join(dist, 'policies', d.name, 'index.html')),
    );
    expect(pages.length).toBe(entries.length);
  });

  test('gives every article an anchor: as many anchors as article paragraphs in the sources', () => {
    let anchors = 0;
    for (const dir of readdirSync(join(dist, 'policies'))) {
      const file = join(dist, 'policies', dir, 'index.html');
      if (existsSync(file)) anchors += readFileSync(file, 'utf8').match(/ id="art-\d+(?:-\d+)?"/g)?.length ?? 0;
    }
    let paragraphs = 0;
    for (const entry of readdirSync(join(content, 'policies'))) {
      const body = readFileSync(join(content, 'policies', entry), 'utf8')
        .split(/\n---\n/)
        .slice(1)
        .join('\n');
      // Sources have typos such as "第一百二十八 条"; spaces inside the number do not count.
      const starts = body.match(/^第\s*[〇零一二两三四五六七八九十百千\d]+\s*条(?:之[一二三四五六七八九十]+)?/gm) ?? [];
      paragraphs += new Set(starts.map((label) => label.replace(/\s/g, ''))).size;
    }
    expect(paragraphs).toBeGreaterThan(30_000);
    expect(anchors).toBe(paragraphs);
  });

  test('reaches 劳动合同法 第十九条 (probation periods) at its anchor', () => {
    const entry = readdirSync(join(content, 'policies')).find((f) =>
      /^lao-dong-he-tong-fa(-\d{4}-\d{2}-\d{2})?\.md$/.test(f),
    );
    expect(entry, 'an entry for 劳动合同法').toBeDefined();
    const html = readFileSync(join(dist, 'policies', entry!.replace(/\.md$/, ''), 'index.html'), 'utf8');
    const article = /<p class="app-article"><a id="art-19"[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    expect(article).toContain('第十九条');
    expect(article).toContain('试用期');
  });

  test('builds the whole 民法典, 1,260 articles under 7 parts, with anchors to the last article', () => {
    const html = readFileSync(join(dist, 'policies/min-fa-dian/index.html'), 'utf8');
    expect(html.match(/ id="art-\d+"/g)).toHaveLength(1260);
    expect(html).toMatch(/<p class="app-article"><a id="art-1260" href="#art-1260"[^>]*>第一千二百六十条<\/a>/);
    const toc = /<nav aria-labelledby="policy-toc-title"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(toc.match(/href="#part-\d+"/g)).toHaveLength(7);
    expect(toc).toContain('href="#part-3-ch-9"');
    // Headings go down one level at a time: h2 编, h3 分编 or 章, h4 章 in a 分编 or 节...
    const levels = [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  test('writes a search index', () => {
    expect(existsSync(join(dist, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});

describe('search on the law corpus', () => {
  const { queries } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/search/corpus-queries.json'), 'utf8')) as {
    queries: SearchCase[];
  };

  test('finds the answering law in the top five and links the answering article, for the Chinese query set', async () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const port = 4490;
    const server = await serveStatic(dist, port);
    const browser = await chromium.launch(chromiumLaunchOptions());
    const outcomes: { item: SearchCase; rank: number; anchorHit: boolean; top: string[] }[] = [];
    try {
      const page = await browser.newPage();
      for (const item of queries)
        outcomes.push({ item, ...(await runSearch(page, `http://127.0.0.1:${port}/`, item)) });
    } finally {
      await browser.close();
      server.close();
    }
    const describeMiss = (o: (typeof outcomes)[number]) =>
      `${o.item.kind} "${o.item.query}": ${o.rank === 0 ? `not in top 5 [${o.top.join(' | ')}]` : `no #${o.item.anchor}`}`;
    const share = (list: typeof outcomes, ok: (o: (typeof outcomes)[number]) => boolean) =>
      list.filter(ok).length / list.length;
    // The issue's targets: 95 % of keyword queries, 90 % of article answers, and every question
    // and Traditional-character query answered.
    const keyword = outcomes.filter((o) => ['word', 'article', 'mixed'].includes(o.item.kind));
    expect(
      share(keyword, (o) => o.rank > 0),
      keyword
        .filter((o) => o.rank === 0)
        .map(describeMiss)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
    const anchored = outcomes.filter((o) => o.item.anchor);
    expect(
      share(anchored, (o) => o.anchorHit),
      anchored
        .filter((o) => !o.anchorHit)
        .map(describeMiss)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.9);
    const spoken = outcomes.filter((o) => ['question', 'traditional'].includes(o.item.kind));
    expect(spoken.filter((o) => o.rank === 0).map(describeMiss)).toEqual([]);
  }, 300_000);

  test('re-cuts the word index into smaller chunks, and keeps every word', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    const meta = readPagefindFile(join(dist, 'pagefind', `pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`)) as [
      string,
      unknown[],
      [string, string, string][],
    ];
    // Pagefind's own cut gives about 600 chunks for the corpus.
    expect(meta[2].length).toBeGreaterThan(1000);
    const files = readdirSync(join(dist, 'pagefind/index'));
    expect(new Set(files)).toEqual(new Set(meta[2].map(([, , hash]) => `${hash}.pf_index`)));
  });
});
