import { describe, expect, test } from 'vitest';
import { imagesWithoutAlt } from '../../../src/cms/admin/image-alt';

describe('imagesWithoutAlt', () => {
  test('finds a Markdown image with empty or blank alt text, by its address', () => {
    const body = [
      '工地党小组在项目部前合影：',
      '',
      '![](/uploads/gong-di-dang-xiao-zu-he-ying.png)',
      '',
      '![  ](/uploads/he-ying-2.png "合影")',
      '',
      '![党员在夜校学习](/uploads/ye-xiao.png)',
    ].join('\n');
    expect(imagesWithoutAlt(body)).toEqual(['/uploads/gong-di-dang-xiao-zu-he-ying.png', '/uploads/he-ying-2.png']);
  });

  test('accepts images that are described', () => {
    expect(imagesWithoutAlt('![工地党小组合影](/uploads/a.png)\n\n<img src="/uploads/b.png" alt="夜校">')).toEqual([]);
  });

  test('finds HTML images without alt, or with an empty one, in order with the Markdown ones', () => {
    const body =
      '<img src="/uploads/a.png">\n\n![](/uploads/b.png)\n\n<img alt="" src=\'/uploads/c.png\'>\n\n<IMG SRC=/uploads/d.png ALT=说明>';
    expect(imagesWithoutAlt(body)).toEqual(['/uploads/a.png', '/uploads/b.png', '/uploads/c.png']);
  });

  test('finds reference-style images and one whose address is not chosen yet', () => {
    expect(imagesWithoutAlt('![][photo]\n\n[photo]: /uploads/a.png')).toEqual(['photo']);
    expect(imagesWithoutAlt('![]()')).toEqual(['']);
  });

  test('leaves Markdown shown as code alone', () => {
    const body = [
      '写法示例：`![](/uploads/x.png)`',
      '',
      '```markdown',
      '![](/uploads/y.png)',
      '```',
      '',
      '~~~',
      '<img src="z.png">',
      '~~~',
    ].join('\n');
    expect(imagesWithoutAlt(body)).toEqual([]);
    expect(imagesWithoutAlt(`${body}\n\n![](/uploads/after-code.png)`)).toEqual(['/uploads/after-code.png']);
  });

  test('is not fooled by a link, which needs no alt text', () => {
    expect(imagesWithoutAlt('[](/uploads/a.pdf) 和 [登记表](/uploads/b.pdf)')).toEqual([]);
  });
});
