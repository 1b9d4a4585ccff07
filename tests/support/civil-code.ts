import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The corpus splits the Civil Code into one file per 编. Joined, they make the longest
// document a site may hold: 1,260 articles under 7 parts, 分编, chapters and sections.
const PARTS = [
  ['总则.md', '第一编 总则'],
  ['物权编.md', '第二编 物权'],
  ['合同编.md', '第三编 合同'],
  ['人格权编.md', '第四编 人格权'],
  ['婚姻家庭编.md', '第五编 婚姻家庭'],
  ['继承编.md', '第六编 继承'],
  ['侵权责任编.md', '第七编 侵权责任'],
  ['附则.md', '附则'],
] as const;

/** The body of one part file: everything after its titles, history lines and INFO END marker. */
function partBody(source: string): string {
  const marker = source.indexOf('<!-- INFO END -->');
  const rest = marker >= 0 ? source.slice(marker + '<!-- INFO END -->'.length) : source;
  return rest
    .split('\n')
    .filter((line) => !/^# /.test(line) && !/^\d{4}年\d{1,2}月\d{1,2}日/.test(line))
    .join('\n')
    .trim();
}

/**
 * Writes 民法典(全文).md in the corpus layout from the corpus's part files, for the test and the
 * benchmark of long documents. The file stays in a temporary folder: corpus texts are test data.
 */
export function writeWholeCivilCode(corpus: string, outDir: string): string {
  const dir = join(corpus, '民法典');
  const first = readFileSync(join(dir, PARTS[0][0]), 'utf8');
  const history = first.split('\n').filter((line) => /^\d{4}年\d{1,2}月\d{1,2}日/.test(line));
  const parts = PARTS.map(([file, heading]) => `## ${heading}\n\n${partBody(readFileSync(join(dir, file), 'utf8'))}`);
  const text = ['# 中华人民共和国民法典', ...history, '<!-- INFO END -->', ...parts].join('\n\n');
  const out = join(outDir, '民法典(全文).md');
  writeFileSync(out, `${text}\n`);
  return out;
}
