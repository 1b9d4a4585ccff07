import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../../src/lib/import/docx-source';
import { parseSource } from '../../../src/lib/import/pipeline';
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
