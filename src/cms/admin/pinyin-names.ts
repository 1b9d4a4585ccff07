import { pinyin } from 'pinyin-pro';
import { uploadName } from './upload-name';

/**
 * Upload names in pinyin. This module is its own script, /admin/upload-names.js
 * (src/pages/admin/upload-names.js.ts), which the admin loads on the first upload: the pinyin
 * dictionary is about 300 kB, six times the rest of the admin's own code, and most editing
 * sessions upload nothing.
 */

/**
 * Toneless pinyin syllables, reading polyphonic characters by the words around them (银行 →
 * yin hang, 重庆 → chong qing); ü is written v (绿 → lv). Other characters stay in runs.
 */
export function romanize(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
}

/** The name an upload called `original` gets (src/cms/admin/upload-name.ts). */
export function pinyinUploadName(original: string, now: Date): string {
  return uploadName(original, now, romanize);
}
