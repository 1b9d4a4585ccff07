import { describe, expect, test } from 'vitest';
import { categoryFromFolders } from '../../../scripts/import/category';
import {
  effectiveFromArticles,
  inferCandidate,
  issuerFromBody,
  UNKNOWN_ISSUER,
  type Candidate,
  type InferContext,
} from '../../../scripts/import/infer';
import { markdownBlocks, parseMarkdownSource } from '../../../scripts/import/markdown-source';
import type { ParsedDocument, Skip } from '../../../scripts/import/types';

const TODAY = '2025-07-01';

function infer(markdown: string, context: Partial<InferContext> = {}): Candidate | Skip {
  const doc = parseMarkdownSource(markdown) as ParsedDocument;
  return inferCandidate(doc, { source: 'x.md', folders: ['corpus', '社会法'], today: TODAY, ...context });
}

const law = (history: string, body = '第一条 为了示例，制定本法。') =>
  `# 中华人民共和国示例法\n\n${history}\n\n<!-- INFO END -->\n\n${body}\n`;

describe('categoryFromFolders', () => {
  test('reads the category from the corpus folder', () => {
    expect(categoryFromFolders(['laws-cn', '宪法'])).toEqual({ category: 'constitution', fallback: false });
    expect(categoryFromFolders(['laws-cn', '诉讼与非诉讼程序法'])).toMatchObject({ category: 'law' });
    expect(categoryFromFolders(['laws-cn', '司法解释'])).toMatchObject({ category: 'judicial-interpretation' });
    expect(categoryFromFolders(['laws-cn', '案例', '劳动人事'])).toMatchObject({ category: 'case' });
    // Filed under the law it applies, a case note is still a case.
    expect(categoryFromFolders(['laws-cn', '案例', '民法典'])).toMatchObject({ category: 'case' });
  });
  test('takes the department from the folder under 部门规章', () => {
    expect(categoryFromFolders(['laws-cn', '部门规章', '公安部'])).toEqual({
      category: 'department-rule',
      department: '公安部',
      fallback: false,
    });
  });
  test('falls back to normative-document for 其他 and for unknown folders, and says so', () => {
    expect(categoryFromFolders(['laws-cn', '其他'])).toEqual({ category: 'normative-document', fallback: true });
    expect(categoryFromFolders(['uploads'])).toEqual({ category: 'normative-document', fallback: true });
  });
});

