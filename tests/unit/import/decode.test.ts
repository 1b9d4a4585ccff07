import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../../../scripts/import/decode';
import { runImport } from '../../../scripts/import/pipeline';
import { formatReport } from '../../../scripts/import/report';

const TEXT =
  '中华人民共和国劳动合同法\n（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）\n' +
  '第一条 为了完善劳动合同制度，明确劳动合同双方当事人的权利和义务，保护劳动者的合法权益，制定本法。\n';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i % 2 === 0 ? i + 1 : i - 1]!);
const withBom = (bom: number[], bytes: Uint8Array) => new Uint8Array([...bom, ...bytes]);

// GB18030 has no encoder in the platform: a reverse map of its two-byte range (all of GBK,
// which holds every character of TEXT) made with the platform's decoder.
const GB_MAP = (() => {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!map.has(char)) map.set(char, [lead, trail]);
      } catch {
        // Not a character in this range.
      }
    }
  return map;
})();
const gb18030 = (text: string) =>
  new Uint8Array(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
      const bytes = GB_MAP.get(char);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${char}`);
      return bytes;
    }),
  );

describe('decodeText', () => {
  test('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'UTF-8' });
  });
  test('reads UTF-8 with a BOM and drops it', () => {
    expect(decodeText(withBom([0xef, 0xbb, 0xbf], utf8(TEXT)))).toEqual({ text: TEXT, encoding: 'UTF-8' });
  });
  test('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(withBom([0xff, 0xfe], utf16le(TEXT)))).toEqual({ text: TEXT, encoding: 'UTF-16LE' });
    expect(decodeText(withBom([0xfe, 0xff], utf16be(TEXT)))).toEqual({ text: TEXT, encoding: 'UTF-16BE' });
  });
  test('reads UTF-16 LE and BE without a BOM, by where the NUL bytes fall', () => {
    expect(decodeText(utf16le(TEXT))).toEqual({ text: TEXT, encoding: 'UTF-16LE' });
    expect(decodeText(utf16be(TEXT))).toEqual({ text: TEXT, encoding: 'UTF-16BE' });
  });
  test('reads GB18030 (GBK) text, which is not valid UTF-8', () => {
    const bytes = gb18030(TEXT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'GB18030' });
  });
  test('reads the GBK fixture file', () => {
    const bytes = readFileSync(new URL('../../fixtures/import/corpus/其他/编码.txt', import.meta.url));
    expect(decodeText(bytes)).toEqual({ text: '示例文件\n\n第一条 这是GBK编码的文本。\n', encoding: 'GB18030' });
  });
  test('normalises Windows line ends in every encoding', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    for (const bytes of [utf8(crlf), withBom([0xff, 0xfe], utf16le(crlf)), utf16be(crlf), gb18030(crlf)])
      expect(decodeText(bytes)).toMatchObject({ text: TEXT });
  });
  test('refuses binary data', () => {
    const png = readFileSync(new URL('../../fixtures/import/corpus/其他/乱码.txt', import.meta.url));
    expect(decodeText(png)).toEqual({ skip: 'binary file, not text' });
  });
  test('refuses bytes that are text in none of the encodings', () => {
    expect(decodeText(new Uint8Array([0xff, 0xff, 0xfe, 0x41]))).toEqual({
      skip: 'not text in UTF-8, UTF-16 or GB18030 (save the file as UTF-8)',
    });
    // Random bytes decode as GB18030 but read as nothing Chinese.
    const noise = new Uint8Array(400).map((_, i) => 0x81 + ((i * 37) % 0x7e));
    expect(decodeText(noise)).toMatchObject({ skip: expect.stringMatching(/^not text/) });
  });
  test('refuses UTF-16 whose BOM is followed by broken data', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toEqual({
      skip: 'not valid UTF-16LE despite its byte order mark',
    });
  });
});

describe('runImport on files in other encodings', () => {
  test('imports UTF-16 and GB18030 files and names their encoding in the report', async () => {
    const files = [
      { source: '社会法/劳动合同法.txt', bytes: withBom([0xff, 0xfe], utf16le(TEXT)) },
      {
        source: '社会法/劳动合同法（无BOM）.txt',
        bytes: utf16be(TEXT.replace('劳动合同法\n', '劳动合同法（副本）\n')),
      },
      { source: '社会法/劳动合同法（GBK）.txt', bytes: gb18030(TEXT.replace('劳动合同法\n', '劳动合同法（GBK）\n')) },
      { source: '社会法/劳动合同法（UTF-8）.txt', bytes: utf8(TEXT.replace('劳动合同法\n', '劳动合同法（UTF-8）\n')) },
    ].map(({ source, bytes }) => ({ source, folders: ['c', '社会法'], read: async () => bytes }));
    const { report, decisions } = await runImport(files, {
      today: '2025-07-01',
      force: false,
      listExisting: () => [],
      readExisting: () => undefined,
    });
    expect(report.counts.imported).toBe(4);
    expect(decisions.map((d) => /^title: (.*)$/m.exec(d.text)?.[1]).sort()).toEqual([
      '中华人民共和国劳动合同法',
      '中华人民共和国劳动合同法（GBK）',
      '中华人民共和国劳动合同法（UTF-8）',
      '中华人民共和国劳动合同法（副本）',
    ]);
    const text = formatReport(report, false);
    expect(text).toContain('  社会法/劳动合同法.txt: read as UTF-16LE (saved as UTF-8)');
    expect(text).toContain('  社会法/劳动合同法（无BOM）.txt: read as UTF-16BE (saved as UTF-8)');
    expect(text).toContain('  社会法/劳动合同法（GBK）.txt: read as GB18030 (saved as UTF-8)');
    expect(text).not.toContain('劳动合同法（UTF-8）.txt:');
  });
});
