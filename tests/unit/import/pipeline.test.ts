import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { policySchema } from '../../../src/schemas/policies';
import { readFrontmatter } from '../../../scripts/import/frontmatter';
import { UNKNOWN_ISSUER } from '../../../scripts/import/infer';
import { runImport, type Decision, type SourceFile } from '../../../scripts/import/pipeline';
import { makeDocx } from './make-docx';

const ROOT = fileURLToPath(new URL('../../fixtures/import/corpus', import.meta.url));
const TODAY = '2025-07-01';

/** The fixture corpus as the CLI would hand it over, plus a .docx made on the spot. */
function fixtureFiles(): SourceFile[] {
  const files: SourceFile[] = readdirSync(ROOT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const source = relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/');
      const bytes = readFileSync(join(entry.parentPath, entry.name));
      return { source, folders: ['corpus', ...source.split('/').slice(0, -1)], read: async () => bytes };
    });
  const docx = makeDocx([
    '示例管理办法',
    '（2022年3月1日示例部令第5号公布）',
    '第一章 总则',
    '第一条 为了规范示例管理，制定本办法。',
  ]);
  files.push({
    source: '部门规章/示例部/示例管理办法.docx',
    folders: ['corpus', '部门规章', '示例部'],
    read: async () => docx,
  });
  return files.sort((a, b) => a.source.localeCompare(b.source));
}

/** An import into an in-memory folder: returns the decisions and applies them as the CLI would. */
async function importInto(disk: Map<string, string>, files: SourceFile[], force = false) {
  const result = await runImport(files, {
    today: TODAY,
    force,
    listExisting: () => [...disk.keys()],
    readExisting: (target) => disk.get(target),
  });
  for (const d of result.decisions) if (d.action === 'imported' || d.action === 'updated') disk.set(d.target, d.text);
  return result;
}

const bySource = (decisions: Decision[], source: string) => decisions.find((d) => d.source === source)!;

