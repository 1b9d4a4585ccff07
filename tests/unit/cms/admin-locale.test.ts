import { describe, expect, test } from 'vitest';
// @ts-expect-error: the package ships no types for its ESM files
import en from 'decap-cms-locales/dist/esm/en/index.js';
// @ts-expect-error: as above
import zhHans from 'decap-cms-locales/dist/esm/zh_Hans/index.js';
import type { DecapCms } from '../../../src/cms/admin/decap';
import { decapPhrases, mergePhrases, useChinese, type Phrases } from '../../../src/cms/admin/locale';
import { STRINGS } from '../../../src/cms/admin/strings';

// The locales Decap's bundle carries (decap-cms-locales 3.8.2, as in decap-cms 3.16).
const flat = (phrases: Phrases, prefix = ''): [string, string][] =>
  Object.entries(phrases).flatMap(([key, phrase]) =>
    typeof phrase === 'string' ? [[`${prefix}${key}`, phrase] as [string, string]] : flat(phrase, `${prefix}${key}.`),
  );
const english = new Map(flat(en as Phrases));
const chinese = new Map(flat(mergePhrases(zhHans as Phrases, decapPhrases(STRINGS, { maxUploadMegabytes: '5' }))));

describe('the admin’s zh_Hans locale', () => {
  test('has every phrase Decap has in English', () => {
    const missing = [...english.keys()].filter((key) => !chinese.has(key));
    expect(missing).toEqual([]);
  });

  test('is Chinese wherever Decap’s own Chinese was missing or English', () => {
    // The same in both languages on purpose: a sign, a product name, a date placeholder.
    const sameOnPurpose = new Set([
      'collection.collectionTop.newButton',
      'editor.editorWidgets.markdown.markdown',
      'ui.toast.onFailToAuth',
      'workflow.workflowCard.lastChangeNoAuthor',
    ]);
    const stillEnglish = [...english].filter(([key, phrase]) => !sameOnPurpose.has(key) && chinese.get(key) === phrase);
    expect(stillEnglish).toEqual([]);
  });

  test('keeps Decap’s Chinese phrases that the strings file does not correct', () => {
    expect(chinese.get('editor.editorToolbar.publishNow')).toBe('立即发布');
    expect(chinese.get('editor.editorWidgets.list.add')).toBe('新增%{item}');
  });

  test('writes placeholders as Decap does and fills the site’s own', () => {
    expect(chinese.get('editor.editorControlPane.widget.rangeMin')).toBe('“%{fieldLabel}”至少需要 %{minCount} 项');
    expect(chinese.get('editor.editorWidgets.list.addType')).toBe('新增%{item}');
    expect(chinese.get('mediaLibrary.mediaLibrary.fileTooLarge')).toBe('文件太大，没有上传：上传的文件不能超过 5 MB。');
  });

  test('corrects phrases Decap gets wrong or that speak of config.yml and "backend"', () => {
    expect(chinese.get('mediaLibrary.mediaLibraryModal.deleting')).toBe('正在删除……');
    expect(chinese.get('app.app.checkConfigYml')).not.toMatch(/config\.yml/);
    expect(chinese.get('app.app.waitingBackend')).not.toMatch(/backend/i);
  });

  test('names only phrases Decap has: a typo in a cms.locale key would show nothing', () => {
    const unknown = [...flat(decapPhrases(STRINGS))].map(([key]) => key).filter((key) => !english.has(key));
    expect(unknown).toEqual([]);
  });
});

describe('decapPhrases and mergePhrases', () => {
  test('nest dotted keys and merge group by group', () => {
    const extra = decapPhrases({ 'cms.locale.a.b.c': '甲{x}', 'cms.locale.a.d': '乙', 'cms.other': '丙' }, {});
    expect(extra).toEqual({ a: { b: { c: '甲%{x}' }, d: '乙' } });
    expect(mergePhrases({ a: { b: { c: 'old', e: 'kept' } }, f: 'kept' }, extra)).toEqual({
      a: { b: { c: '甲%{x}', e: 'kept' }, d: '乙' },
      f: 'kept',
    });
  });

  test('refuse a key that is both a phrase and a group', () => {
    expect(() => decapPhrases({ 'cms.locale.a': '甲', 'cms.locale.a.b': '乙' })).toThrow(/cms\.locale\.a\.b/);
    expect(() => decapPhrases({ 'cms.locale.a.b': '乙', 'cms.locale.a': '甲' })).toThrow(/cms\.locale\.a:/);
  });
});

describe('useChinese', () => {
  /** Decap's registry as far as useChinese uses it, holding the real locales and the image component's fields. */
  function registry() {
    const locales: Record<string, Phrases> = { en: en as Phrases, zh_Hans: zhHans as Phrases };
    const imageFields = [
      { label: 'Image', name: 'image', widget: 'image' },
      { label: 'Alt Text', name: 'alt' },
      { label: 'Title', name: 'title' },
    ];
    const components = new Map<string, Record<string, unknown>>([
      ['image', { id: 'image', label: 'Image', fields: { toJS: () => imageFields } }],
      ['code-block', { id: 'code-block', label: 'Code Block', type: 'code-block', widget: 'code' }],
    ]);
    const CMS = {
      getLocale: (name: string) => locales[name],
      registerLocale: (name: string, phrases: Phrases) => (locales[name] = phrases),
      getEditorComponents: () => components,
      registerEditorComponent: (component: Record<string, unknown>) => components.set(String(component.id), component),
    } as unknown as DecapCms;
    return { CMS, locales, components };
  }

  test('makes zh_Hans and en Chinese: Decap speaks en before the configuration names the locale', () => {
    const { CMS, locales } = registry();
    useChinese(CMS, { maxUploadMegabytes: '5' });
    for (const name of ['zh_Hans', 'en']) {
      const phrases = new Map(flat(locales[name]!));
      expect(phrases.get('app.app.errorHeader'), name).toBe('内容管理无法启动：配置有误');
      expect(phrases.get('editor.editorWidgets.markdown.strikethrough'), name).toBe('删除线');
      expect(phrases.get('editor.editorToolbar.publishNow'), name).toBe('立即发布');
    }
  });

  test('relabels the image and code block components, asking for the image description', () => {
    const { CMS, components } = registry();
    useChinese(CMS, { maxUploadMegabytes: '5' });
    const image = components.get('image')!;
    expect(image.label).toBe('图片');
    expect(image.fields).toEqual([
      { label: '图片', name: 'image', widget: 'image' },
      { label: '图片说明（给看不见图片的读者）', name: 'alt', hint: expect.stringMatching(/^必填/) as unknown },
      { label: '鼠标悬停时显示的标题（可不填）', name: 'title' },
    ]);
    expect(components.get('code-block')).toMatchObject({ label: '代码块', type: 'code-block', widget: 'code' });
  });
});
