import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromFile, keyBlocks, toFile } from '../../../src/cms/admin/frontmatter';

const ROOT = join(import.meta.dirname, '../../..');
const contentFiles = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => join('content', file));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const fieldOrder = ['title', 'slug', 'docNumber', 'issuer', 'issueDate', 'publishDate', 'status', 'topics', 'summary'];

/** The lines of b that are not in a, and of a not in b (a rough line diff). */
function changedLines(a: string, b: string): string[] {
  const left = a.split('\n');
  const right = b.split('\n');
  return [...right.filter((line) => !left.includes(line)), ...left.filter((line) => !right.includes(line))];
}

describe('the CMS file format keeps a file as it was', () => {
  it.each(contentFiles)('%s: saved unchanged, it is byte for byte the same', (file) => {
    const text = read(file);
    const path = file;
    expect(toFile(fromFile(text), fieldOrder, { text, path })).toBe(text);
  });

  it('a one-field edit is a one-line diff', () => {
    const file = 'content/policies/baodao-tongzhi-2026.md';
    const text = read(file);
    const data = fromFile(text);
    const saved = toFile({ ...data, title: `${String(data.title)}（更正）` }, fieldOrder, { text, path: file });
    expect(changedLines(text, saved)).toEqual([`title: ${String(data.title)}（更正）`, `title: ${String(data.title)}`]);
  });

  it('a flow list stays on one line; a block list stays a block list', () => {
    const text = '---\ntitle: 标题\ntopics: [报到, 教育管理]\ntags:\n  - 甲\n---\n正文\n';
    const data = fromFile(text);
    expect(data.topics).toEqual(['报到', '教育管理']);
    const saved = toFile({ ...data, topics: ['报到', '党费'], tags: ['甲', '乙'] }, [], { text, path: 'x.md' });
    expect(saved).toBe('---\ntitle: 标题\ntopics: [报到, 党费]\ntags:\n  - 甲\n  - 乙\n---\n正文\n');
  });

  it('comments and quoting of untouched keys survive; a cleared optional field is dropped', () => {
    const text =
      "---\n# 示例文件\ntitle: '标题'\nsource:\n  name: 某网站\n  url: https://example.org/\nsummary: 摘要\n---\n\n正文\n";
    const saved = toFile(
      { ...fromFile(text), source: { name: '', url: '' }, summary: '新摘要' },
      ['title', 'summary', 'source'],
      { text, path: 'x.md' },
    );
    expect(saved).toBe("---\n# 示例文件\ntitle: '标题'\nsummary: 新摘要\n---\n\n正文\n");
  });

  it('a new field goes where the form has it', () => {
    const text = '---\ntitle: 标题\nsummary: 摘要\n---\n正文\n';
    const saved = toFile({ ...fromFile(text), docNumber: '清组通〔2026〕3号' }, fieldOrder, { text, path: 'x.md' });
    expect(saved).toBe('---\ntitle: 标题\ndocNumber: 清组通〔2026〕3号\nsummary: 摘要\n---\n正文\n');
  });

  it('an older entry keeps having no slug line when its slug is its file name', () => {
    const text = '---\ntitle: 标题\n---\n正文\n';
    const data = { ...fromFile(text), slug: 'report-in' };
    expect(toFile(data, fieldOrder, { text, path: 'content/pages/report-in.md' })).toBe(text);
    expect(toFile({ ...data, slug: 'report-in-guide' }, fieldOrder, { text, path: 'content/pages/report-in.md' })).toBe(
      '---\ntitle: 标题\nslug: report-in-guide\n---\n正文\n',
    );
  });

  it('a new entry is written in the form’s order, without empty fields', () => {
    const saved = toFile(
      { summary: '摘要', title: '标题', topics: ['报到'], docNumber: '', body: '正文\n', issueDate: '2026-01-12' },
      fieldOrder,
    );
    expect(saved).toBe('---\ntitle: 标题\nissueDate: 2026-01-12\ntopics:\n  - 报到\nsummary: 摘要\n---\n正文\n');
  });

  it('dates, numbers and text that look like numbers read as Decap reads them', () => {
    const data = fromFile("---\nissueDate: 2026-01-12\norder: 3\ncode: '012'\nat: 2026-01-12T08:00:00Z\n---\n");
    expect(data).toEqual({
      issueDate: '2026-01-12',
      order: 3,
      code: '012',
      at: new Date('2026-01-12T08:00:00Z'),
      body: '',
    });
    const saved = toFile({ ...data, code: '013' }, []);
    expect(saved).toContain("code: '013'");
    expect(saved).toContain('issueDate: 2026-01-12\n');
  });

  it('splits top-level keys with the comments above them', () => {
    expect(keyBlocks('# a\ntitle: x\nlist:\n  - 1\n\n# b\nother: y\n').map((b) => b.key)).toEqual([
      'title',
      'list',
      'other',
    ]);
  });
});
