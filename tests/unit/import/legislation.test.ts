// Local legislation and ministry rules saved without a category folder: their category and
// issuer come from the header, the promulgation order and the title. The texts are made-up
// examples in the official layouts (the law corpus holds national texts only).
import { describe, expect, test } from 'vitest';
import { categoryFromFolders, legislationKind } from '../../../scripts/import/category';
import { issuerFromHistory, localIssuerIn, readHistory } from '../../../scripts/import/history';
import { inferCandidate, type Candidate } from '../../../scripts/import/infer';
import { readPromulgation } from '../../../scripts/import/promulgation';
import { parseTextSource } from '../../../scripts/import/text-source';
import type { ParsedDocument } from '../../../scripts/import/types';

/** A .txt as the importer reads it, from a folder that names no category. */
function infer(text: string, folders = ['uploads']): Candidate {
  const doc = parseTextSource(text) as ParsedDocument;
  return inferCandidate(doc, { source: 'x.txt', folders, today: '2025-07-01' }) as Candidate;
}

const GOVERNMENT_ORDER = [
  '北京市人民政府令',
  '第290号',
  '《北京市示例管理办法》已经2019年12月3日市人民政府第57次常务会议审议通过，现予公布，自2020年3月1日起施行。',
  '市长　陈吉宁',
  '2019年12月20日',
  '北京市示例管理办法',
  '第一条　为了规范示例管理，制定本办法。',
].join('\n');

const CONGRESS_ANNOUNCEMENT = [
  '广东省人民代表大会常务委员会公告',
  '（第12号）',
  '《广东省示例条例》已由广东省第十三届人民代表大会常务委员会第十次会议于2019年3月28日通过，现予公布，自2019年7月1日起施行。',
  '广东省人民代表大会常务委员会',
  '2019年3月28日',
  '广东省示例条例',
  '（2019年3月28日广东省第十三届人民代表大会常务委员会第十次会议通过）',
  '第一条　为了示例，制定本条例。',
].join('\n');

const MINISTRY_ORDER = [
  '中华人民共和国人力资源和社会保障部令',
  '第47号',
  '《示例管理办法》已经2021年11月10日人力资源社会保障部第56次部务会议审议通过，现予公布，自2022年1月1日起施行。',
  '部长　张纪南',
  '2021年12月1日',
  '示例管理办法',
  '第一条　为了示例，制定本办法。',
].join('\n');

describe('issuers in header lines', () => {
  const issuer = (line: string) => issuerFromHistory(readHistory([line]), [line]);
  test('（2019年3月28日XX省第十三届人民代表大会常务委员会第十次会议通过）', () => {
    expect(issuer('（2019年3月28日广东省第十三届人民代表大会常务委员会第十次会议通过）')).toBe(
      '广东省人民代表大会常务委员会',
    );
    expect(issuer('（2018年1月25日内蒙古自治区第十三届人民代表大会第一次会议通过）')).toBe('内蒙古自治区人民代表大会');
  });
  test("a city's regulation approved by the province: the city's standing committee", () => {
    expect(
      issuer(
        '（2019年3月28日广州市第十五届人民代表大会常务委员会第二十三次会议通过　2019年5月31日广东省第十三届人民代表大会常务委员会第十二次会议批准）',
      ),
    ).toBe('广州市人民代表大会常务委员会');
  });
  test('XX市人民政府令 第12号, in a history line or on a line of its own', () => {
    expect(issuer('2019年3月20日 广州市人民政府令第12号公布')).toBe('广州市人民政府');
    expect(issuerFromHistory([], ['广州市人民政府令 第12号'])).toBe('广州市人民政府');
  });
  test('a national administration whose name holds 市场 is no city', () => {
    expect(issuer('（2019年11月30日国家市场监督管理总局令第20号公布）')).toBe('国家市场监督管理总局');
    expect(localIssuerIn('国家市场监督管理总局令第20号')).toBeUndefined();
  });
});

describe('readPromulgation', () => {
  test('reads a government order: heading, number, 现予公布, signature and date', () => {
    expect(readPromulgation(GOVERNMENT_ORDER.split('\n'))).toEqual({
      info: [
        '2019年12月3日 北京市人民政府第57次常务会议通过',
        '2019年12月20日 北京市人民政府令第290号公布',
        '2020年3月1日 施行',
      ],
      title: '北京市示例管理办法',
      length: 5,
    });
  });
  test('reads a number with the heading on one line, and 自公布之日起施行', () => {
    const order = readPromulgation([
      '广州市人民政府令 第12号',
      '《广州市示例规定》已经2019年3月1日市人民政府第80次常务会议通过，现予公布，自公布之日起施行。',
      '市长　温国辉',
      '2019年3月20日',
      '广州市示例规定',
    ]);
    expect(order?.info).toEqual([
      '2019年3月1日 广州市人民政府第80次常务会议通过',
      '2019年3月20日 广州市人民政府令第12号公布',
      '2019年3月20日 施行',
    ]);
  });
  test('reads "第X号 … 已经…通过，现予公布" without a heading, taking the place from the title', () => {
    const order = readPromulgation([
      '第12号',
      '《广州市示例办法》已经2019年3月1日市人民政府第80次常务会议通过，现予公布，自2019年5月1日起施行。',
      '2019年3月20日',
      '广州市示例办法',
    ]);
    expect(order).toEqual({
      info: [
        '2019年3月1日 广州市人民政府第80次常务会议通过',
        '2019年3月20日 广州市人民政府令第12号公布',
        '2019年5月1日 施行',
      ],
      title: '广州市示例办法',
      length: 3,
    });
  });
  test("reads a congress's announcement (公告)", () => {
    expect(readPromulgation(CONGRESS_ANNOUNCEMENT.split('\n'))?.info).toEqual([
      '2019年3月28日 广东省第十三届人民代表大会常务委员会第十次会议通过',
      '2019年3月28日 广东省人民代表大会常务委员会公告第12号公布',
      '2019年7月1日 施行',
    ]);
  });
  test('is undefined for a text that opens with its title, or a heading without 现予公布', () => {
    expect(readPromulgation(['广东省示例条例', '第一条　内容。'])).toBeUndefined();
    expect(readPromulgation(['北京市人民政府令', '第一条　内容。', '第二条　内容。'])).toBeUndefined();
  });
});

