import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { answerText, boxHtml, lessonBoxes, policyPieces } from '../../../src/lib/handout';
import { anchorLegalText } from '../../../src/lib/legal-html';
import type { QuizItem } from '../../../src/schemas/lessons';
import { ROOT } from '../../support/fixture-site';

const body = (file: string) => {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return source.slice(source.indexOf('\n---', 4) + 4);
};

describe('lessonBoxes', () => {
  test('finds both discussion questions and the key points of a sample lesson', () => {
    const boxes = lessonBoxes(body('content/lessons/member-duties-rights.mdx'));
    expect(boxes.keyPoints).toHaveLength(1);
    expect(boxes.questions).toHaveLength(2);
    for (const box of [...boxes.keyPoints, ...boxes.questions]) {
      expect(box.markdown).not.toMatch(/<\/?(KeyPoints|Question)/);
      expect(box.markdown.trim()).not.toBe('');
    }
  });

  test('keeps a title, skips tags in code and empty boxes, and lists a box inside another', () => {
    const boxes = lessonBoxes(
      [
        '正文',
        '```',
        '<Question>代码里的标签</Question>',
        '```',
        '<Question title="讨论一">',
        '',
        '你怎样看？',
        '',
        '<KeyPoints>',
        '',
        '- 里面的要点',
        '',
        '</KeyPoints>',
        '',
        '</Question>',
        '',
        '<Question>',
        '',
        '</Question>',
      ].join('\n'),
    );
    expect(boxes.questions).toEqual([{ title: '讨论一', markdown: '你怎样看？' }]);
    expect(boxes.keyPoints).toEqual([{ title: undefined, markdown: '- 里面的要点' }]);
  });
});

describe('boxHtml', () => {
  test('renders a list and drops what the sanitizer drops everywhere, naming the file', () => {
    const reports: string[] = [];
    const html = boxHtml(
      '- 第一点\n- 第二点\n\n<script>alert(1)</script>\n\n<img src="https://evil.example/x.png" alt="x">',
      'content/lessons/x.mdx',
      (message) => reports.push(message),
    );
    expect(html).toContain('<li>第一点</li>');
    expect(html).not.toMatch(/script|alert|evil\.example/);
    expect(reports).toEqual([
      'content/lessons/x.mdx: removed <script>',
      'content/lessons/x.mdx: removed <img src="https://evil.example/x.png">',
    ]);
  });
});

describe('answerText', () => {
  const base = { question: '问', explanation: '解' };
  test('writes letters for choices and 正确/错误 for a statement', () => {
    expect(answerText({ ...base, type: 'single', options: ['甲', '乙'], answer: 2 } as QuizItem)).toBe('B');
    expect(
      answerText({ ...base, type: 'multiple', options: ['甲', '乙', '丙', '丁'], answer: [1, 3, 4] } as QuizItem),
    ).toBe('A、C、D');
    expect(answerText({ ...base, type: 'truefalse', answer: true } as QuizItem)).toBe('正确');
    expect(answerText({ ...base, type: 'truefalse', answer: false } as QuizItem)).toBe('错误');
  });
});

describe('policyPieces', () => {
  const policy = body('content/policies/liudong-dangyuan-jiaoyu-guanli-fuwu-banfa.md');
  const { html } = anchorLegalText((markdownToHtml(policy) as { html: string }).html);
  const pieces = policyPieces(html);
  const articles = pieces.filter((piece) => piece.kind === 'article');

  test('cuts a sample policy into every article, in order, and loses nothing', () => {
    expect(articles.length).toBe(html.match(/class="app-article"/g)!.length);
    expect(articles.slice(0, 3).map((a) => [a.anchor, a.label])).toEqual([
      ['art-1', '第一条'],
      ['art-2', '第二条'],
      ['art-3', '第三条'],
    ]);
    expect(
      pieces
        .map((piece) => piece.html)
        .join('')
        .replace(/\s+/g, ''),
    ).toBe(html.replace(/\s+/g, ''));
  });

  test('keeps an article’s items with it and ends it at the next heading', () => {
    const third = articles.find((a) => a.anchor === 'art-3')!;
    expect(third.html).toContain('（一）');
    expect(third.html).toContain('（四）');
    expect(third.html).not.toContain('第四条');
    const headings = pieces.filter((piece) => piece.kind === 'heading');
    expect(headings[0]!.html).toMatch(/^<h2[^>]*>第一章/);
    for (const article of articles) expect(article.html).not.toMatch(/<h[1-6][\s>]/);
  });
});
