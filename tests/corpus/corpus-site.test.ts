import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeWholeCivilCode } from '../support/civil-code';
import { ASTRO, NODE, ROOT } from '../support/fixture-site';

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
