import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { docxToText, readDocx } from '../../../scripts/import/docx-source';
import { parseSource, runImport } from '../../../scripts/import/pipeline';
import { formatReport } from '../../../scripts/import/report';
import { makeDocx } from './make-docx';

const PARAGRAPHS = [
  '示例管理办法',
  '（2022年3月1日示例部令第5号公布）',
  '第一章 总则',
  '第一条 为了规范示例管理，制定本办法。',
  '（一）便民；',
];

describe('docxToText', () => {
  test('gives the paragraphs of a .docx as lines of text', async () => {
    const text = await docxToText(makeDocx(PARAGRAPHS));
    expect(typeof text === 'string' && text.split('\n').filter(Boolean)).toEqual(PARAGRAPHS);
  });
  test('reports a file that is not a .docx instead of failing', async () => {
    const bytes = readFileSync(new URL('../../fixtures/import/corpus/其他/损坏.docx', import.meta.url));
    expect(await docxToText(bytes)).toEqual({ skip: expect.stringMatching(/^cannot read \.docx: /) });
  });
});

describe('parseSource on a .docx', () => {
  test('reads it like plain text: title, history, headings, articles', async () => {
    expect(await parseSource('示例管理办法.docx', makeDocx(PARAGRAPHS))).toEqual({
      title: '示例管理办法',
      info: ['（2022年3月1日示例部令第5号公布）'],
      blocks: [
        { kind: 'heading', level: 2, text: '第一章 总则' },
        { kind: 'paragraph', text: '第一条 为了规范示例管理，制定本办法。' },
        { kind: 'paragraph', text: '（一）便民；' },
      ],
    });
  });
});

describe('tables and pictures in a .docx', () => {
  test('turns a table into a GFM table, escaping | and keeping merged cells on the grid', async () => {
    const docx = makeDocx([
      '示例收费办法',
      '第一条 收费标准如下：',
      {
        table: [
          ['项目', '标准'],
          ['登记|备案', '免费'],
          [{ text: '其他事项另行规定', colSpan: 2 }],
          [{ text: '证照', vMerge: 'restart' }, '首次免费'],
          [{ text: '', vMerge: 'continue' }, '补办十元'],
        ],
      },
      '第二条 本办法自公布之日起施行。',
    ]);
    const content = await readDocx(docx);
    expect(content).toMatchObject({
      lines: [
        '示例收费办法',
        '第一条 收费标准如下：',
        {
          markdown: [
            '| 项目 | 标准 |',
            '| --- | --- |',
            '| 登记\\|备案 | 免费 |',
            '| 其他事项另行规定 | |',
            '| 证照 | 首次免费 |',
            '| | 补办十元 |',
          ].join('\n'),
        },
        '第二条 本办法自公布之日起施行。',
      ],
      warnings: ['1 table converted to Markdown (first row as header; check merged cells)'],
    });
  });

  test('keeps the table in the body of the entry, unescaped, between the articles', async () => {
    const docx = makeDocx([
      '示例收费办法',
      '第一条 收费标准如下：',
      {
        table: [
          ['项目', '标准'],
          ['登记', '免费'],
        ],
      },
    ]);
    const doc = await parseSource('示例收费办法.docx', docx);
    expect(doc).toMatchObject({
      title: '示例收费办法',
      blocks: [
        { kind: 'paragraph', text: '第一条 收费标准如下：' },
        { kind: 'paragraph', text: '| 项目 | 标准 |\n| --- | --- |\n| 登记 | 免费 |' },
      ],
      warnings: ['1 table converted to Markdown (first row as header; check merged cells)'],
    });
  });

  test('reports each picture as not imported, saying where it was, and imports the text', async () => {
    const docx = makeDocx([
      '示例办法',
      '第一条 流程见下图。',
      { picture: '办事流程图' },
      '第二条 附件二：',
      { picture: '' },
    ]);
    const content = await readDocx(docx);
    expect(content).toMatchObject({
      lines: expect.arrayContaining(['第一条 流程见下图。', '第二条 附件二：']),
      warnings: ['2 pictures not imported (图片未导入): after “第一条 流程见下图。”, after “第二条 附件二：”'],
    });
  });

  test('names the .docx whose pictures were dropped in the printed report', async () => {
    const docx = makeDocx([
      '示例办法',
      '（2022年3月1日示例部令第5号公布）',
      '第一条 流程见下图。',
      { picture: '流程图' },
    ]);
    const { report } = await runImport(
      [{ source: '部门规章/示例部/示例办法.docx', folders: ['c', '部门规章', '示例部'], read: async () => docx }],
      { today: '2025-07-01', force: false, listExisting: () => [], readExisting: () => undefined },
    );
    expect(report.counts.imported).toBe(1);
    expect(formatReport(report, false)).toContain(
      '  部门规章/示例部/示例办法.docx: 1 picture not imported (图片未导入): after “第一条 流程见下图。”',
    );
  });
});
