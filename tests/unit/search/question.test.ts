import { describe, expect, test } from 'vitest';
import { contentWords, queryWords, splitQuestion } from '../../../src/search/question';
import { segmentQuery } from '../../../src/search/segment';

describe('segmentQuery and contentWords', () => {
  test('split a question into words and keep the ones worth searching', () => {
    const words = segmentQuery('试用期最长多久');
    expect(words.join('')).toBe('试用期最长多久');
    expect(contentWords(words)).not.toContain('多久');
  });
  test('drop question phrases whole before segmenting: 工资被拖欠了怎么办 → 工资 拖欠', () => {
    expect(splitQuestion('工资被拖欠了怎么办')).toEqual({ words: ['工资', '拖欠'], dropped: ['怎么办', '被', '了'] });
  });
  test('drop 怎么算 whole: 加班费怎么算 asks for the rule on 加班费', () => {
    const { words, dropped } = splitQuestion('加班费怎么算');
    expect(words.join('')).toBe('加班费');
    expect(dropped).toEqual(['怎么算']);
    expect(splitQuestion('工龄怎样算').words.join('')).toBe('工龄');
  });
  test('keep a query of question words only as it is', () => {
    expect(splitQuestion('怎么')).toEqual({ words: [], dropped: [] });
    expect(splitQuestion('为什么').words).toEqual([]);
  });
});

describe('splitQuestion with words to keep', () => {
  test('keeps everyday words whole that the browser would split', () => {
    expect(splitQuestion('公积金怎么提取', ['公积金']).words).toEqual(['公积金', '提取']);
  });
});

describe('queryWords', () => {
  test('searches a question by its content words and names the words left out', () => {
    expect(queryWords('工资被拖欠了怎么办')).toEqual({ words: ['工资', '拖欠'], dropped: ['怎么办', '被', '了'] });
  });
  test('searches a query of question words only as it is typed', () => {
    expect(queryWords('怎么')).toEqual({ words: ['怎么'], dropped: [] });
  });
  test('keeps everyday words whole', () => {
    expect(queryWords('公司不交社保', ['社保']).words).toContain('社保');
  });
});
