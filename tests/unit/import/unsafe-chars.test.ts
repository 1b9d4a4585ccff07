import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../../scripts/import/frontmatter';
import { runImport, validateEntry, type SourceFile } from '../../../scripts/import/pipeline';
import { buildReport, formatReport } from '../../../scripts/import/report';
import { firstUnsafeChar, showUnsafeChars, stripUnsafeChars } from '../../../src/lib/unsafe-chars';
import { makeDocx } from './make-docx';

// Written as escapes: the characters themselves would reorder this file in an editor.
const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';
const BEL = '\u0007';
const CSI = '\u009B';

const file = (source: string, bytes: Uint8Array): SourceFile => ({
  source,
  folders: ['c', '行政法规'],
  read: async () => bytes,
});
const run = (files: SourceFile[]) =>
  runImport(files, { today: '2025-07-01', force: false, listExisting: () => [], readExisting: () => undefined });

describe('stripUnsafeChars', () => {
  test('removes C0 and C1 controls and bidi controls, keeping tabs and newlines', () => {
    const text = `示例${RLO}条例${BEL}\n第一条\t内容${CSI}。\u200E\u200F\u061C${LRI}甲${PDI}`;
    expect(stripUnsafeChars(text)).toEqual({
      text: '示例条例\n第一条\t内容。甲',
      removed: [0x202e, 0x07, 0x9b, 0x200e, 0x200f, 0x061c, 0x2066, 0x2069],
    });
  });
  test('turns a form feed (a page break) into a newline', () => {
    expect(stripUnsafeChars('第一页\f第二页')).toEqual({ text: '第一页\n第二页', removed: [] });
  });
  test('leaves clean text as it is', () => {
    const text = '第一条 为了示例，制定本条例。';
    expect(stripUnsafeChars(text).text).toBe(text);
  });
});

describe('importing text with control and bidi characters', () => {
  test('publishes the title and body without them, and names the file in the report', async () => {
    const source = `# 示例${RLO}条例${BEL}\n\n2001年1月1日 国务院令第1号发布\n\n<!-- INFO END -->\n\n第一条${BEL}\t为了示例${LRI}，制定本条例${PDI}。\n`;
    const { decisions, report } = await run([file('行政法规/示例条例.md', new TextEncoder().encode(source))]);
    const [entry] = decisions;
    expect(readFrontmatter(entry!.text)).toMatchObject({ title: '示例条例' });
    expect(entry!.text).toContain('\n第一条\t为了示例，制定本条例。\n');
    expect(firstUnsafeChar(entry!.text.replace(/[\t\n]/g, ''))).toBeUndefined();
    expect(formatReport(report, false)).toContain(
      '  行政法规/示例条例.md: removed 5 control or bidi characters (U+0007, U+202E, U+2066, U+2069)',
    );
  });

  test('removes them from a .docx title too', async () => {
    const docx = makeDocx([`示例${RLO}办法`, '（2022年3月1日示例部令第5号公布）', '第一条 内容。']);
    const { decisions, report } = await run([file('行政法规/示例办法.docx', docx)]);
    expect(readFrontmatter(decisions[0]!.text)).toMatchObject({ title: '示例办法' });
    expect(report.warnings).toEqual([
      { source: '行政法规/示例办法.docx', warnings: ['removed 1 control or bidi character (U+202E)'] },
    ]);
  });

  test('skips a file whose name holds one, and shows the name escaped in the report', async () => {
    const name = `行政法规/示例${RLO}txt.md`;
    const { report } = await run([file(name, new TextEncoder().encode('# 示例\n\n正文。\n'))]);
    expect(report.skipped).toEqual([
      { source: name, reason: 'file or folder name contains the control character U+202E (rename it)' },
    ]);
    expect(formatReport(report, false)).toContain('    行政法规/示例\\u{202E}txt.md');
    expect(formatReport(report, false)).not.toContain(RLO);
  });
});

describe('validateEntry', () => {
  const entry = (title: string) =>
    `---\ntitle: ${JSON.stringify(title)}\nissuer: 国务院\nstatus: in-force\ncategory: law\ntopics: []\nsummary: 示例。\n---\n\n正文。\n`;
  test('refuses a frontmatter string with a control or bidi character, as the last gate before writing', () => {
    expect(validateEntry(entry('示例'))).toBeUndefined();
    expect(validateEntry(entry(`示例${RLO}`))).toBe('title: contains the control character U+202E');
    expect(validateEntry(entry('示例\t条例'))).toBe('title: contains the control character U+0009');
  });
});

describe('formatReport', () => {
  test('shows control and bidi characters in reasons and names as \\u{…}', () => {
    const text = formatReport(
      buildReport([{ source: `a${RLO}.md`, action: 'skipped', reason: `cannot read: bad${BEL}` }]),
      false,
    );
    expect(text).toContain('  cannot read: bad\\u{7} (1):\n    a\\u{202E}.md');
    expect(showUnsafeChars('第一条\t甲')).toBe('第一条\\u{9}甲');
  });
});
