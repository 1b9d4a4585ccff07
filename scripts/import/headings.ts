import { DIVISIONS, parseDivision, type DivisionKind } from '../../src/lib/articles.ts';
import type { Block } from './types.ts';

const DEPTH = new Map<DivisionKind, number>(DIVISIONS.map((d, i) => [d.kind, i]));

/**
 * Gives headings levels that never skip one, below the page's H1. A division heading sits one
 * level below the divisions that enclose it: 编 ##, then 分编, 章, 节 each one deeper where they
 * are present, so 章 is ### in a 编 without 分编 and #### inside a 分编 (民法典 合同编); without
 * 编, 章 is ##. Other headings (基本案情, 一、一般规定) keep their source level, never more than
 * one level below the heading before them.
 */
export function normaliseHeadings(blocks: readonly Block[]): Block[] {
  // The divisions open at this point, outermost first.
  const open: DivisionKind[] = [];
  let previous = 1;
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    const division = parseDivision(block.text);
    let level: number;
    if (division) {
      const depth = DEPTH.get(division.kind)!;
      while (open.length > 0 && DEPTH.get(open.at(-1)!)! >= depth) open.pop();
      level = Math.min(2 + open.length, 6);
      open.push(division.kind);
    } else {
      level = Math.min(Math.max(2, block.level), previous + 1, 6);
    }
    previous = level;
    return { ...block, level };
  });
}
