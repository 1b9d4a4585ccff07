import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_BODY_BYTES, MAX_DOCX_UNPACKED_BYTES, MAX_SOURCE_FILE_BYTES } from '../../../src/lib/content-limits';
import { readDocx } from '../../../scripts/import/docx-source';
import { runImport, type SourceFile } from '../../../scripts/import/pipeline';
import { readSourceFile } from '../../../scripts/import/walk';
import { readZipDirectory, unpackEntry } from '../../../scripts/import/zip';
import { docxParts, documentXml } from './make-docx';

const work = mkdtempSync(join(tmpdir(), 'import-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (source: string, bytes: Uint8Array): SourceFile => ({
  source,
  folders: ['c', ...source.split('/').slice(0, -1)],
  read: async () => bytes,
});
const run = (files: SourceFile[]) =>
  runImport(files, { today: '2025-07-01', force: false, listExisting: () => [], readExisting: () => undefined });

const GOOD = file(
  '行政法规/示例条例(2001-01-01).md',
  strToU8('# 示例条例\n\n2001年1月1日 国务院令第1号发布\n\n<!-- INFO END -->\n\n第一条 内容。\n'),
);

/** A .docx whose document.xml holds `padding` bytes of XML whitespace after its one paragraph. */
function paddedDocx(padding: number): Uint8Array {
  const xml = documentXml(['示例办法', '第一条 内容。']).replace('</w:body>', `${' '.repeat(padding)}</w:body>`);
  return zipSync({ ...docxParts([]), 'word/document.xml': strToU8(xml) }, { level: 9 });
}

