import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitMdxBody } from '../../../src/cms/admin/mdx-body';
import { ROOT } from '../../support/fixture-site';

const body = (file: string) => {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return source.slice(source.indexOf('\n---', 4) + 4);
};

describe('splitMdxBody', () => {
  test('cuts a sample lesson into its text, its key points box and its question box', () => {
    const parts = splitMdxBody(body('content/lessons/constitution-overview.mdx'));
    expect(parts.map((p) => p.kind)).toEqual(['markdown', 'box', 'box']);
    const [text, keyPoints, question] = parts;
    expect(text).toMatchObject({ kind: 'markdown', text: expect.stringContaining('## 党章是什么') });
    expect(text!.kind === 'markdown' && text!.text).not.toContain('KeyPoints');
    expect(keyPoints).toMatchObject({ kind: 'box', component: 'KeyPoints', title: undefined });
    expect(keyPoints!.kind === 'box' && keyPoints!.parts).toEqual([
      { kind: 'markdown', text: expect.stringContaining('- 党章是党的根本大法') },
    ]);
    expect(question).toMatchObject({ kind: 'box', component: 'Question' });
  });

  test('keeps a box title, and the text after the boxes', () => {
    const parts = splitMdxBody(body('tests/fixtures/content/hostile/lessons/component-children.mdx'));
    expect(parts.map((p) => (p.kind === 'box' ? `${p.component}:${p.title ?? ''}` : 'md'))).toEqual([
      'md',
      'KeyPoints:本课要点',
      'Question:',
      'md',
    ]);
  });

  test('a tag in code is text, a comment shows nowhere, boxes nest and self-close', () => {
    const parts = splitMdxBody(
      [
        '写 `<KeyPoints>` 开头。{/* 编辑备注 */}',
        '',
        '```mdx',
        '<Question>',
        '```',
        '',
        "<Question title='想一想'>",
        '外层',
        '<KeyPoints />',
        '</Question>',
        '</KeyPoints>',
        '结尾',
      ].join('\n'),
    );
    expect(parts).toEqual([
      { kind: 'markdown', text: '写 `<KeyPoints>` 开头。\n\n```mdx\n<Question>\n```\n\n' },
      {
        kind: 'box',
        component: 'Question',
        title: '想一想',
        parts: [
          { kind: 'markdown', text: '\n外层\n' },
          { kind: 'box', component: 'KeyPoints', title: undefined, parts: [] },
        ],
      },
      // A closing tag that closes nothing is dropped.
      { kind: 'markdown', text: '\n\n结尾' },
    ]);
  });

  test('a box left open runs to the end, as the editor is still typing it', () => {
    expect(splitMdxBody('前言\n\n<KeyPoints>\n\n- 一')).toEqual([
      { kind: 'markdown', text: '前言\n\n' },
      { kind: 'box', component: 'KeyPoints', title: undefined, parts: [{ kind: 'markdown', text: '\n\n- 一' }] },
    ]);
  });

  test('a body without components is one Markdown part, an empty one none', () => {
    expect(splitMdxBody('## 标题\n\n正文')).toEqual([{ kind: 'markdown', text: '## 标题\n\n正文' }]);
    expect(splitMdxBody('  \n')).toEqual([]);
  });
});
