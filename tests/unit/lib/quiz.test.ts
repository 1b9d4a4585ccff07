import { describe, expect, test } from 'vitest';
import { encodeAnswer, isRightAnswer, rightValues } from '../../../src/lib/quiz';

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

describe('encodeAnswer', () => {
  test('writes each kind of answer so that exactly its options check as right', () => {
    expect(encodeAnswer(2)).toBe('2');
    expect(encodeAnswer([1, 3])).toBe('1,3');
    expect(encodeAnswer(false)).toBe('false');
    expect(isRightAnswer(['3', '1'], encodeAnswer([1, 3]))).toBe(true);
    expect(isRightAnswer(['true'], encodeAnswer(false))).toBe(false);
    expect(isRightAnswer(['false'], encodeAnswer(false))).toBe(true);
  });
});

describe('rightValues', () => {
  test('lists the option values to mark right', () => {
    expect(rightValues(encodeAnswer([1, 3]))).toEqual(['1', '3']);
    expect(rightValues(encodeAnswer(2))).toEqual(['2']);
    expect(rightValues(encodeAnswer(false))).toEqual(['false']);
  });
});