/** Rewrites the declared unpacked size of one entry, in the central directory and its local header. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const entry = readZipDirectory(copy).find((e) => e.name === name)!;
  view.setUint32(entry.headerOffset + 22, size, true);
  for (let i = 0; i < copy.length - 4; i += 1) {
    // The central directory record of this entry points at its local header.
    if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 42, true) === entry.headerOffset)
      view.setUint32(i + 24, size, true);
  }
  return copy;
}

describe('content limits', () => {
  test('leave room above the largest real document (313 KB) and fit a body at the limit in a file', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(3 * 313_000);
    expect(MAX_SOURCE_FILE_BYTES).toBeGreaterThan(MAX_BODY_BYTES);
    expect(MAX_DOCX_UNPACKED_BYTES).toBeGreaterThan(MAX_BODY_BYTES);
  });
});

describe('a zip bomb disguised as a .docx', () => {
  const bomb = paddedDocx(MAX_DOCX_UNPACKED_BYTES + 10_000_000);

  test('is small on disk and is refused from its declared sizes, before anything is unpacked', async () => {
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(await readDocx(bomb)).toEqual({
      skip: '.docx too large unpacked: 30 MB (limit 20 MB; word/document.xml alone 30 MB)',
    });
  });

  test('is refused when it declares a small size and unpacks to more: the inflate stops at the declared size', async () => {
    const liar = declareSize(bomb, 'word/document.xml', 5_000);
    expect(await readDocx(liar)).toEqual({
      skip: 'cannot read .docx: broken zip: word/document.xml does not unpack to its declared 5000 bytes',
    });
  });

  test('is skipped and reported while the other files import', async () => {
    const { report } = await run([GOOD, file('其他/炸弹.docx', bomb)]);
    expect(report.counts).toMatchObject({ imported: 1, skipped: 1 });
    expect(report.skipped).toEqual([
      { source: '其他/炸弹.docx', reason: expect.stringMatching(/^\.docx too large unpacked/) },
    ]);
  });

  test('an ordinary .docx still reads', async () => {
    expect(await readDocx(paddedDocx(1_000))).toMatchObject({ lines: ['示例办法', '第一条 内容。'] });
  });
});

describe('unpackEntry', () => {
  const data = strToU8('第一条 内容。'.repeat(100));
  const zip = zipSync({ 'a.xml': data }, { level: 6 });

  test('unpacks an entry to its declared size', () => {
    expect(unpackEntry(zip, readZipDirectory(zip)[0]!)).toEqual(data);
  });
  test('refuses an entry that unpacks to more than it declares', () => {
    const liar = declareSize(zip, 'a.xml', 10);
    expect(() => unpackEntry(liar, readZipDirectory(liar)[0]!)).toThrow('does not unpack to its declared 10 bytes');
  });
  test('refuses a stored entry whose size does not match, and an unknown compression method', () => {
    const raw = deflateRawSync(Buffer.from('x'));
    expect(() =>
      unpackEntry(raw, { name: 'x', method: 0, encrypted: false, compressedSize: 3, size: 9, headerOffset: 0 }),
    ).toThrow();
    const entry = readZipDirectory(zip)[0]!;
    expect(() => unpackEntry(zip, { ...entry, method: 12 })).toThrow('unsupported compression method 12');
  });
});

describe('file size', () => {
  test('a file over MAX_SOURCE_FILE_BYTES is skipped, the rest imported', async () => {
    const big = new Uint8Array(MAX_SOURCE_FILE_BYTES + 2_000_000).fill(0x41);
    const { report } = await run([GOOD, file('其他/巨大.txt', big)]);
    expect(report.counts).toMatchObject({ imported: 1, skipped: 1 });
    expect(report.skipped).toEqual([
      { source: '其他/巨大.txt', reason: 'file too large: 12 MB (limit 10 MB, MAX_SOURCE_FILE_BYTES)' },
    ]);
  });

  test('readSourceFile refuses a file over the limit from its size, without reading it', () => {
    const path = join(work, 'sparse.txt');
    writeFileSync(path, '');
    // Sparse: 50 MB long, nothing on disk.
    truncateSync(path, 50_000_000);
    expect(readSourceFile(path)).toEqual({ skip: 'file too large: 50 MB (limit 10 MB, MAX_SOURCE_FILE_BYTES)' });
  });

  test('readSourceFile reads a file under the limit', () => {
    const path = join(work, 'small.txt');
    writeFileSync(path, '示例');
    expect(readSourceFile(path)).toEqual(strToU8('示例'));
  });
});

describe('body size', () => {
  test('an entry whose body exceeds MAX_BODY_BYTES is not written; a body under it is', async () => {
    const article = (n: number) => `第一条 ${'条文内容'.repeat(n)}。`;
    // 3 bytes a character in UTF-8: 400,000 characters are 1.2 MB.
    const tooLong = strToU8(`# 超长文件\n\n<!-- INFO END -->\n\n${article(100_000)}\n`);
    // Just under 1 MB, in 800 paragraphs of about 400 characters.
    const long = strToU8(
      `# 长文件\n\n<!-- INFO END -->\n\n${Array.from({ length: 800 }, () => article(100)).join('\n\n')}\n`,
    );
    const { report, decisions } = await run([GOOD, file('其他/超长文件.md', tooLong), file('其他/长文件.md', long)]);
    expect(report.skipped).toEqual([
      {
        source: '其他/超长文件.md',
        reason: 'body too large: 1.2 MB of text (limit 1 MB); split the document or attach it as a file',
      },
    ]);
    expect(decisions.map((d) => d.source).sort()).toEqual(['其他/长文件.md', '行政法规/示例条例(2001-01-01).md']);
  });

  test('an entry with a line longer than MAX_LINE_CHARS is not written', async () => {
    const oneLine = strToU8(`# 一行到底\n\n<!-- INFO END -->\n\n第一条 ${'条文内容'.repeat(6_000)}。\n`);
    const { report } = await run([GOOD, file('其他/一行到底.md', oneLine)]);
    expect(report.skipped).toEqual([
      {
        source: '其他/一行到底.md',
        reason: 'line 1 has 24,005 characters (limit 20,000); break it into paragraphs',
      },
    ]);
  });
});
