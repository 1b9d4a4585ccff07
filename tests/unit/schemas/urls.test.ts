import { describe, expect, test } from 'vitest';
import { eventSchema } from '../../../src/schemas/events';
import { lessonSchema } from '../../../src/schemas/lessons';
import { policySchema } from '../../../src/schemas/policies';
import { serviceSchema } from '../../../src/schemas/services';
import { httpsUrl, uploadOrWebUrl, uploadPath, webUrl } from '../../../src/schemas/urls';
import { frontmatter, GOOD_FIXTURES } from '../../support/frontmatter';
import { expectIssueAt } from '../../support/schema-check';

// Every URL a frontmatter field can hold reaches an href or a src: the inputs of the
// content-safety review, field by field.
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  '//foreign.example/x.pdf',
  '/\\foreign.example/x.pdf',
  '\\\\foreign.example\\x.pdf',
  '../../etc/passwd',
  '/uploads/../admin/config.yml',
  'vbscript:msgbox(1)',
  'https://www.gov.cn@foreign.example/',
  'https://exa mple.org/',
];

const policy = frontmatter(`${GOOD_FIXTURES}/policies/sample-rule.md`);
const lesson = frontmatter(`${GOOD_FIXTURES}/lessons/sample-lesson.mdx`);
const event = frontmatter(`${GOOD_FIXTURES}/events/sample-event.md`);
const service = frontmatter(`${GOOD_FIXTURES}/services/sample-guide.md`);

describe('URL fields refuse what could run or load from elsewhere', () => {
  test.each(HOSTILE)('policy source.url %j', (url) => {
    expectIssueAt(policySchema, { ...policy, source: { name: '来源', url } }, 'source.url');
  });
  test.each(HOSTILE)('policy attachments[].file %j', (file) => {
    expectIssueAt(policySchema, { ...policy, attachments: [{ title: '附件', file }] }, 'attachments.0.file');
  });
  test.each([...HOSTILE, 'https://cdn.example/a.mp3', 'http://example.org/a.mp3'])('lesson media.audio %j', (audio) => {
    expectIssueAt(lessonSchema, { ...lesson, media: { audio } }, 'media.audio');
  });
  test.each(HOSTILE)('lesson media.video %j', (video) => {
    expectIssueAt(lessonSchema, { ...lesson, media: { video } }, 'media.video');
  });
  test.each([...HOSTILE, 'http://meeting.example.org/1'])('event join.url %j', (url) => {
    expectIssueAt(eventSchema, { ...event, join: { url } }, 'join.url');
  });
  test.each([...HOSTILE, 'http://video.example.org/1'])('event recording %j', (recording) => {
    expectIssueAt(eventSchema, { ...event, recording }, 'recording');
  });
  test.each(HOSTILE)('service contacts[].url %j', (url) => {
    expectIssueAt(serviceSchema, { ...service, contacts: [{ name: '热线', url }] }, 'contacts.0.url');
  });
});

describe('URL fields accept what editors really write', () => {
  test.each([
    ['https://www.gov.cn/zhengce/content/2026-01/01/content_1.htm', webUrl],
    ['http://rsj.example.gov.cn/xxgk/1.html?id=3#p2', webUrl],
    ['https://meeting.example.org:8443/j/123', httpsUrl],
    ['/uploads/2026-baodao-dengjibiao.pdf', uploadPath],
    ['/uploads/audio/lesson-01.mp3', uploadPath],
    ['/uploads/fujian_2.v3.docx', uploadOrWebUrl],
    ['https://www.gov.cn/files/a.pdf', uploadOrWebUrl],
  ])('%s', (value, schema) => {
    expect(schema.safeParse(value).success).toBe(true);
  });
});
