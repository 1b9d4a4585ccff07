import { describe, expect, test } from 'vitest';
// Decap's own file-name cleaner, the code its bundle runs (decap-cms-core 3.19, as in decap-cms 3.16).
// @ts-expect-error: the package ships no types for its ESM files
import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
import { pinyinUploadName } from '../../../src/cms/admin/pinyin-names';
import { MAX_STEM_LENGTH, numberedName, timeStamp } from '../../../src/cms/admin/upload-name';
import { cmsConfig } from '../../../src/cms/collections';
import { UPLOAD_PATH } from '../../../src/lib/url-rules';

const NOW = new Date(2026, 4, 12, 9, 30, 5);
const name = (original: string) => pinyinUploadName(original, NOW);
const decapClean = (file: string): string =>
  (sanitizeSlug as (s: string, o: unknown) => string)(file.toLowerCase(), cmsConfig('/').slug);

describe('pinyinUploadName', () => {
  test('romanizes a Chinese photo name that Decap would turn into ".png"', () => {
    expect(decapClean('工地党小组合影.png')).toBe('.png');
    expect(name('工地党小组合影.png')).toBe('gong-di-dang-xiao-zu-he-ying.png');
  });

  test('keeps the number and drops the full-width colon of 附件2：登记表.pdf (Decap: "2-.pdf")', () => {
    expect(decapClean('附件2：登记表.pdf')).toBe('2-.pdf');
    expect(name('附件2：登记表.pdf')).toBe('fu-jian-2-deng-ji-biao.pdf');
  });

  test('reads polyphonic characters by their word', () => {
    expect(name('重庆银行流水.jpg')).toBe('chong-qing-yin-hang-liu-shui.jpg');
    expect(name('绿色通道.png')).toBe('lv-se-tong-dao.png');
  });

  test('turns full-width digits and letters into ASCII, and book-title marks into separators', () => {
    expect(name('２０２６年５月《党章》学习ＰＰＴ.pptx')).toBe('2026-nian-5-yue-dang-zhang-xue-xi-ppt.pptx');
  });

  test('mixes Chinese, English and digits, lowercase, one hyphen between words', () => {
    expect(name('IMG_0001 (1) 合影.JPG')).toBe('img-0001-1-he-ying.jpg');
    expect(name('Café  déjà vu — 回乡.PNG')).toBe('cafe-deja-vu-hui-xiang.png');
  });

  test('drops emoji', () => {
    expect(name('🎉党员活动📷.jpeg')).toBe('dang-yuan-huo-dong.jpeg');
  });

  test('a name of punctuation or emoji only becomes the local date and time', () => {
    expect(name('：：.pdf')).toBe('20260512-093005.pdf');
    expect(name('🎉🎉.png')).toBe('20260512-093005.png');
    expect(name('.png')).toBe('20260512-093005.png');
    expect(name('——')).toBe('20260512-093005');
    expect(timeStamp(new Date(2027, 0, 2, 3, 4, 5))).toBe('20270102-030405');
  });

  test('keeps a name without an extension, and treats a Chinese "extension" as part of the name', () => {
    expect(name('登记表')).toBe('deng-ji-biao');
    expect(name('说明.文档')).toBe('shuo-ming-wen-dang');
  });

  test('caps a very long name at a hyphen, keeping the extension', () => {
    const long = `${'中华人民共和国劳动合同法实施条例'.repeat(6)}.pdf`;
    const result = name(long);
    const stem = result.slice(0, -'.pdf'.length);
    expect(result.endsWith('.pdf')).toBe(true);
    expect(stem.length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
    expect(stem).toMatch(/^zhong-hua-ren-min-gong-he-guo-lao-dong-he-tong-fa/);
    expect(stem).not.toMatch(/-$/);
    // One long word is cut mid-word.
    expect(name(`${'a'.repeat(100)}.txt`)).toBe(`${'a'.repeat(MAX_STEM_LENGTH)}.txt`);
  });

  test('every name is one Decap keeps as it is and the site accepts as an upload path', () => {
    const originals = [
      '工地党小组合影.png',
      '附件2：登记表.pdf',
      'IMG_0001 (1).JPG',
      '🎉🎉.png',
      '２０２６年５月《党章》学习.pptx',
      `${'很长的名字'.repeat(40)}.mp3`,
      'Café déjà vu.png',
    ];
    for (const original of originals) {
      const result = name(original);
      expect(result, original).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)?$/);
      expect(decapClean(result), original).toBe(result);
      expect(UPLOAD_PATH.test(`/uploads/${result}`), original).toBe(true);
    }
  });
});

describe('numberedName', () => {
  test('adds -2, -3 before the extension', () => {
    expect(numberedName('gong-di-dang-xiao-zu-he-ying.png', 2)).toBe('gong-di-dang-xiao-zu-he-ying-2.png');
    expect(numberedName('deng-ji-biao', 3)).toBe('deng-ji-biao-3');
  });

  test('stays within the length cap', () => {
    const long = name(`${'很长的名字'.repeat(40)}.mp3`);
    const numbered = numberedName(long, 12);
    expect(numbered).toMatch(/-12\.mp3$/);
    expect(numbered.length - '.mp3'.length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
    expect(decapClean(numbered)).toBe(numbered);
  });
});
