import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/fixture-site';

// The good fixture site plus a story and a lesson full of HTML an editor might paste by
// mistake (tests/fixtures/content/hostile). The build succeeds, strips what could run a script
// or load from another site, keeps the text, and says what it removed.
let result: BuildResult;
const page = (path: string) => readFileSync(join(result.dir, 'dist', path, 'index.html'), 'utf8');
/** The entry's body as rendered, without the site's own chrome and scripts. */
const body = (html: string) => {
  const match = /<div class="app-prose">([\s\S]*?)(?:<section class="app-share|<\/article>)/.exec(html);
  if (!match) throw new Error('no .app-prose body in the page');
  return match[1];
};

beforeAll(async () => {
  result = await buildFixture('hostile', { SITE_FRAME_ORIGINS: 'https://video.example.org' });
  if (result.code !== 0) throw new Error(`hostile fixture build failed:\n${result.output}`);
});

describe('hostile HTML in a Markdown story', () => {
  test('no script, event handler, javascript: URL or style attribute survives', () => {
    const html = page('stories/pasted-html');
    expect(html).not.toContain('被篡改');
    expect(html).not.toMatch(/alert\(/);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(body(html)).not.toMatch(/<script|style=/);
  });

  test('the text around and inside removed markup is kept', () => {
    const text = body(page('stories/pasted-html'));
    for (const kept of ['开头的正文保留', '带事件的段落', '脚本链接', '老式红字保留文字', '结尾的正文保留']) {
      expect(text).toContain(kept);
    }
    expect(text).toContain('src="/uploads/photo.jpg"');
    expect(text).not.toMatch(/<font|<!--|编辑之间的备注/);
  });

  test('forms, SVG and images from other sites are gone', () => {
    const text = body(page('stories/pasted-html'));
    expect(text).not.toMatch(/<form|<input|<button|<svg/);
    expect(text).not.toContain('tracker.example');
    expect(text).not.toContain('evil.example');
  });

  test('an iframe stays only from the allow-list in the site config, sandboxed, and the CSP admits it', () => {
    const html = page('stories/pasted-html');
    const frames = [...html.matchAll(/<iframe[^>]*>/g)].map((m) => m[0]);
    expect(frames).toHaveLength(1);
    expect(frames[0]).toContain('src="https://video.example.org/embed/42"');
    expect(frames[0]).toMatch(/sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"/);
    expect(frames[0]).toContain('title="嵌入的外部内容"');
    expect(html).toMatch(/frame-src 'self' https:\/\/video\.example\.org/);
  });

  test('the build names the file and what it removed', () => {
    expect(result.output).toContain('[sanitize] content/stories/pasted-html.md: removed <script>');
    expect(result.output).toContain(
      '[sanitize] content/stories/pasted-html.md: removed <iframe src="https://evil.example/track">',
    );
    expect(result.output).toContain('[sanitize] content/stories/pasted-html.md: removed onClick from <p>');
  });
});

describe('hostile tags in an MDX lesson', () => {
  test('lowercase tags are cleaned and the site’s components still render', () => {
    const html = page('lessons/pasted-jsx');
    expect(html).not.toMatch(/alert\(/);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('data-terms="x"');
    expect(html).toMatch(/<p class="lead">手写段落保留<\/p>/);
    expect(html).toContain('手写提示保留');
    expect(html).toContain('组件正常显示');
    expect(result.output).toContain('[sanitize] content/lessons/pasted-jsx.mdx: removed <script>');
  });
});
