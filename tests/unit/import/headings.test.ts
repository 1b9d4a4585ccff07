import { describe, expect, test } from 'vitest';
import { normaliseHeadings } from '../../../scripts/import/headings';
import type { Block } from '../../../scripts/import/types';

const h = (level: number, text: string): Block => ({ kind: 'heading', level, text });
const levels = (blocks: Block[]) =>
  normaliseHeadings(blocks).map((b) => (b.kind === 'heading' ? `${b.level} ${b.text}` : b.text));

describe('normaliseHeadings', () => {
  test('makes 章 ## and 节 ### in a law without 编', () => {
    expect(levels([h(3, '第一章 总则'), h(4, '第一节 一般规定'), h(2, '第二章 附则')])).toEqual([
      '2 第一章 总则',
      '3 第一节 一般规定',
      '2 第二章 附则',
    ]);
  });
  test('makes 编 ##, 章 ### and 节 #### in a law with 编', () => {
    expect(levels([h(2, '第一编 总则'), h(2, '第一章 基本规定'), h(3, '第一节 通则')])).toEqual([
      '2 第一编 总则',
      '3 第一章 基本规定',
      '4 第一节 通则',
    ]);
  });
  test('puts 分编 between 编 and 章', () => {
    expect(levels([h(2, '第三编 合同'), h(2, '第一分编 通则'), h(3, '第一章 一般规定')])).toEqual([
      '2 第三编 合同',
      '3 第一分编 通则',
      '4 第一章 一般规定',
    ]);
  });
  test('makes 分编 ## in a 民法典 part whose 编 is the subtitle', () => {
    expect(levels([h(2, '第一分编 通则'), h(3, '第一章 一般规定')])).toEqual(['2 第一分编 通则', '3 第一章 一般规定']);
  });
  test('never skips a level, even when a chapter has no 编 above it', () => {
    expect(levels([h(2, '第一章 总则'), h(2, '第一编 分则'), h(3, '第二章 其他')])).toEqual([
      '2 第一章 总则',
      '2 第一编 分则',
      '3 第二章 其他',
    ]);
    expect(levels([h(4, '基本案情')])).toEqual(['2 基本案情']);
  });
  test('keeps the source level of other headings (一、一般规定, 基本案情)', () => {
    expect(levels([h(2, '一、一般规定'), h(3, '（一）适用范围'), h(2, '二、证据')])).toEqual([
      '2 一、一般规定',
      '3 （一）适用范围',
      '2 二、证据',
    ]);
  });
  test('never makes an H1: the title is the page H1', () => {
    expect(levels([h(1, '附件')])).toEqual(['2 附件']);
  });
});
