import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../../scripts/import/markdown-escape';

describe('escapeMarkdown', () => {
  test('leaves ordinary Chinese text alone', () => {
    expect(escapeMarkdown('第一条 为了保障劳动者的合法权益，制定本法。')).toBe(
      '第一条 为了保障劳动者的合法权益，制定本法。',
    );
  });
  test('escapes emphasis, code, links and HTML', () => {
    expect(escapeMarkdown('*重点* _强调_ `代码` [链接] <b>')).toBe(
      '\\*重点\\* \\_强调\\_ \\`代码\\` \\[链接\\] \\<b\\>',
    );
  });
  test('escapes block markers at the start of a line', () => {
    expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMarkdown('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeMarkdown('12. 不是有序列表')).toBe('12\\. 不是有序列表');
    expect(escapeMarkdown('---')).toBe('\\---');
  });
  test('escapes a character reference but not a lone ampersand', () => {
    expect(escapeMarkdown('A&amp;B & C')).toBe('A\\&amp;B & C');
  });
});
