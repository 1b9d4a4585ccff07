import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture, ROOT } from '../support/fixture-site';

// Each bad-content fixture is the good fixture site (built in good-fixture.test.ts) plus one broken
// file. The build must fail and its message must name the broken file and the field, so an editor can fix it.
const STORY = (body: string) =>
  `---\ntitle: 太长的故事\nsummary: 正文超出限制。\nmember: { name: 小王, workplace: 上海市, hometown: 示例县, industry: 制造业 }\n` +
  `consent: { given: true, date: 2026-01-01 }\npublishDate: 2026-01-10\n---\n\n${body}\n`;

const CASES: { fixture: string; file: string; field: RegExp; files?: Record<string, string> }[] = [
  { fixture: 'missing-title', file: 'policies/sample-rule.md', field: /title: Required/ },
  {
    fixture: 'bad-date',
    file: 'policies/sample-rule.md',
    field: /field "issueDate": 2026-02-30 is not a date that exists/,
  },
  { fixture: 'duplicate-slug', file: 'policies/', field: /field "slug": "sample-rule" is already the slug of/ },
  {
    fixture: 'non-ascii-slug',
    file: 'stories/我的故事.md',
    field: /field "slug" is missing and the file name "我的故事.md" is not a valid slug/,
  },
  { fixture: 'non-ascii-slug-field', file: 'pages/about.md', field: /field "slug" is "关于我们"/ },
  { fixture: 'no-consent', file: 'stories/sample-story.md', field: /consent\.given: must be true/ },
  { fixture: 'event-end-before-start', file: 'events/sample-event.md', field: /end: must be after the start/ },
  // An MDX body is content, not code that runs at build time.
  { fixture: 'mdx-import', file: 'lessons/sample-lesson.mdx', field: /An import or export is not allowed/ },
  // Content never runs code at build time: not as a component attribute, a spread or raw HTML.
  {
    fixture: 'mdx-attribute-expression',
    file: 'lessons/sample-lesson.mdx',
    field: /The attribute title=\{…\} on <KeyPoints> is not allowed/,
  },
  {
    fixture: 'mdx-spread',
    file: 'lessons/sample-lesson.mdx',
    field: /A \{\.\.\.spread\} on <Question> is not allowed/,
  },
  {
    fixture: 'mdx-fragment-html',
    file: 'lessons/sample-lesson.mdx',
    field: /<Fragment> is not allowed in a content body/,
  },
  // A key the YAML parser would turn into the object's prototype.
  { fixture: 'proto-key', file: 'pages/about.md', field: /field "__proto__" is not allowed/ },
  // A URL field that would become a script link.
  {
    fixture: 'javascript-source-url',
    file: 'policies/sample-rule.md',
    field: /source\.url: must be an http:\/\/ or https:\/\/ address/,
  },
  // A title that a text-direction character would make read differently.
  {
    fixture: 'bidi-title',
    file: 'policies/sample-rule.md',
    field: /field "title" contains the invisible control character U\+202E/,
  },
  // Sizes the site cannot serve: 1.2 MB of text, and one line of 30,000 characters.
  {
    fixture: 'good',
    file: 'stories/huge-story.md',
    field: /field "body": body too large: 1\.2 MB of text \(limit 1 MB\)/,
    files: { 'stories/huge-story.md': STORY(Array.from({ length: 4000 }, () => '故事正文'.repeat(25)).join('\n\n')) },
  },
  {
    fixture: 'good',
    file: 'stories/one-line-story.md',
    field: /field "body": line 9 has 30,000 characters \(limit 20,000\)/,
    files: { 'stories/one-line-story.md': STORY('故事'.repeat(15_000)) },
  },
  // A guided answer's tree with every kind of mistake at once: each is named by field and question.
  {
    fixture: 'answer-tree',
    file: 'answers/broken-tree.md',
    field:
      /questions\.0\.options\.2\.next: 问题“how-long”的选项“其他”指向“no-such-outcome”[\s\S]*questions\.2\.options: 问题“empty”没有选项[\s\S]*questions\.0\.options: 问题“how-long”会绕回自己（how-long → fixed → how-long）[\s\S]*questions\.3\.id: 问题“lonely”从第一个问题走不到/,
  },
  // MDX syntax errors point at the body by line and column.
  {
    fixture: 'malformed-mdx',
    file: 'lessons/sample-lesson.mdx:18:1',
    field: /Expected a closing tag for `<KeyPoints>`/,
  },
];

describe('fixture builds', () => {
  for (const { fixture, file, field, files } of CASES) {
    test(`${fixture} fails the build naming ${file} and the field`, async () => {
      const result = await buildFixture(fixture === 'good' ? undefined : fixture, {}, files);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`content/${file}`);
      expect(result.output).toMatch(field);
      // Nothing in a fixture may run: the attribute-expression fixture would write this file.
      expect(existsSync(join(ROOT, 'pwned-by-content.txt'))).toBe(false);
      expect(existsSync(join(result.dir, 'pwned-by-content.txt'))).toBe(false);
    });
  }

  test('a draft and a future-dated entry stay out of a production build', async () => {
    // Built "on" 2026-06-01: the future notice is dated 2026-06-02.
    const result = await buildFixture('unpublished', { SOURCE_DATE_EPOCH: '1780272000' });
    expect(result.code).toBe(0);
    const built = (path: string) => {
      try {
        return readFileSync(join(result.dir, 'dist', path, 'index.html'), 'utf8');
      } catch {
        return undefined;
      }
    };
    expect(built('stories/sample-story')).toBeDefined();
    expect(built('stories/draft-story')).toBeUndefined();
    expect(built('policies/future-notice')).toBeUndefined();
    expect(built('policies')).not.toContain('将来的通知');
    // Nor in the feeds and the sitemap, which list what was published, newest first.
    const file = (path: string) => readFileSync(join(result.dir, 'dist', path), 'utf8');
    expect(file('feeds/policies.xml')).not.toContain('future-notice');
    expect(file('feeds/policies.xml')).toContain('https://example.org/policies/sample-rule/');
    expect(file('feeds/stories.xml')).not.toContain('draft-story');
    expect(file('feeds/stories.xml')).toContain('https://example.org/stories/sample-story/');
    expect(file('feeds/events.xml')).toContain('https://example.org/events/sample-event/');
    expect(file('feeds/events.xml')).not.toMatch(/draft-event|future-event/);
    expect(file('events/calendar.ics')).toContain('UID:sample-event@example.org');
    expect(file('events/calendar.ics')).not.toMatch(/draft-event|future-event/);
    expect(built('events/future-event')).toBeUndefined();
    expect(file('sitemap.xml')).not.toMatch(/future-notice|draft-story|draft-event|future-event/);
    expect(file('sitemap.xml')).toContain('<loc>https://example.org/stories/sample-story/</loc>');
  });
});
