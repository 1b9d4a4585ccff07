import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { atomFeed, sitemap } from '../../../src/lib/feeds';
import { policyLd } from '../../../src/lib/structured-data';

const entry = (title: string, day: string) => ({
  title,
  url: `https://example.org/policies/${day}/`,
  updated: new Date(`${day}T00:00:00Z`),
  summary: `${title}的摘要 <b>&</b>`,
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: '流动党员学习园地 · 政策文件',
    subtitle: '新发布的政策文件',
    self: 'https://example.org/feeds/policies.xml',
    home: 'https://example.org/policies/',
    author: '组织部',
    entries: [entry('旧通知', '2026-01-02'), entry('新办法 "试行"', '2026-03-04'), entry('中间的', '2026-02-03')],
  });

  test('is well-formed XML with the entries newest first', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.entry.map((e: { title: string }) => e.title)).toEqual(['新办法 "试行"', '中间的', '旧通知']);
    expect(feed.updated).toBe('2026-03-04T00:00:00.000Z');
    expect(feed.entry[0].summary).toBe('新办法 "试行"的摘要 <b>&</b>');
  });

  test('keeps only the newest entries beyond the limit', () => {
    const many = atomFeed(
      {
        title: 't',
        subtitle: 's',
        self: 'https://e.org/f.xml',
        home: 'https://e.org/',
        author: 'a',
        entries: [entry('a', '2026-01-01'), entry('b', '2026-01-02')],
      },
      1,
    );
    expect(many.match(/<entry>/g)).toHaveLength(1);
    expect(many).toContain('<title>b</title>');
  });
});

describe('sitemap', () => {
  test('lists each address once, sorted, as valid XML', () => {
    const xml = sitemap(['https://e.org/b/', 'https://e.org/a/', 'https://e.org/b/']);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://e.org/a/',
      'https://e.org/b/',
    ]);
  });
});

describe('structured data', () => {
  test('a policy without a document number or date leaves those fields out', () => {
    const ld = policyLd({
      url: 'https://e.org/p/',
      title: '办法',
      summary: '摘要',
      issuer: '组织部',
      status: 'repealed',
    });
    expect(ld).not.toHaveProperty('legislationIdentifier');
    expect(ld).not.toHaveProperty('legislationDate');
    expect(ld.legislationLegalForce).toBe('https://schema.org/NotInForce');
  });
});