describe('inferCandidate', () => {
  test('takes the issue date and issuer from the first history line', () => {
    expect(infer(law('2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过'))).toMatchObject({
      issueDate: '2007-06-29',
      issuer: '全国人民代表大会常务委员会',
      category: 'law',
      status: 'in-force',
    });
  });
  test('takes the issue date from the file name when there is no history, and notes it', () => {
    const candidate = infer('# 最高人民法院关于示例的解释\n\n<!-- INFO END -->\n\n第一条 内容。\n', {
      folders: ['c', '司法解释'],
      fileDate: '2021-01-01',
    });
    expect(candidate).toMatchObject({
      issueDate: '2021-01-01',
      notes: expect.arrayContaining(['issueDate from file name']),
    });
  });
  test('imports a document with no date at all without an issue date, and notes it', () => {
    const candidate = infer('# 无日期\n\n<!-- INFO END -->\n\n正文。\n') as Candidate;
    expect(candidate).not.toHaveProperty('skip');
    expect(candidate).not.toHaveProperty('issueDate');
    expect(candidate).not.toHaveProperty('fileDate');
    expect(candidate).not.toHaveProperty('effectiveDate');
    expect(candidate).toMatchObject({
      title: '无日期',
      issuer: '全国人民代表大会常务委员会',
      category: 'law',
      status: 'in-force',
      versionDate: '',
    });
    expect(candidate.notes).toEqual([
      'summary generated',
      'issueDate unknown (no history line, no date in the file name)',
      'issuer from category',
    ]);
    expect(candidate.summary).toBe('《无日期》，全国人民代表大会常务委员会发布。正文。');
  });
  test('does not note an unknown issue date when the history or the file name gives one', () => {
    const fromHistory = infer(law('2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过')) as Candidate;
    const fromFileName = infer('# 示例\n\n<!-- INFO END -->\n\n正文。\n', { fileDate: '2014-01-01' }) as Candidate;
    for (const candidate of [fromHistory, fromFileName])
      expect(candidate.notes.filter((note) => note.startsWith('issueDate unknown'))).toEqual([]);
  });
  test("falls back to the category's usual issuer: 国务院 for an administrative regulation", () => {
    const candidate = infer('# 示例条例\n\n<!-- INFO END -->\n\n第一条 内容。\n', {
      folders: ['c', '行政法规'],
      fileDate: '2001-01-01',
    });
    expect(candidate).toMatchObject({ issuer: '国务院', notes: expect.arrayContaining(['issuer from category']) });
  });
  test("takes a judicial interpretation's issuer from its title", () => {
    const candidate = infer('# 最高人民法院关于示例的解释\n\n<!-- INFO END -->\n\n第一条 内容。\n', {
      folders: ['司法解释'],
      fileDate: '2021-01-01',
    });
    expect(candidate).toMatchObject({ issuer: '最高人民法院', notes: expect.arrayContaining(['issuer from title']) });
  });
  test("takes a department rule's issuer from its folder", () => {
    const candidate = infer('# 示例规定\n\n<!-- INFO END -->\n\n第一条 内容。\n', {
      folders: ['部门规章', '公安部'],
      fileDate: '2021-01-01',
    });
    expect(candidate).toMatchObject({ issuer: '公安部', category: 'department-rule' });
  });
  test('writes 未注明 for a document whose issuer cannot be known, notes it, and leaves it out of the summary', () => {
    const candidate = infer('# 说明\n\n<!-- INFO END -->\n\n正文。\n', {
      folders: ['其他'],
      fileDate: '2014-01-01',
    }) as Candidate;
    expect(UNKNOWN_ISSUER).toBe('未注明');
    expect(candidate).toMatchObject({
      issuer: UNKNOWN_ISSUER,
      issueDate: '2014-01-01',
      category: 'normative-document',
    });
    expect(candidate.notes).toEqual([
      'summary generated',
      'category fallback normative-document',
      'issueDate from file name',
      'issuer unknown (未注明)',
    ]);
    expect(candidate.summary).toBe('《说明》，2014年1月1日发布。正文。');
  });
  test('imports a document with neither date nor issuer, with a summary that names neither', () => {
    const candidate = infer('# 说明\n\n<!-- INFO END -->\n\n正文。\n', { folders: ['其他'] }) as Candidate;
    expect(candidate).not.toHaveProperty('issueDate');
    expect(candidate.issuer).toBe(UNKNOWN_ISSUER);
    expect(candidate.notes).toEqual(
      expect.arrayContaining([
        'issueDate unknown (no history line, no date in the file name)',
        'issuer unknown (未注明)',
      ]),
    );
    expect(candidate.summary).toBe('《说明》。正文。');
  });
  test('takes the issuer from the opening text when nothing else names it, and notes it', () => {
    const candidate = infer(
      '# 拖欠工资的，劳动者可以解除合同\n\n<!-- INFO END -->\n\n## 裁判要点\n\n本案例由最高人民法院发布。\n',
      { folders: ['案例', '劳动人事'] },
    ) as Candidate;
    expect(candidate).toMatchObject({ issuer: '最高人民法院', category: 'case' });
    expect(candidate).not.toHaveProperty('issueDate');
    expect(candidate.notes).toContain('issuer from opening text');
    expect(candidate.notes).not.toContain('issuer unknown (未注明)');
    expect(candidate.summary).toBe('《拖欠工资的，劳动者可以解除合同》，最高人民法院发布。本案例由最高人民法院发布。');
  });
  test('prefers the history, category, department folder and title over the opening text', () => {
    const body = '本规定经国务院批准。\n\n第一条 内容。';
    expect(infer(law('2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过', body))).toMatchObject({
      issuer: '全国人民代表大会常务委员会',
    });
    expect(infer(`# 示例规定\n\n<!-- INFO END -->\n\n${body}\n`, { folders: ['部门规章', '公安部'] })).toMatchObject({
      issuer: '公安部',
      notes: expect.not.arrayContaining(['issuer from opening text']),
    });
  });
  test('takes the effective date from a history line ending in 施行', () => {
    expect(infer(law('2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n2021年1月1日 施行'))).toMatchObject({
      effectiveDate: '2021-01-01',
    });
  });
  test('takes the effective date from 本法自…起施行 in an article, and notes it', () => {
    const body = '第一条 为了示例。\n\n第九十八条 本法自2008年1月1日起施行。';
    expect(infer(law('2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过', body))).toMatchObject({
      effectiveDate: '2008-01-01',
      notes: expect.arrayContaining(['effectiveDate from article text']),
    });
  });
  test('leaves out an effective date equal to the issue date', () => {
    expect(infer(law('1982年12月4日 全国人民代表大会公告公布施行'))).not.toHaveProperty('effectiveDate');
  });
  test('marks a document not yet effective when it takes effect after the import date', () => {
    expect(
      infer(law('2025年6月1日 第十四届全国人民代表大会常务委员会第九次会议通过\n\n2026年1月1日 施行')),
    ).toMatchObject({
      status: 'not-yet-effective',
    });
  });
  test('marks a document repealed when its history says 废止', () => {
    expect(
      infer(law('2001年1月1日 国务院令第1号发布\n\n2010年6月1日 国务院令第2号废止'), { folders: ['行政法规'] }),
    ).toMatchObject({
      status: 'repealed',
      docNumber: '国务院令第1号',
    });
  });
  test('counts articles, 第十条之一 apart from 第十条, and writes the summary', () => {
    const body = '第一条 甲。\n\n第十条 乙。\n\n第十条之一 丙。';
    const candidate = infer(law('2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过', body)) as Candidate;
    expect(candidate.summary).toBe(
      '《中华人民共和国示例法》，全国人民代表大会常务委员会2007年6月29日通过，共3条。第一条 甲。',
    );
  });
  test('titles a 民法典 part with its subtitle and keeps the subtitle as the first paragraph', () => {
    const candidate = infer(
      '# 中华人民共和国民法典\n\n# 合同编\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n<!-- INFO END -->\n\n## 第一分编 通则\n\n第四百六十三条 本编调整因合同产生的民事关系。\n',
    ) as Candidate;
    expect(candidate.title).toBe('中华人民共和国民法典 合同编');
    expect(candidate.body).toBe('合同编\n\n## 第一分编 通则\n\n第四百六十三条 本编调整因合同产生的民事关系。');
  });
  test('orders versions by the file name date', () => {
    expect(infer(law('2016年3月16日 通过'), { fileDate: '2023-12-29' })).toMatchObject({
      versionDate: '2023-12-29',
      issueDate: '2016-03-16',
    });
  });
});

