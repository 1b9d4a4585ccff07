import { describe, expect, test } from 'vitest';
import { readDisplay } from '../../../src/client/display';

const storage = (value: string | null) => ({ getItem: () => value });

describe('readDisplay', () => {
  test('reads a saved size and contrast', () => {
    expect(readDisplay(storage('{"text":"xlarge","contrast":true}'))).toEqual({ text: 'xlarge', contrast: true });
  });

  test('falls back to the defaults for nothing saved, bad JSON or unknown values', () => {
    for (const value of [null, '{', '[]', '{"text":"huge","contrast":"yes"}']) {
      expect(readDisplay(storage(value))).toEqual({ text: 'standard', contrast: false });
    }
  });
});
