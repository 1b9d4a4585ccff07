// Chinese numerals as legal texts write article numbers (第十九条, 第一千二百六十条).

const NUMERALS = '〇一二三四五六七八九';

/** 19 → 十九, 105 → 一百零五, 1260 → 一千二百六十: article numbers as legal texts write them. */
export function toChineseNumber(value: number): string {
  if (value === 0) return NUMERALS[0]!;
  const units = ['', '十', '百', '千'];
  const digits = String(value).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((digit, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (digit === 0) {
      zero = out !== '';
      return;
    }
    // Inside a number a skipped place reads 零: 一百零五.
    if (zero) out += '零';
    zero = false;
    out += (digit === 1 && unit === '十' && out === '' ? '' : NUMERALS[digit]) + unit;
  });
  return out;
}
