import { describe, expect, test } from 'vitest';
import { markdownBlocks, parseMarkdownSource, tidyHeading } from '../../../scripts/import/markdown-source';

const LAW = `# 中华人民共和国示例法

2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过

2008年1月1日 施行

<!-- INFO END -->

## 第一章 总则

第一条 为了示例，制定本法。
`;

describe('parseMarkdownSource', () => {
  test('takes the H1 as the title and the lines above INFO END as the history', () => {
    expect(parseMarkdownSource(LAW)).toEqual({
      title: '中华人民共和国示例法',
      info: ['2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过', '2008年1月1日 施行'],
      blocks: [
        { kind: 'heading', level: 2, text: '第一章 总则' },
        { kind: 'paragraph', text: '第一条 为了示例，制定本法。' },
      ],
    });
  });
  test('keeps a second H1 as the subtitle (民法典 合同编)', () => {
    const doc = parseMarkdownSource(
      '# 中华人民共和国民法典\n\n# 合同编\n\n2020年5月28日 通过\n\n<!-- INFO END -->\n\n第四百六十三条 本编调整……\n',
    );
    expect(doc).toMatchObject({ title: '中华人民共和国民法典', subtitle: '合同编', info: ['2020年5月28日 通过'] });
  });
  test('without INFO END, takes the dated lines under the title as the history', () => {
    const doc = parseMarkdownSource(
      '# 示例条例\n\n2025年6月1日 国务院令第3号公布\n\n2026年1月1日 施行\n\n第一条 为了示例。\n',
    );
    expect(doc).toMatchObject({
      info: ['2025年6月1日 国务院令第3号公布', '2026年1月1日 施行'],
      blocks: [{ kind: 'paragraph', text: '第一条 为了示例。' }],
    });
  });
  test('drops front matter and HTML comments', () => {
    const doc = parseMarkdownSource(
      '---\nweight: 3\n---\n<!-- note -->\n# 标题\n\n<!-- INFO END -->\n\n正文<!-- FORCE BREAK -->。\n',
    );
    expect(doc).toEqual({ title: '标题', info: [], blocks: [{ kind: 'paragraph', text: '正文。' }] });
  });
  test('strips a (YYYY-MM-DD) version date from the title', () => {
    expect(parseMarkdownSource('# 慈善法(2016-03-16)\n\n正文\n')).toMatchObject({ title: '慈善法' });
  });
  test('skips a file that does not open with a "# " title', () => {
    expect(parseMarkdownSource('正文第一行。\n\n# 后来的标题\n')).toEqual({
      skip: expect.stringContaining('no title'),
    });
    expect(parseMarkdownSource('')).toEqual({ skip: expect.stringContaining('no title') });
  });
});

describe('markdownBlocks', () => {
  test('starts a paragraph at every article, even without a blank line', () => {
    expect(markdownBlocks(['第一条 甲。', '第二条 乙。', '续行。'])).toEqual([
      { kind: 'paragraph', text: '第一条 甲。' },
      { kind: 'paragraph', text: '第二条 乙。\n续行。' },
    ]);
  });
  test('gives items （一） a paragraph of their own', () => {
    expect(
      markdownBlocks(['第三条 下列规定：', '（一）按月支付；', '（二）不得克扣。']).map(
        (b) => b.kind === 'paragraph' && b.text,
      ),
    ).toEqual(['第三条 下列规定：', '（一）按月支付；', '（二）不得克扣。']);
  });
  test('keeps 第十条之一 as its own article paragraph', () => {
    expect(markdownBlocks(['第十条 甲。', '第十条之一 乙。'])).toHaveLength(2);
  });
  test('drops an empty heading and treats a zero-width space line as blank', () => {
    expect(markdownBlocks(['##', '\u200b', '第一条 甲。'])).toEqual([{ kind: 'paragraph', text: '第一条 甲。' }]);
  });
  test('keeps the rows of a table together', () => {
    expect(markdownBlocks(['| 条文 | 罪名 |', '|-----|-----|', '| 第152条 | 走私罪 |'])).toHaveLength(1);
  });
  test('removes paragraph indents made of full-width spaces', () => {
    expect(markdownBlocks(['\u3000\u3000第一条 甲。'])).toEqual([{ kind: 'paragraph', text: '第一条 甲。' }]);
  });
});

describe('tidyHeading', () => {
  test('collapses double and full-width spaces: 第一章  一般规定', () => {
    expect(tidyHeading('第一章  一般规定')).toBe('第一章 一般规定');
    expect(tidyHeading('第一章\u3000总则')).toBe('第一章 总则');
  });
  test('closes print spacing inside a division name: 第一章 总 则 → 第一章 总则', () => {
    expect(tidyHeading('第一章　总　　则')).toBe('第一章 总则');
  });
  test('leaves other headings spaced as they are', () => {
    expect(tidyHeading('吴小秦诉某公司 捆绑交易纠纷案')).toBe('吴小秦诉某公司 捆绑交易纠纷案');
  });
});