describe('inferring the category when the folder says nothing', () => {
  test('地方性法规: a provincial standing committee adopting a 条例 (header line)', () => {
    const candidate = infer(
      '广东省示例条例\n（2019年3月28日广东省第十三届人民代表大会常务委员会第十次会议通过）\n第一条　为了示例，制定本条例。',
    );
    expect(candidate).toMatchObject({
      title: '广东省示例条例',
      issuer: '广东省人民代表大会常务委员会',
      issueDate: '2019-03-28',
      category: 'local-regulation',
    });
    expect(candidate.notes).toContain('category local-regulation (地方性法规) from issuer and title');
    expect(candidate.notes).not.toContain('category fallback normative-document');
  });

  test("地方性法规: a congress's announcement on top, which does not become the title", () => {
    const candidate = infer(CONGRESS_ANNOUNCEMENT);
    expect(candidate).toMatchObject({
      title: '广东省示例条例',
      issuer: '广东省人民代表大会常务委员会',
      issueDate: '2019-03-28',
      effectiveDate: '2019-07-01',
      category: 'local-regulation',
    });
    expect(candidate.body).toBe('第一条　为了示例，制定本条例。');
  });

  test('地方政府规章: a city government issuing a 办法 by 令', () => {
    const candidate = infer(GOVERNMENT_ORDER);
    expect(candidate).toMatchObject({
      title: '北京市示例管理办法',
      issuer: '北京市人民政府',
      docNumber: '北京市人民政府令第290号',
      issueDate: '2019-12-03',
      effectiveDate: '2020-03-01',
      category: 'local-government-rule',
      notes: expect.arrayContaining(['category local-government-rule (地方政府规章) from issuer and title']),
    });
    expect(candidate.body).toBe('第一条　为了规范示例管理，制定本办法。');
  });

  test('部门规章: a ministry issuing a 办法 by 令', () => {
    expect(infer(MINISTRY_ORDER)).toMatchObject({
      title: '示例管理办法',
      issuer: '人力资源社会保障部',
      docNumber: '中华人民共和国人力资源和社会保障部令第47号',
      category: 'department-rule',
      notes: expect.arrayContaining(['category department-rule (部门规章) from issuer and title']),
    });
  });

  test('部门规章: a national administration issuing a 规定 by 令, named in the header line', () => {
    expect(infer('示例监督管理规定\n（2019年11月30日国家市场监督管理总局令第20号公布）\n第一条　内容。')).toMatchObject(
      {
        issuer: '国家市场监督管理总局',
        category: 'department-rule',
      },
    );
  });

  test('neither: a decision of a standing committee, a 办法 a government office circulates, a local bureau', () => {
    const decision = infer(
      '广东省人民代表大会常务委员会关于示例的决定\n（2019年3月28日广东省第十三届人民代表大会常务委员会第十次会议通过）\n一、内容。',
    );
    expect(decision).toMatchObject({
      category: 'normative-document',
      notes: expect.arrayContaining(['category fallback normative-document']),
    });
    expect(infer('北京市示例办法\n（2019年3月28日北京市人民政府办公厅印发）\n第一条　内容。').category).toBe(
      'normative-document',
    );
    expect(legislationKind('北京市公安局', '北京市示例管理规定', true)).toBeUndefined();
    expect(legislationKind('北京市人民政府', '北京市示例管理办法', false)).toBeUndefined();
  });

  test('never overrides a category folder', () => {
    expect(categoryFromFolders(['laws-cn', '行政法规']).fallback).toBe(false);
    expect(infer(GOVERNMENT_ORDER, ['laws-cn', '行政法规']).category).toBe('administrative-regulation');
  });

  test('reads a title ending in （试行） by what comes before it', () => {
    expect(legislationKind('广东省人民代表大会常务委员会', '广东省示例条例（试行）', false)).toBe('地方性法规');
    expect(legislationKind('公安部', '示例管理规定（暂行）', true)).toBe('部门规章');
  });
});
