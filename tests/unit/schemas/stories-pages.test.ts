import { describe, expect, test } from 'vitest';
import { pageSchema } from '../../../src/schemas/pages';
import { storySchema } from '../../../src/schemas/stories';
import { entries, frontmatter, GOOD_FIXTURES } from '../../support/frontmatter';
import { expectIssueAt } from '../../support/schema-check';

const story = frontmatter(`${GOOD_FIXTURES}/stories/sample-story.md`);

describe('storySchema', () => {
  test.each([`${GOOD_FIXTURES}/stories/sample-story.md`, ...entries('stories')])('accepts %s', (file) => {
    expect(storySchema.safeParse(frontmatter(file)).error?.issues ?? []).toEqual([]);
  });
  test('publishes only with the member’s recorded consent', () => {
    expect(
      expectIssueAt(storySchema, { ...story, consent: { given: false, date: '2026-01-01' } }, 'consent.given'),
    ).toMatch(/only with consent/);
    expectIssueAt(storySchema, { ...story, consent: undefined }, 'consent');
  });
  test('needs where the member works now and their home town', () => {
    const member = story.member as Record<string, string>;
    expectIssueAt(storySchema, { ...story, member: { ...member, workplace: '' } }, 'member.workplace');
    expectIssueAt(storySchema, { ...story, member: { ...member, hometown: undefined } }, 'member.hometown');
  });
  test('needs a publication date, since stories list newest first', () => {
    expectIssueAt(storySchema, { ...story, publishDate: undefined }, 'publishDate');
  });
});

describe('pageSchema', () => {
  test.each([`${GOOD_FIXTURES}/pages/about.md`, ...entries('pages')])('accepts %s', (file) => {
    expect(pageSchema.safeParse(frontmatter(file)).error?.issues ?? []).toEqual([]);
  });
  test('refuses a slug field with Chinese characters or capitals', () => {
    const about = frontmatter(`${GOOD_FIXTURES}/pages/about.md`);
    expectIssueAt(pageSchema, { ...about, slug: '关于' }, 'slug');
    expectIssueAt(pageSchema, { ...about, slug: 'About' }, 'slug');
  });
});
