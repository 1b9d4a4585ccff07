import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/fixture-site';

// The good fixture site after edits elsewhere broke references (tests/fixtures/content/degraded):
// a deleted policy still cited and amended, a draft policy amended, a course gone, a lesson
// made a draft while an event links to it, a project renamed, a guided answer's outcome citing
// the deleted policy, two lessons at one position, a
// page and an event on reserved slugs. An editor must never take the site down: the build
// succeeds, each reference shows as unavailable, each problem is named in the build log and in
// the content health report.
let result: BuildResult;
const file = (path: string) => join(result.dir, 'dist', path);
const page = (path: string) => readFileSync(file(join(path, 'index.html')), 'utf8');

// The site points at a shared law library on another site (its manifest is a copy of what the
// e2e setup's library build wrote): citations of a law the site lacks link there, not to a gap.
const LIBRARY = 'https://fagui.example.gov.cn/library/';
const LEAVE_LAW = 'zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14';

beforeAll(async () => {
  result = await buildFixture('degraded', {
    LIBRARY_URL: LIBRARY,
    LIBRARY_MANIFEST: 'tests/fixtures/library/library.json',
  });
});

describe('references broken by edits elsewhere', () => {
  test('the site builds', () => {
    expect(result.output).toContain('Complete!');
    expect(result.code).toBe(0);
  });

  test('the build log names each file and field and what the site does', () => {
    const log = result.output;
    expect(log).toMatch(
      /content\/services\/cites-deleted\.md: field "policies": no policy has the slug "no-such-rule"; the reference is shown as unavailable/,
    );
    expect(log).toMatch(
      /content\/policies\/amends-deleted\.md: field "supersedes": no policy has the slug "no-such-rule"/,
    );
    expect(log).toMatch(
      /content\/policies\/amends-deleted\.md: field "amends": policy "draft-rule" is not published in this build/,
    );
    expect(log).toMatch(
      /content\/lessons\/orphan-lesson\.mdx: field "course": no course has the slug "no-such-course"; the entry is left out/,
    );
    expect(log).toMatch(
      /content\/events\/links-draft-lesson\.md: field "lesson": lesson "draft-lesson" is not published/,
    );
    expect(log).toMatch(
      /content\/stories\/links-renamed-project\.md: field "projects": no project has the slug "old-project-name"/,
    );
    expect(log).toMatch(
      /content\/lessons\/(?:sample-lesson|same-position)\.mdx: field "order": 1 is already used in this course/,
    );
    expect(log).toMatch(/content\/pages\/policies\.md: field "slug": "policies" is reserved for a site section/);
    expect(log).toMatch(/content\/events\/calendar\.md: field "slug": "calendar" is reserved/);
    expect(log).toMatch(
      /content\/answers\/cites-deleted\.md: field "outcomes\[2\]\.policies": no policy has the slug "no-such-rule"; the reference is shown as unavailable/,
    );
  });

  test('a cited policy that is gone shows as unavailable, and no link points at a missing page', () => {
    const guide = page('services/cites-deleted');
    expect(guide).toContain('（引用的文件暂不可用）');
    expect(guide).toContain('href="/policies/sample-rule/"');
    expect(guide).not.toContain('no-such-rule');
    // A guided answer's outcome citing a policy that is gone: the outcome page still builds.
    const outcome = page('answers/cites-deleted/short');
    expect(outcome).toContain('（引用的文件暂不可用）');
    expect(outcome).toContain('href="/policies/sample-rule/"');
    expect(outcome).not.toContain('no-such-rule');
    const policy = page('policies/amends-deleted');
    expect(policy).toContain('（引用的文件暂不可用）');
    expect(policy).not.toMatch(/href="\/policies\/(?:no-such-rule|draft-rule)\//);
  });

  test('a law the site lacks but its law library holds is linked there, and is no problem', () => {
    expect(result.output).toContain(`[library] 2 laws of “流动党员学习园地” at ${LIBRARY}`);
    expect(result.output).not.toMatch(/\[content\][^\n]*(?:cites-library|implements-library-law)/);
    const guide = page('services/cites-library');
    expect(guide).toContain(`href="${LIBRARY}policies/${LEAVE_LAW}/" data-library-link>职工带薪年休假条例</a>`);
    expect(guide).toContain('（中华人民共和国国务院令第514号）');
    expect(guide).not.toContain('（引用的文件暂不可用）');
    const policy = page('policies/implements-library-law');
    expect(policy).toContain(`href="${LIBRARY}policies/${LEAVE_LAW}/" data-library-link>职工带薪年休假条例</a>`);
    // A library on another site: the pages may connect to its origin, and to no other.
    const search = page('search');
    expect(search).toContain(`data-library="${LIBRARY}"`);
    for (const html of [search, guide])
      expect(/<meta http-equiv="content-security-policy" content="[^"]*connect-src ([^;"]*)/.exec(html)?.[1]).toBe(
        "'self' https://fagui.example.gov.cn",
      );
  });

  test('an event whose lesson became a draft says the lesson is unavailable', () => {
    const event = page('events/links-draft-lesson');
    expect(event).toContain('（相关的课暂不可用）');
    expect(event).not.toContain('/lessons/draft-lesson/');
  });

  test('a story whose project was renamed keeps its other project and marks the missing one', () => {
    const story = page('stories/links-renamed-project');
    expect(story).toContain('href="/hometown/sample-project/"');
    expect(story).toContain('（关联的项目暂不可用）');
  });

  test('entries that cannot be placed are left out: the orphan lesson, the page and the event on reserved slugs', () => {
    expect(existsSync(file('lessons/orphan-lesson/index.html'))).toBe(false);
    expect(existsSync(file('events/calendar/index.html'))).toBe(false);
    // /policies/ is still the policy listing, not the page that claimed its slug.
    expect(page('policies')).not.toContain('占用栏目网址的页面');
  });

  test('two lessons at one position are both published, in slug order', () => {
    const course = page('courses/sample-course');
    // same-position sorts before sample-lesson.
    const first = course.indexOf('和第一课同一序号的课');
    const second = course.indexOf('示例第一课');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
  });

  test('the content health report lists every problem in Chinese, for editors', () => {
    const report = page('admin/health');
    expect(report).toContain('内容检查报告');
    expect(report).toContain('发现 10 个问题');
    expect(report).toContain('content/services/cites-deleted.md');
    // A guided answer's outcome, by its place in the tree.
    expect(report).toContain('content/answers/cites-deleted.md');
    expect(report).toContain('outcomes[2].policies');
    expect(report).toContain('引用的政策文件“no-such-rule”不存在（可能已被删除或改了网址名）');
    expect(report).toContain('引用的课“draft-lesson”尚未发布（是草稿，或发布日期未到）');
    expect(report).toContain('这篇内容暂不发布，改正后自动恢复');
    expect(report).toContain('<meta name="robots" content="noindex">');
  });

  test('the CMS gets the report and who refers to whom, drafts included', () => {
    const health = JSON.parse(readFileSync(file('admin/health.json'), 'utf8')) as {
      problems: unknown[];
      referrers: Record<string, { collection: string; slug: string }[]>;
    };
    expect(health.problems).toHaveLength(10);
    expect(health.referrers['policies/sample-rule']?.map((r) => `${r.collection}/${r.slug}`)).toEqual([
      'answers/cites-deleted',
      'services/cites-deleted',
      'services/sample-guide',
    ]);
    expect(health.referrers['lessons/draft-lesson']?.map((r) => r.slug)).toEqual(['links-draft-lesson']);
  });
});
