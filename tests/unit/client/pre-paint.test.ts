import { describe, expect, test } from 'vitest';
import { applyDisplay, saveDisplay, TEXT_SIZES, type Display } from '../../../src/client/display';
import { PRE_PAINT_SCRIPT } from '../../../src/client/pre-paint';
import { saveScript, type ScriptChoice } from '../../../src/client/script-choice';

function memory() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

interface Root {
  lang: string;
  dataset: Record<string, string>;
}
const root = (): Root => ({ lang: 'zh-CN', dataset: {} });

/** The <html> element after the inline script ran with this storage, as a browser would run it. */
function prePaint(storage: ReturnType<typeof memory>): Root {
  const html = root();
  new Function('localStorage', 'document', PRE_PAINT_SCRIPT)(storage, { documentElement: html });
  return html;
}

describe('PRE_PAINT_SCRIPT', () => {
  test('applies every saved display setting exactly as the settings control does', () => {
    for (const text of TEXT_SIZES) {
      for (const contrast of [false, true]) {
        const display: Display = { text, contrast };
        const storage = memory();
        saveDisplay(storage, display);
        const byControl = root();
        applyDisplay(byControl as unknown as HTMLElement, display);
        expect(prePaint(storage).dataset, `${text}, contrast ${contrast}`).toEqual(byControl.dataset);
      }
    }
  });

  test('sets the language and holds the text back for a saved Traditional choice only', () => {
    for (const choice of ['hans', 'hant'] as ScriptChoice[]) {
      const storage = memory();
      saveScript(storage, choice);
      const html = prePaint(storage);
      expect(html.lang).toBe(choice === 'hant' ? 'zh-Hant' : 'zh-CN');
      expect('scriptPending' in html.dataset).toBe(choice === 'hant');
    }
  });

  test('leaves the page as it is when the storage is unreadable or holds something else', () => {
    const broken = { ...memory(), getItem: () => '{' };
    expect(prePaint(broken)).toEqual(root());
    const denied = {
      ...memory(),
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(prePaint(denied)).toEqual(root());
  });
});
