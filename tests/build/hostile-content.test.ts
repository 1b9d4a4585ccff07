import { readdirSync, readFileSync } from 'node:fs';
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
    expect(html).toMatch(/<p>手写段落保留<\/p>/);
    expect(result.output).toContain('[sanitize] content/lessons/pasted-jsx.mdx: removed class="lead" from <p>');
    expect(html).toContain('手写提示保留');
    expect(html).toContain('组件正常显示');
    expect(result.output).toContain('[sanitize] content/lessons/pasted-jsx.mdx: removed <script>');
  });
});

// The inputs of the content-safety review that are neutralised rather than refused: what sits
// inside an unwrapped tag (<font>, <center>, <picture>), in .md stories and policies and in
// the components of an .mdx lesson, and classes and ids that would reach outside the content.
describe('children of unwrapped tags get the same rules', () => {
  const PAGES = ['stories/unwrapped-children', 'lessons/component-children', 'policies/pasted-notice'];

  test.each(PAGES)('%s: no handler, javascript: link, frame or foreign address survives', (path) => {
    const html = page(path);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('foreign.example');
    expect(html).not.toMatch(/<iframe|srcset=/);
  });

  test.each(PAGES)('%s: content classes cannot restyle the page', (path) => {
    const html = page(path);
    expect(html).not.toMatch(/class="[^"]*\b(?:fixed|inset-0|z-50|bg-black)\b/);
  });

  test('the text and the site’s own images stay', () => {
    const story = page('stories/unwrapped-children');
    for (const kept of ['外层标签里的正文保留', '居中里的脚本链接', '想盖住整页的块', '结尾保留'])
      expect(story).toContain(kept);
    expect(story).toMatch(/<img src="\/uploads\/photo\.jpg" alt="字体里的图">/);
    expect(story).toMatch(/<img src="\/uploads\/photo\.jpg" alt="本站图">/);
    expect(page('lessons/component-children')).toMatch(/<img src="\/uploads\/photo\.jpg" alt="组件里的图"\/?>/);
    expect(page('policies/pasted-notice')).toMatch(/<img src="\/uploads\/photo\.jpg" alt="通知里的图">/);
  });

  test('ids from content cannot take the page’s own: the skip link and article anchors stay unique', () => {
    const story = page('stories/unwrapped-children');
    expect(story.match(/\sid="main"/g)).toHaveLength(1);
    expect(story).toContain('<p id="user-content-main">');
    expect(story).toContain('<a href="#user-content-main">');
    const policy = page('policies/pasted-notice');
    expect(policy.match(/\sid="art-1"/g)).toHaveLength(1);
  });

  test('the build log names each file and what it removed', () => {
    expect(result.output).toContain('[sanitize] content/stories/unwrapped-children.md: removed onError from <img>');
    expect(result.output).toContain('[sanitize] content/lessons/component-children.mdx: removed onError from <img>');
    expect(result.output).toContain(
      '[sanitize] content/policies/pasted-notice.md: removed <iframe src="https://foreign.example/policy">',
    );
    expect(result.output).toContain(
      '[sanitize] content/stories/unwrapped-children.md: removed class="fixed inset-0 z-50 bg-black" from <div>',
    );
  });

  test('no page of the site loads anything from another origin', () => {
    const loads = [
      ...allPages()
        .join('\n')
        .matchAll(/<(?:img|script|iframe|audio|video|source|track|link|embed|object)\b[^>]*>/g),
    ]
      .map((m) => m[0])
      .filter((tag) => /\s(?:src|srcset|href|poster|data)="(?:https?:)?\/\/(?!video\.example\.org)/.test(tag))
      // <link rel="alternate"> and rel="canonical" name addresses, they load nothing.
      .filter((tag) => !/^<link\b[^>]*rel="(?:alternate|canonical)"/.test(tag));
    expect(loads).toEqual([]);
  });
});

/** Every HTML page the hostile site built. */
function allPages(): string[] {
  const dist = join(result.dir, 'dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => readFileSync(join(dist, file), 'utf8'));
}