describe('runImport on the fixture corpus', () => {
  test('imports the good files and reports each bad one with its reason', async () => {
    const { report } = await importInto(new Map(), fixtureFiles());
    // 编码.txt is GBK: refused before the importer read GB18030, imported (and named) since.
    expect(report.counts).toEqual({ imported: 13, updated: 0, unchanged: 0, kept: 0, skipped: 4 });
    expect(Object.fromEntries(report.skipped.map((s) => [s.source, s.reason]))).toEqual({
      '其他/乱码.txt': 'binary file, not text',
      '其他/损坏.docx': expect.stringMatching(/^cannot read \.docx: /),
      '其他/无标题.md': expect.stringMatching(/^no title/),
      '社会法/_index.md': 'folder index file (_index.md), not a document',
    });
  });

  test('imports a document with neither date nor issuer: no issueDate, issuer 未注明, both noted', async () => {
    const { decisions, report } = await importInto(new Map(), fixtureFiles());
    const undated = bySource(decisions, '其他/无日期说明.md');
    expect(undated).toMatchObject({ action: 'imported', target: 'wu-ri-qi-shuo-ming.md' });
    expect(undated.text).not.toMatch(/^issueDate:/m);
    expect(undated.text).not.toMatch(/^effectiveDate:/m);
    const data = readFrontmatter(undated.text)!;
    expect(data).not.toHaveProperty('issueDate');
    expect(data).toMatchObject({
      title: '无日期说明',
      issuer: UNKNOWN_ISSUER,
      status: 'in-force',
      category: 'normative-document',
      summary: '《无日期说明》。这份说明没有日期，文件名里也没有。',
    });
    expect(policySchema.safeParse(data).success).toBe(true);
    expect(report.files.find((row) => row.source === '其他/无日期说明.md')).toEqual({
      source: '其他/无日期说明.md',
      action: 'imported',
      target: 'wu-ri-qi-shuo-ming.md',
      notes: [
        'summary generated',
        'category fallback normative-document',
        'issueDate unknown (no history line, no date in the file name)',
        'issuer unknown (未注明)',
      ],
    });
  });

  test('takes the issuer of an undated case from its opening text', async () => {
    const { decisions, report } = await importInto(new Map(), fixtureFiles());
    const source = '案例/劳动人事/示例欠薪案.md';
    const kase = bySource(decisions, source);
    expect(kase.target).toBe('tuo-qian-gong-zi-de-lao-dong-zhe-ke-yi-jie-chu-he-tong.md');
    const data = readFrontmatter(kase.text)!;
    expect(data).not.toHaveProperty('issueDate');
    expect(data).toMatchObject({
      title: '拖欠工资的，劳动者可以解除合同',
      issuer: '最高人民法院',
      category: 'case',
      summary: '《拖欠工资的，劳动者可以解除合同》，最高人民法院发布。本案例由最高人民法院发布，供审理类似案件时参考。',
    });
    expect(report.files.find((row) => row.source === source)?.notes).toEqual([
      'summary generated',
      'issueDate unknown (no history line, no date in the file name)',
      'issuer from opening text',
    ]);
  });

  test('writes no 未注明 and no dangling ，发布 into any summary', async () => {
    const { decisions } = await importInto(new Map(), fixtureFiles());
    for (const d of decisions) {
      const { summary } = readFrontmatter(d.text) as { summary: string };
      expect(summary, d.target).not.toContain('未注明');
      expect(summary, d.target).not.toMatch(/，(?:发布|通过|公布)/);
    }
  });

  test('writes entries that pass the policies schema', async () => {
    const { decisions } = await importInto(new Map(), fixtureFiles());
    for (const d of decisions) expect(policySchema.safeParse(readFrontmatter(d.text)).success, d.target).toBe(true);
  });

  test('links the two versions of one law', async () => {
    const { decisions } = await importInto(new Map(), fixtureFiles());
    const older = bySource(decisions, '社会法/示例工资保障法(2019-05-01).md');
    const newer = bySource(decisions, '社会法/示例工资保障法(2024-06-01).md');
    expect(older.target).toBe('shi-li-gong-zi-bao-zhang-fa-2019-05-01.md');
    expect(readFrontmatter(older.text)).toMatchObject({ status: 'amended' });
    expect(readFrontmatter(newer.text)).toMatchObject({
      status: 'in-force',
      amends: ['shi-li-gong-zi-bao-zhang-fa-2019-05-01'],
    });
  });

  test('counts the fields inferred by fallback or generated', async () => {
    const { report } = await importInto(new Map(), fixtureFiles());
    expect(report.fallbacks).toMatchObject({
      'summary generated': 13,
      'issuer from department folder': 1,
      'issuer from title': 1,
      'issuer from opening text': 1,
      'issuer unknown (未注明)': 2,
      'issueDate unknown (no history line, no date in the file name)': 3,
      'category fallback normative-document': 3,
      'status amended (newer version imported)': 1,
      'status not-yet-effective': 1,
    });
  });

  test('reads the .docx like plain text', async () => {
    const { decisions } = await importInto(new Map(), fixtureFiles());
    const docx = bySource(decisions, '部门规章/示例部/示例管理办法.docx');
    expect(readFrontmatter(docx.text)).toMatchObject({
      title: '示例管理办法',
      issuer: '示例部',
      docNumber: '示例部令第5号',
    });
    expect(docx.text).toContain('\n## 第一章 总则\n\n第一条 为了规范示例管理，制定本办法。\n');
  });

  test("skips an entry that fails the schema with the schema's message, and imports the rest", async () => {
    const long = `# ${'长'.repeat(130)}\n\n2001年1月1日 国务院令第1号发布\n\n<!-- INFO END -->\n\n第一条 内容。\n`;
    const files = [
      ...fixtureFiles(),
      {
        source: '行政法规/长标题.md',
        folders: ['corpus', '行政法规'],
        read: async () => new TextEncoder().encode(long),
      },
    ];
    const { report } = await importInto(new Map(), files);
    expect(report.skipped).toContainEqual({
      source: '行政法规/长标题.md',
      reason: expect.stringMatching(/^schema: title: /),
    });
    expect(report.counts.imported).toBe(13);
  });

  test('skips a file that cannot be read', async () => {
    const files = [
      {
        source: '其他/锁定.md',
        folders: ['corpus', '其他'],
        read: () => Promise.reject(new Error('EACCES: permission denied')),
      },
    ];
    const { report } = await importInto(new Map(), files);
    expect(report.skipped).toEqual([{ source: '其他/锁定.md', reason: 'cannot read: EACCES: permission denied' }]);
  });
});

