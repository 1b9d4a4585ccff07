import { describe, expect, test } from 'vitest';
import { checksumOf, decideWrite, provenance, sign } from '../../../scripts/import/checksum';
import { readFrontmatter, renderEntry, type EntryData } from '../../../scripts/import/frontmatter';

const DATA: EntryData = {
  title: '中华人民共和国示例法',
  issuer: '全国人民代表大会常务委员会',
  issueDate: '2007-06-29',
  status: 'in-force',
  category: 'law',
  topics: [],
  summary: '《中华人民共和国示例法》，全国人民代表大会常务委员会2007年6月29日通过，共1条。',
  amends: [],
  imported: { source: '社会法/示例法(2007-06-29).md', checksum: '' },
};
const entry = (body = '第一条 为了示例，制定本法。') => sign(renderEntry(DATA, body));

describe('renderEntry', () => {
  test('writes dates unquoted and quotes only what YAML would misread', () => {
    const text = renderEntry({ ...DATA, title: '#1: 示例' }, '正文');
    expect(text).toContain('issueDate: 2007-06-29\n');
    expect(readFrontmatter(text)).toMatchObject({
      title: '#1: 示例',
      imported: { source: '社会法/示例法(2007-06-29).md' },
    });
  });
  test('lists amends only when there are some', () => {
    expect(renderEntry(DATA, '正文')).not.toContain('amends');
    expect(renderEntry({ ...DATA, amends: ['shi-li-fa-2001-01-01'] }, '正文')).toContain(
      'amends:\n  - shi-li-fa-2001-01-01\n',
    );
  });
});

describe('sign and checksumOf', () => {
  test('records the SHA-256 of the entry computed with the checksum blanked', () => {
    const text = entry();
    const recorded = /checksum: ([0-9a-f]{64})/.exec(text)?.[1];
    expect(recorded).toBe(checksumOf(text));
    expect(checksumOf(text)).toBe(checksumOf(text.replace(recorded!, '')));
  });
});

describe('provenance', () => {
  test("knows the importer's untouched entry", () => {
    expect(provenance(entry())).toEqual({ kind: 'untouched', source: '社会法/示例法(2007-06-29).md' });
  });
  test('knows an entry an editor changed', () => {
    expect(provenance(entry().replace('制定本法', '制定本法（编辑补充）')).kind).toBe('edited');
  });
  test('knows a file the importer never wrote', () => {
    expect(provenance('---\ntitle: 手写\n---\n\n正文\n')).toEqual({ kind: 'foreign' });
  });
});

describe('decideWrite', () => {
  const source = DATA.imported.source;
  test('imports when nothing is at the target', () => {
    expect(decideWrite(undefined, entry(), source, false)).toEqual({ action: 'imported' });
  });
  test('leaves an untouched entry with the same content unchanged', () => {
    expect(decideWrite(entry(), entry(), source, false)).toEqual({ action: 'unchanged' });
  });
  test('updates an untouched entry whose source changed', () => {
    expect(decideWrite(entry(), entry('第一条 新的文本。'), source, false)).toEqual({ action: 'updated' });
  });
  test('keeps an entry edited since import', () => {
    const edited = entry().replace('topics: []', 'topics:\n  - 工资');
    expect(decideWrite(edited, entry('第一条 新的文本。'), source, false)).toEqual({
      action: 'kept',
      reason: 'kept: edited since import (use --force)',
    });
  });
  test('keeps a file without an imported field', () => {
    expect(decideWrite('---\ntitle: 手写\n---\n', entry(), source, false)).toMatchObject({ action: 'kept' });
  });
  test('keeps the entry of another source that has the same slug', () => {
    expect(decideWrite(entry(), entry(), '其他/别的文件.md', false)).toMatchObject({
      action: 'kept',
      reason: expect.stringContaining('belongs to'),
    });
  });
  test('overwrites an edited entry with --force', () => {
    const edited = entry().replace('制定本法', '制定本法（编辑补充）');
    expect(decideWrite(edited, entry(), source, true)).toEqual({ action: 'updated', reason: 'overwritten (--force)' });
  });
});
