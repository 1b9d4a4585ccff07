import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isDivisionLine, parseTextSource } from '../../../scripts/import/text-source';

const fixture = readFileSync(
  new URL('../../fixtures/import/corpus/文本/示例社区服务条例.txt', import.meta.url),
  'utf8',
);

describe('parseTextSource', () => {
  const doc = parseTextSource(fixture);

  test('takes the first non-empty line as the title', () => {
    expect(doc).toMatchObject({ title: '示例社区服务条例' });
  });
  test('reads a parenthesised history wrapped over two lines as one history line', () => {
    expect(doc).toMatchObject({
      info: [
        '（2023年3月1日中华人民共和国国务院令第100号公布根据2024年5月1日《国务院关于修改部分行政法规的决定》修订）',
      ],
    });
  });
  test('turns bare 第一章 lines into headings and skips the table of contents', () => {
    const headings = 'blocks' in doc ? doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text) : [];
    expect(headings).toEqual(['第一章 总则', '第二章 服务与保障', '第三章 附则']);
  });
  test('keeps articles and items as paragraphs, without their indent', () => {
    const paragraphs = 'blocks' in doc ? doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text) : [];
    expect(paragraphs).toContain('第一条\u3000为了规范社区服务，制定本条例。');
    expect(paragraphs).toContain('（一）便民；');
  });
  test('escapes what Markdown would read as markup', () => {
    const paragraphs = 'blocks' in doc ? doc.blocks.map((b) => b.text) : [];
    expect(paragraphs).toContain('（二）公开，收费标准以\\*公示\\*为准；');
    expect(paragraphs).toContain('1\\. 这一行以数字和点开头。');
  });
  test('skips an empty file for want of a title', () => {
    expect(parseTextSource('\n\u3000\n')).toEqual({ skip: expect.stringContaining('no title') });
  });
});

describe('isDivisionLine', () => {
  test('takes 第一章 总则 and 第一编总则 as headings', () => {
    expect(isDivisionLine('第一章 总则')).toBe(true);
    expect(isDivisionLine('第一编总则')).toBe(true);
  });
  test('does not take a sentence that starts with a chapter number', () => {
    expect(isDivisionLine('第二章规定的情形，依照本法处理。')).toBe(false);
  });
  test('does not take an article', () => {
    expect(isDivisionLine('第二条 内容')).toBe(false);
  });
});
