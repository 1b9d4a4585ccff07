import { toChineseNumber } from './numerals';

/**
 * Full-width ASCII (Ｑ, １２, （ ）) to half-width, runs of spaces to one, and article numbers
 * in digits (第19条) to the Chinese numerals the texts use (第十九条).
 */
export function normalizeQuery(query: string): string {
  return query
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/第\s*(\d+)\s*条/g, (_, n: string) => `第${toChineseNumber(Number(n))}条`)
    .replace(/\s+/g, ' ')
    .trim();
}
