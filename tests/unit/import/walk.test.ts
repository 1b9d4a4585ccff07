import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readSourceFile, SYMLINK, walkFolder } from '../../../scripts/import/walk';

const work = mkdtempSync(join(tmpdir(), 'import-walk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LAW = '# 示例条例\n\n2001年1月1日 国务院令第1号发布\n\n<!-- INFO END -->\n\n第一条 内容。\n';

/** A folder with one document and everything the walk must pass over. */
function tree(): string {
  const root = mkdtempSync(join(work, 'tree-'));
  mkdirSync(join(root, '行政法规'));
  writeFileSync(join(root, '行政法规', '示例条例.md'), LAW);
  symlinkSync('.', join(root, 'self'));
  symlinkSync('..', join(root, '行政法规', 'up'));
  symlinkSync(join(root, '行政法规', '示例条例.md'), join(root, '链接.md'));
  symlinkSync(join(root, 'missing.md'), join(root, '断链.md'));
  writeFileSync(join(root, '.hidden.md'), LAW);
  writeFileSync(join(root, '..txt'), '示例');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), '[core]');
  mkdirSync(join(root, 'out'));
  writeFileSync(join(root, 'out', 'shi-li-tiao-li.md'), '---\ntitle: 示例条例\n---\n');
  const fifo = spawnSync('mkfifo', [join(root, '管道.txt')]);
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`);
  return root;
}

describe('walkFolder', () => {
  const root = tree();
  const walk = walkFolder(root, join(root, 'out'));

  test('finds the documents once, never entering a symbolic link (self -> ., up -> ..)', () => {
    expect(walk.files).toEqual([{ path: join(root, '行政法规', '示例条例.md'), source: '行政法规/示例条例.md' }]);
  });

  test('reports every entry it passed over, with its reason', () => {
    expect(walk.skipped).toEqual(
      expect.arrayContaining([
        { source: 'self', reason: SYMLINK },
        { source: '行政法规/up', reason: SYMLINK },
        { source: '链接.md', reason: SYMLINK },
        { source: '断链.md', reason: SYMLINK },
        { source: '.hidden.md', reason: 'hidden file (name starts with ".")' },
        { source: '..txt', reason: 'hidden file (name starts with ".")' },
        { source: '.git/', reason: 'hidden folder (name starts with "."), not searched' },
        { source: 'out/', reason: 'the output folder (--out), not searched' },
        { source: '管道.txt', reason: 'not a regular file (device, socket or pipe)' },
      ]),
    );
    expect(walk.skipped).toHaveLength(9);
  });
});

describe('readSourceFile', () => {
  test('refuses a symbolic link, even one that points at a document', () => {
    const root = tree();
    expect(readSourceFile(join(root, '链接.md'))).toEqual({ skip: SYMLINK });
  });
  test('refuses a pipe without waiting for a writer', () => {
    const root = tree();
    expect(readSourceFile(join(root, '管道.txt'))).toEqual({ skip: 'not a regular file (device, socket or pipe)' });
  });
});
