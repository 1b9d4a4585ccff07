import { fill, type Params } from '../../lib/messages';
import type { DecapCms, Immutable } from './decap';
import { s, STRINGS } from './strings';

/**
 * The whole admin in Chinese. Decap's zh_Hans locale lacks the phrases added after it was
 * written (its missing ones fall back to English: "Strikethrough", "Add 自测题", "选项 must be
 * at least 2 item(s)"), and a few it has are wrong or speak of config.yml and "backend". The
 * strings file's `cms.locale.*` entries fill and correct it, by Decap's phrase path
 * (cms.locale.editor.editorWidgets.markdown.strikethrough). The editor components' labels
 * ("Image", "Alt Text", "Code Block") are no phrases: the components are registered again,
 * relabelled.
 */

const PREFIX = 'cms.locale.';

export interface Phrases {
  [key: string]: string | Phrases;
}

/**
 * Decap phrases from the strings file's `cms.locale.*` entries, nested by their dotted path;
 * `params` are filled in, and the placeholders left become Decap's `%{name}`.
 */
export function decapPhrases(strings: Record<string, string>, params: Params = {}): Phrases {
  const phrases: Phrases = {};
  for (const [key, template] of Object.entries(strings)) {
    if (!key.startsWith(PREFIX)) continue;
    const path = key.slice(PREFIX.length).split('.');
    let node = phrases;
    for (const part of path.slice(0, -1)) {
      const next = (node[part] ??= {});
      if (typeof next === 'string') throw new Error(`${key}: ${part} is a phrase, not a group`);
      node = next;
    }
    const leaf = path.at(-1)!;
    if (typeof node[leaf] === 'object') throw new Error(`${key}: a group of phrases, not one phrase`);
    node[leaf] = fill(template, params).replace(/\{(\w+)\}/g, '%{$1}');
  }
  return phrases;
}

/** `extra` over `base`, group by group: registerLocale replaces a whole locale, so the rest must be kept. */
export function mergePhrases(base: Phrases, extra: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, phrase] of Object.entries(extra)) {
    const under = base[key];
    merged[key] = typeof phrase === 'string' ? phrase : mergePhrases(typeof under === 'object' ? under : {}, phrase);
  }
  return merged;
}

/** The labels of Decap's own editor components, by component and field. */
function relabelEditorComponents(CMS: DecapCms): void {
  const image = CMS.getEditorComponents().get('image');
  if (image) {
    const fields = (image.fields as Immutable).toJS() as { name: string; label?: string }[];
    CMS.registerEditorComponent({
      ...image,
      label: s('cms.editorComponent.image'),
      fields: fields.map((field) => ({
        ...field,
        label: STRINGS[`cms.editorComponent.image.${field.name}`] ?? field.label,
        ...(field.name === 'alt' && { hint: s('cms.editorComponent.image.alt.hint') }),
      })),
    });
  }
  const codeBlock = CMS.getEditorComponents().get('code-block');
  if (codeBlock) CMS.registerEditorComponent({ ...codeBlock, label: s('cms.editorComponent.codeBlock') });
}

/**
 * Completes Decap's zh_Hans locale and relabels its editor components; `maxUploadMegabytes`
 * for the size message. The Chinese also goes over `en`: before the configuration (which names
 * the locale) has loaded, and when it fails to load, Decap speaks `en`, so its configuration
 * error page would be English. The admin has one language.
 */
export function useChinese(CMS: DecapCms, { maxUploadMegabytes }: { maxUploadMegabytes: string }): void {
  const chinese = mergePhrases(
    (CMS.getLocale('zh_Hans') ?? {}) as Phrases,
    decapPhrases(STRINGS, { maxUploadMegabytes }),
  );
  CMS.registerLocale('zh_Hans', chinese);
  CMS.registerLocale('en', mergePhrases((CMS.getLocale('en') ?? {}) as Phrases, chinese));
  relabelEditorComponents(CMS);
}
