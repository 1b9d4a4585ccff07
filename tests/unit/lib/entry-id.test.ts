import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { entryIdFrom, unsafeCharPath } from '../../../src/lib/entry-id';

let dir: string;
let base: URL;
const write = (name: string, frontmatter = 'title: 示例', body = '正文') =>
  writeFileSync(join(dir, name), `---\n${frontmatter}\n---\n${body}`);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'entry-id-'));
  base = pathToFileURL(`${dir}/`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('entryIdFrom', () => {
  test('takes the slug from the file name', () => {
    write('report-in-notice.md');
    expect(entryIdFrom('content/policies')({ entry: 'report-in-notice.md', base, data: {} })).toBe('report-in-notice');
  });
  test('prefers the slug field and ignores folders', () => {
    write('x.mdx');
    expect(entryIdFrom('content/lessons')({ entry: 'x.mdx', base, data: { slug: 'party-dues' } })).toBe('party-dues');
  });
  test('refuses a Chinese file name, naming the file and the field', () => {
    write('劳动合同.md');
    expect(() => entryIdFrom('content/policies')({ entry: '劳动合同.md', base, data: {} })).toThrow(
      'content/policies/劳动合同.md: field "slug" is missing and the file name "劳动合同.md" is not a valid slug',
    );
  });
  test('refuses upper case and underscores in a slug field', () => {
    write('a.md');
    expect(() => entryIdFrom('content/pages')({ entry: 'a.md', base, data: { slug: 'About_Us' } })).toThrow(
      'content/pages/a.md: field "slug" is "About_Us"',
    );
  });
  test('refuses a second file claiming a slug', () => {
    write('a.md');
    write('b.md');
    const id = entryIdFrom('content/policies');
    id({ entry: 'a.md', base, data: {} });
    expect(() => id({ entry: 'b.md', base, data: { slug: 'a' } })).toThrow(
      'content/policies/b.md: field "slug": "a" is already the slug of content/policies/a.md',
    );
  });
  test('lets a file keep its slug when it is read again', () => {
    write('a.md');
    const id = entryIdFrom('content/policies');
    id({ entry: 'a.md', base, data: {} });
    expect(id({ entry: 'a.md', base, data: {} })).toBe('a');
  });
  test('refuses a date that YAML would roll over', () => {
    write('a.md', 'issueDate: 2026-02-30');
    expect(() => entryIdFrom('content/policies')({ entry: 'a.md', base, data: {} })).toThrow(
      'content/policies/a.md: field "issueDate": 2026-02-30 is not a date that exists',
    );
  });
  test('refuses a __proto__ key at any depth, naming it', () => {
    write('a.md');
    const data = JSON.parse('{"title":"x","source":{"__proto__":{"polluted":true}}}') as Record<string, unknown>;
    expect(() => entryIdFrom('content/policies')({ entry: 'a.md', base, data })).toThrow(
      'content/policies/a.md: field "source.__proto__" is not allowed',
    );
  });
  test('refuses a control or text-direction character in any frontmatter text, naming the field', () => {
    write('a.md');
    const data = { title: '示例', attachments: [{ title: '附件\u202e1' }] };
    expect(() => entryIdFrom('content/policies')({ entry: 'a.md', base, data })).toThrow(
      'content/policies/a.md: field "attachments.0.title" contains the invisible control character U+202E',
    );
    expect(unsafeCharPath({ summary: '第一段\n第二段\t完' })).toBeUndefined();
  });
  test('refuses a body over the size limit or with an overlong line', () => {
    write('a.md', 'title: x', `${'正文。'.repeat(7_000)}\n`);
    expect(() => entryIdFrom('content/policies')({ entry: 'a.md', base, data: {} })).toThrow(
      /content\/policies\/a\.md: field "body": line 4 has 21,000 characters/,
    );
  });
});
