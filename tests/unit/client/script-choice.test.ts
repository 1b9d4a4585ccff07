import { describe, expect, test } from 'vitest';
import { readScript, saveScript, SCRIPT_KEY } from '../../../src/client/script-choice';

function memory() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('readScript and saveScript', () => {
  test('remember Traditional, and forget it for Simplified', () => {
    const storage = memory();
    expect(readScript(storage)).toBe('hans');
    saveScript(storage, 'hant');
    expect(storage.items.get(SCRIPT_KEY)).toBe('hant');
    expect(readScript(storage)).toBe('hant');
    saveScript(storage, 'hans');
    expect(storage.items.has(SCRIPT_KEY)).toBe(false);
    expect(readScript(storage)).toBe('hans');
  });

  test('read an unknown value, or a storage that throws, as Simplified', () => {
    expect(readScript({ getItem: () => 'zh-TW' })).toBe('hans');
    expect(
      readScript({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('hans');
  });
});
