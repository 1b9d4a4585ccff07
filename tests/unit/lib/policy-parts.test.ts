import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { anchorLegalText } from '../../../src/lib/legal-html';
import { splitLegalText } from '../../../src/lib/policy-parts';
import { toChineseNumber } from '../../../src/search/numerals';

// Text that compresses like a law's (not a repeated phrase, which gzip would shrink to nothing).
const WORDS = ['民事主体', '合同', '当事人', '应当', '依法', '承担', '责任', '权利', '义务', '约定', '债务人', '履行'];
let seed = 7;
const sentence = () =>
  Array.from({ length: 14 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return WORDS[seed % WORDS.length];
  }).join('') + '。';

/**
 * A law as the Markdown renderer gives it: `parts` 编, each with `chapters` 章 of `articles`
 * articles, numbered through (after `before` articles), then an unnumbered 附则; the shape of the
 * 民法典, smaller.
 */
function law(parts: number, chapters: number, articles: number, before = 0): string {
  let n = before;
  let html = '';
  for (let p = 1; p <= parts; p++) {
    html += `<h2 id="x">第${toChineseNumber(p)}编 第${p}编的名称</h2>\n`;
    for (let c = 1; c <= chapters; c++) {
      html += `<h3 id="x">第${toChineseNumber(c)}章 第${c}章的名称</h3>\n`;
      for (let a = 0; a < articles; a++) html += `<p>第${toChineseNumber(++n)}条 ${sentence()}${sentence()}</p>\n`;
    }
  }
  html += '<h2 id="附则">附则</h2>\n';
  html += `<p>第${toChineseNumber(n + 1)}条 本法自公布之日起施行。</p>\n`;
  return html;
}

const gz = (html: string) => gzipSync(html, { level: 9 }).length;
const anchors = (html: string) => [...html.matchAll(/ id="(art-[\d-]+)"/g)].map((m) => m[1]);

describe('splitLegalText', () => {
  const { html, headings } = anchorLegalText(law(3, 6, 12));
  // Below one 编's size (about 2.2 KB here): each 编 is cut into runs of its 章.
  const budget = 1_200;
  const split = splitLegalText(html, headings, budget)!;

  test('keeps a text within the budget on one page', () => {
    expect(gz(html)).toBeGreaterThan(budget);
    expect(splitLegalText(html, headings, gz(html))).toBeUndefined();
  });

  test('gives every article to exactly one part, in order, with its anchor', () => {
    expect(split.parts.length).toBeGreaterThan(3);
    expect(split.parts.flatMap((part) => anchors(part.html))).toEqual(anchors(html));
    expect(anchors(html)).toHaveLength(3 * 6 * 12 + 1);
  });

  test('keeps each part within the budget, and never puts two 编 on one page', () => {
    for (const part of split.parts) {
      expect(gz(part.html), part.slug).toBeLessThanOrEqual(budget + 200);
      const books = new Set(part.headings.filter((h) => /^part-\d+-ch/.test(h.id)).map((h) => h.id.split('-ch')[0]));
      expect(books.size, part.slug).toBeLessThanOrEqual(1);
    }
  });

  test('names each part by the division it opens with, and opens a continued 编 with its heading, without its id', () => {
    const slugs = split.parts.map((part) => part.slug);
    expect(slugs[0]).toBe('part-1');
    expect(slugs).toContain('part-2');
    expect(new Set(slugs).size).toBe(slugs.length);
    const continued = split.parts.find((part) => /^part-1-ch-\d+$/.test(part.slug))!;
    expect(continued.html.startsWith('<h2>第一编 第1编的名称</h2>')).toBe(true);
    expect(continued.label).toMatch(/^第一编 第1编的名称 第.+章至第.+章$|^第一编 第1编的名称 第.+章 /);
    // The 编's own heading, with its id, is on its first part only.
    expect(split.parts.filter((part) => part.html.includes('id="part-1"'))).toHaveLength(1);
  });

  test('gives the closing 附则 a part of its own, by a stable name', () => {
    const last = split.parts.at(-1)!;
    expect(last.slug).toBe('supplementary');
    expect(last.label).toBe('附则');
    expect(anchors(last.html)).toEqual([`art-${3 * 6 * 12 + 1}`]);
  });

  test('lists every 编 and 章 in the contents with the part holding it and its articles', () => {
    const chapters = split.contents.filter((line) => /-ch-\d+$/.test(line.id));
    expect(chapters).toHaveLength(18);
    for (const line of split.contents) {
      const holder = split.parts.find((part) => part.slug === line.part)!;
      expect(holder.html, line.id).toContain(` id="${line.anchor}"`);
      if (line.first) expect(holder.html, line.id).toContain(` id="${line.first.anchor}"`);
    }
    const second = split.contents.find((line) => line.id === 'part-2')!;
    expect(second.first?.label).toBe('第七十三条');
    expect(second.last?.label).toBe('第一百四十四条');
  });

  test('gives numbered articles before the first division a contents line, in the first part', () => {
    // Some rules open with 第一条 to 第三条 and only then 第二章 (their 第一章 has no heading).
    const opening = Array.from({ length: 3 }, (_, i) => `<p>第${toChineseNumber(i + 1)}条 ${sentence()}</p>\n`).join(
      '',
    );
    const text = anchorLegalText(opening + law(3, 6, 12, 3));
    const cut = splitLegalText(text.html, text.headings, budget)!;
    const first = cut.contents[0]!;
    expect(first.id).toBe('preamble');
    expect(first.text).toBe('开头的条文');
    expect(first.part).toBe(cut.parts[0]!.slug);
    expect([first.first?.anchor, first.last?.anchor]).toEqual(['art-1', 'art-3']);
    expect(cut.parts[0]!.html).toContain(` id="${first.anchor}"`);
  });

  test('leaves a text without divisions whole, however long', () => {
    const flat = anchorLegalText(
      Array.from({ length: 300 }, (_, i) => `<p>第${toChineseNumber(i + 1)}条 ${sentence()}</p>`).join(''),
    );
    expect(gz(flat.html)).toBeGreaterThan(budget);
    expect(splitLegalText(flat.html, flat.headings, budget)).toBeUndefined();
  });
});