describe('runImport a second time', () => {
  test('leaves its own untouched entries unchanged', async () => {
    const disk = new Map<string, string>();
    await importInto(disk, fixtureFiles());
    const { report } = await importInto(disk, fixtureFiles());
    expect(report.counts).toMatchObject({ imported: 0, unchanged: 13, kept: 0 });
  });

  test('updates an untouched entry whose source changed', async () => {
    const disk = new Map<string, string>();
    await importInto(disk, fixtureFiles());
    const files = fixtureFiles().map((f) =>
      f.source === '民法典/示例编.md'
        ? {
            ...f,
            read: async () =>
              new TextEncoder().encode(readFileSync(join(ROOT, f.source), 'utf8').replace('包括本数', '包括本数。')),
          }
        : f,
    );
    const { report } = await importInto(disk, files);
    expect(report.counts).toMatchObject({ updated: 1, unchanged: 12 });
  });

  test('keeps an entry an editor changed, and says how to overwrite it', async () => {
    const disk = new Map<string, string>();
    await importInto(disk, fixtureFiles());
    const target = 'shi-li-jiu-tiao-li-2001-01-01.md';
    const edited = disk.get(target)!.replace('topics: []', 'topics:\n  - 示例');
    disk.set(target, edited);
    const { report } = await importInto(disk, fixtureFiles());
    expect(report.kept).toEqual([
      { source: '行政法规/示例旧条例(2001-01-01).md', target, reason: 'kept: edited since import (use --force)' },
    ]);
    expect(disk.get(target)).toBe(edited);
  });

  test('overwrites the edited entry with --force', async () => {
    const disk = new Map<string, string>();
    const first = await importInto(disk, fixtureFiles());
    const target = 'shi-li-jiu-tiao-li-2001-01-01.md';
    disk.set(target, disk.get(target)!.replace('topics: []', 'topics:\n  - 示例'));
    const { report } = await importInto(disk, fixtureFiles(), true);
    expect(report.counts).toMatchObject({ updated: 1, kept: 0 });
    expect(disk.get(target)).toBe(first.decisions.find((d) => d.target === target)!.text);
  });

  test('keeps each slug with the file it was first given to when a new file with the same title sorts first', async () => {
    const law = (source: string, article: string): SourceFile => ({
      source,
      folders: ['corpus', ...source.split('/').slice(0, -1)],
      read: async () =>
        new TextEncoder().encode(`# 示例法\n\n2001年1月1日 国务院令第1号发布\n\n<!-- INFO END -->\n\n${article}\n`),
    });
    const a = law('行政法规/乙/示例法.md', '第一条 乙地的文本。');
    const b = law('行政法规/甲/示例法.md', '第一条 甲地的文本。');
    const disk = new Map<string, string>();
    await importInto(disk, [a]);
    expect([...disk.keys()]).toEqual(['shi-li-fa.md']);

    const { decisions, report } = await importInto(disk, [b, a]);
    expect(bySource(decisions, a.source)).toMatchObject({ target: 'shi-li-fa.md', action: 'unchanged' });
    expect(bySource(decisions, b.source)).toMatchObject({ action: 'imported', collidedWith: a.source });
    expect(bySource(decisions, b.source).target).toMatch(/^shi-li-fa-[0-9a-f]{6}\.md$/);
    expect(readFrontmatter(disk.get('shi-li-fa.md')!)).toMatchObject({ imported: { source: a.source } });
    expect(report.kept).toEqual([]);

    // And the next run changes nothing.
    const again = await importInto(disk, [b, a]);
    expect(again.report.counts).toMatchObject({ imported: 0, unchanged: 2, kept: 0 });
  });

  test('gives a new file a hashed slug rather than the slug of an entry whose file is gone, unless --force', async () => {
    const law = (source: string): SourceFile => ({
      source,
      folders: ['corpus', ...source.split('/').slice(0, -1)],
      read: async () =>
        new TextEncoder().encode('# 示例法\n\n2001年1月1日 国务院令第1号发布\n\n<!-- INFO END -->\n\n第一条 内容。\n'),
    });
    const disk = new Map<string, string>();
    await importInto(disk, [law('行政法规/旧/示例法.md')]);
    const moved = await importInto(new Map(disk), [law('行政法规/新/示例法.md')]);
    expect(moved.decisions[0]).toMatchObject({ action: 'imported', collidedWith: '行政法规/旧/示例法.md' });
    const forced = await importInto(disk, [law('行政法规/新/示例法.md')], true);
    expect(forced.decisions[0]).toMatchObject({ action: 'updated', target: 'shi-li-fa.md' });
    expect(readFrontmatter(disk.get('shi-li-fa.md')!)).toMatchObject({ imported: { source: '行政法规/新/示例法.md' } });
  });
});
