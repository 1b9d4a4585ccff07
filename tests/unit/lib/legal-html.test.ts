import { describe, expect, test } from 'vitest';
import { anchorLegalText } from '../../../src/lib/legal-html';

describe('anchorLegalText', () => {
  test('links 第十九条 to #art-19 and 第十条之一 to #art-10-1', () => {
    const { html } = anchorLegalText(
      '<p>第十九条 劳动合同期限三个月以上不满一年的……</p><p>第十条之一 新增的条文。</p>',
    );
    expect(html).toBe(
      '<p class="app-article"><a id="art-19" href="#art-19" class="app-article-link" data-pagefind-index-attrs="data-key" data-key="_a19z">第十九条</a> 劳动合同期限三个月以上不满一年的……</p>' +
        '<p class="app-article"><a id="art-10-1" href="#art-10-1" class="app-article-link" data-pagefind-index-attrs="data-key" data-key="_a10y1z">第十条之一</a> 新增的条文。</p>',
    );
  });
  test('reads numbers up to 第一千二百六十条', () => {
    expect(anchorLegalText('<p>第一千二百六十条 本法自2021年1月1日起施行。</p>').html).toContain('id="art-1260"');
  });
  test('tolerates a stray space inside the number, as some sources have', () => {
    expect(anchorLegalText('<p>第一百二十八 条 侦查人员……</p>').html).toContain('id="art-128"');
  });
  test('anchors an article once: a later paragraph opening with the same number is left alone', () => {
    const { html } = anchorLegalText('<p>第一条 正文。</p><p>第一条 引用。</p>');
    expect(html.match(/id="art-1"/g)).toHaveLength(1);
  });
  test('leaves paragraphs that merely mention an article alone', () => {
    const source = '<p>依照本法第十九条的规定……</p><p>（一）第十九条所列情形</p>';
    expect(anchorLegalText(source).html).toBe(source);
  });
  test('numbers chapters within their part and sections within their chapter', () => {
    const { headings } = anchorLegalText(
      '<h2 id="a">第一编 总则</h2><h3 id="b">第一章 基本规定</h3><h4>第一节 一般规定</h4>' +
        '<h2>第二编 物权</h2><h3>第一分编 通则</h3><h4>第一章 一般规定</h4><h3>第二分编 所有权</h3><h4>第四章 一般规定</h4>',
    );
    expect(headings.map((h) => h.id)).toEqual([
      'part-1',
      'part-1-ch-1',
      'part-1-ch-1-sec-1',
      'part-2',
      'part-2-subpart-1',
      'part-2-ch-1',
      'part-2-subpart-2',
      'part-2-ch-4',
    ]);
  });
  test('gives a document without parts chapter ids from 1, replacing the renderer ids', () => {
    const { html, headings } = anchorLegalText('<h2 id="第一章-总则">第一章 总则</h2><h3 id="x">第二节 报到</h3>');
    expect(html).toBe('<h2 id="ch-1">第一章 总则</h2><h3 id="ch-1-sec-2">第二节 报到</h3>');
    expect(headings).toEqual([
      { depth: 2, id: 'ch-1', text: '第一章 总则' },
      { depth: 3, id: 'ch-1-sec-2', text: '第二节 报到' },
    ]);
  });
  test('leaves other headings out of the table of contents', () => {
    const { html, headings } = anchorLegalText('<h2 id="fu-ze">附则</h2>');
    expect(html).toBe('<h2 id="fu-ze">附则</h2>');
    expect(headings).toEqual([]);
  });
});