describe('issuerFromBody', () => {
  const from = (...paragraphs: string[]) => issuerFromBody(paragraphs.map((text) => ({ kind: 'paragraph', text })));
  test('finds 最高人民法院, 最高人民检察院 or 国务院 in an opening paragraph', () => {
    expect(from('根据最高人民法院《关于案例指导工作的规定》，发布本案例。')).toEqual({
      issuer: '最高人民法院',
      note: 'issuer from opening text',
    });
    expect(from('最高人民检察院第十批指导性案例。')).toEqual({
      issuer: '最高人民检察院',
      note: 'issuer from opening text',
    });
    expect(from('经国务院同意，现予印发。')).toEqual({ issuer: '国务院', note: 'issuer from opening text' });
  });
  test('looks at the first three blocks only', () => {
    expect(from('甲。', '乙。', '本案由最高人民法院审理。')).toMatchObject({ issuer: '最高人民法院' });
    expect(from('甲。', '乙。', '丙。', '本案由最高人民法院审理。')).toBeUndefined();
  });
  test('takes the first paragraph that names one', () => {
    expect(from('经国务院同意。', '最高人民法院发布。')).toMatchObject({ issuer: '国务院' });
  });
  test('ignores headings', () => {
    expect(issuerFromBody([{ kind: 'heading', level: 2, text: '最高人民法院指导案例' }])).toBeUndefined();
    expect(
      issuerFromBody([
        { kind: 'heading', level: 2, text: '国务院' },
        { kind: 'paragraph', text: '本案由最高人民检察院办理。' },
      ]),
    ).toMatchObject({ issuer: '最高人民检察院' });
  });
  test('does not take a lower court or another body for an issuer', () => {
    expect(from('本案由北京市第一中级人民法院审理。', '人民检察院提起公诉。', '最高人民检察院')).toMatchObject({
      issuer: '最高人民检察院',
    });
    expect(from('本案由北京市第一中级人民法院审理。', '某区人民检察院提起公诉。')).toBeUndefined();
    expect(issuerFromBody([])).toBeUndefined();
  });
});

describe('effectiveFromArticles', () => {
  test('ignores a date that another law takes effect on', () => {
    expect(
      effectiveFromArticles(markdownBlocks(['第五条 《示例法》自2001年1月1日起施行后，依照该法处理。'])),
    ).toBeUndefined();
  });
});
