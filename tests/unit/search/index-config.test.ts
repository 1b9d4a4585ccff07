import { describe, expect, test } from 'vitest';
import { indexEntries } from '../../../src/search/index-config';
import { nameKey } from '../../../src/search/name-keys';

describe('indexEntries', () => {
  test('gives a law its filters, its title split into words, its name keys, its meta and its date', () => {
    const entries = indexEntries('中华人民共和国劳动合同法', {
      type: '政策文件',
      date: new Date('2012-12-28T00:00:00Z'),
      filters: { topic: ['劳动合同', '试用期'], status: ['现行有效'] },
      meta: { docNumber: '主席令第七十三号', note: undefined },
      shortTitle: '劳动合同法',
    });
    expect(entries.shortTitle).toBe('劳动合同法');
    expect(entries.filters).toEqual(['type:政策文件', 'topic:劳动合同', 'topic:试用期', 'status:现行有效']);
    expect(entries.meta[0]).toBe('type:政策文件');
    expect(entries.meta[1]).toMatch(/^name:中华.*劳动 合同 法$/);
    expect(entries.meta[2]).toBe(`key:${nameKey('中华人民共和国劳动合同法')} ${nameKey('劳动合同法')}`);
    // A meta value left undefined is not written.
    expect(entries.meta.slice(3)).toEqual(['docNumber:主席令第七十三号']);
    expect(entries.date).toBe('2012-12-28');
  });
  test('turns commas in values full-width, since Pagefind splits "key:value, key:value" at them', () => {
    const entries = indexEntries('标题', {
      type: '课程',
      filters: { topic: ['工资,社保'] },
      meta: { docNumber: 'a,b' },
    });
    expect(entries.filters).toEqual(['type:课程', 'topic:工资，社保']);
    expect(entries.meta).toContain('docNumber:a，b');
    expect(entries.date).toBeUndefined();
    expect(entries.shortTitle).toBeUndefined();
  });
});
