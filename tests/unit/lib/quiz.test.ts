import { describe, expect, test } from 'vitest';
import { isRightAnswer } from '../../../src/lib/quiz';

describe('isRightAnswer', () => {
  test('single choice and true/false: the one right value', () => {
    expect(isRightAnswer(['2'], '2')).toBe(true);
    expect(isRightAnswer(['1'], '2')).toBe(false);
    expect(isRightAnswer(['false'], 'true')).toBe(false);
  });

  test('multiple choice: all the right options and no other, in any order', () => {
    expect(isRightAnswer(['4', '1', '2'], '1,2,4')).toBe(true);
    expect(isRightAnswer(['1', '2'], '1,2,4')).toBe(false);
    expect(isRightAnswer(['1', '2', '3', '4'], '1,2,4')).toBe(false);
  });
});
