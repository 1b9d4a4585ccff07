import { describe, expect, test } from 'vitest';
import everyday from '../../../src/search/everyday-terms.json' with { type: 'json' };
import { readEverydayTerms } from '../../../src/search/everyday-terms';
import { markTerms } from '../../../src/search/excerpts';
import { searchSaved, type SavedContext, type SavedPage } from '../../../src/search/offline';
import type { SearchRequest } from '../../../src/search/plan';
import { parseCharacterTable } from '../../../src/search/traditional';

const terms = readEverydayTerms(everyday, 'src/search/everyday-terms.json');
const context: SavedContext = { everyday: terms };

/** A saved page: the title opens its reading text, as the h1 opens data-pagefind-body. */
function page(
  url: string,
  title: string,
  text: string,
  type = '课程',
  date?: string,
  topics: string[] = [],
): SavedPage {
  return { url, title, type, date, filters: { type: [type], topic: topics }, text: `${title} ${text}` };
}

const constitution = page(
  '/lessons/constitution-overview/',
  '认识党章：全党的根本行为规范',
  '党章是党的根本大法。离家越远，越要把党章当作随身带着的“说明书”，遇到拿不准的事，先翻一翻党章怎么说。',
  '课程',
  '2026-11-20',
  ['党章'],
);
const dues = page(
  '/lessons/party-dues-on-time/',
  '按时交纳党费',
  '流动党员在外务工，也要按月交纳党费。党费可以通过手机交纳，党支部会出具收据。',
  '课程',
  '2026-11-21',
  ['党费'],
);
const duties = page(
  '/lessons/member-duties-rights/',
  '党员的义务和权利',
  '党员要按照党章的规定履行义务。流动党员的组织生活由流入地党组织安排，费用由个人承担。',
  '课程',
  '2026-11-19',
);
const labour = page(
  '/policies/labour-contract-law/',
  '中华人民共和国劳动合同法',
  '第十九条 劳动合同期限三个月以上不满一年的，试用期不得超过一个月。第七十二条 社会保险费由用人单位和劳动者缴纳。第一条 为了完善劳动合同制度。',
  '政策文件',
  '2012-12-28',
);
const pages = [constitution, dues, duties, labour];

const ask = (query: string, more: Partial<SearchRequest> = {}): SearchRequest => ({
  query,
  cut: false,
  filters: {},
  sort: '',
  ...more,
});
const urls = (found: { results: { page: SavedPage }[] }) => found.results.map((r) => r.page.url);
/** The marked parts of an excerpt, as the page draws them in <mark>. */
const marked = (excerpt: string, words: string[]) =>
  markTerms(excerpt, words)
    .filter((part) => part.match)
    .map((part) => part.text);

describe('searchSaved', () => {
  test('finds the pages holding the word, with an excerpt around it and the word marked', () => {
    const found = searchSaved(pages, ask('说明书'), context);
    expect(found.path).toBe('all-words');
    expect(urls(found)).toEqual([constitution.url]);
    const [result] = found.results;
    expect(result!.allWords).toBe(true);
    expect(result!.excerpt).toContain('随身带着的“说明书”');
    expect(marked(result!.excerpt, found.terms)).toEqual(['说明书']);
  });

  test('a word split into a word and a lone character is found whole: 党费 is not 党 and 费 apart', () => {
    // The duties lesson says 党员 and 费用, never 党费.
    const found = searchSaved(pages, ask('党费'), context);
    expect(urls(found)).toEqual([dues.url]);
    expect(found.terms).toEqual(['党费']);
    expect(marked(found.results[0]!.excerpt, found.terms)).toContain('党费');
    expect(marked(found.results[0]!.excerpt, found.terms)).not.toContain('党');
  });

  test('pages holding every word come first, then (being few) pages holding some, with the words marked', () => {
    const found = searchSaved(pages, ask('流动党员 党章'), context);
    // Every word: the duties lesson (流动 党员 党章); the dues lesson lacks 党章, the constitution lesson 流动.
    expect(urls(found)[0]).toBe(duties.url);
    expect(found.results.map((r) => r.allWords)).toEqual([true, false, false]);
    expect(urls(found).slice(1).sort()).toEqual([constitution.url, dues.url].sort());
    expect(urls(found)).not.toContain(labour.url);
    // The typed run is marked whole where it stands together.
    expect(marked(found.results[0]!.excerpt, found.terms)).toContain('流动党员');
  });

  test('with many pages holding every word, pages holding only some are left out', () => {
    const many = Array.from({ length: 10 }, (_, n) => page(`/lessons/l${n}/`, `第${n}课`, '流动党员要学习党章。'));
    const found = searchSaved([...many, dues], ask('流动党员 党章'), context);
    expect(found.results).toHaveLength(10);
    expect(urls(found)).not.toContain(dues.url);
  });

  test('among pages holding every word: the typed phrase whole, then the title, then the most mentions', () => {
    const apart = page('/a/', '党员手册', '流动的人口中有不少党员，也都要学党章。');
    const together = page('/b/', '学习笔记', '流动党员学党章。');
    const titled = page('/c/', '党章学习', '流动党员学习。');
    const found = searchSaved([apart, together, titled], ask('流动党员 党章'), context);
    expect(urls(found)).toEqual(['/c/', '/b/', '/a/']);
    const counted = searchSaved(
      [page('/once/', '甲', '试用期。'), page('/twice/', '乙', '试用期，试用期。')],
      ask('试用期'),
      context,
    );
    expect(urls(counted)).toEqual(['/twice/', '/once/']);
  });

  test('a question is searched by its content words, and the page is told which words were left out', () => {
    const found = searchSaved(pages, ask('试用期最长多久'), context);
    expect(urls(found)).toEqual([labour.url]);
    expect(found.terms).toContain('试用期');
    expect(found.notes).toEqual([{ key: 'asked', params: { words: '多久' } }]);
  });

  test('an everyday word finds the legal term (社保 → 社会保险), marked in the excerpt', () => {
    const found = searchSaved(pages, ask('社保'), context);
    expect(urls(found)).toEqual([labour.url]);
    expect(marked(found.results[0]!.excerpt, found.terms)).toContain('社会保险');
  });

  test('an article number is one word: 第十九条 finds the article, not every 第 and 条', () => {
    const found = searchSaved(pages, ask('第19条'), context);
    expect(urls(found)).toEqual([labour.url]);
    expect(found.results[0]!.excerpt).toContain('第十九条 劳动合同期限');
    expect(searchSaved(pages, ask('第三十条'), context).results).toEqual([]);
  });

  test('a Traditional query is read in Simplified when the table is at hand, and searched as typed without it', () => {
    const simplified = parseCharacterTable('黨 党|費 费|說 说|明 明|書 书');
    const found = searchSaved(pages, ask('黨費'), { ...context, simplified });
    expect(urls(found)).toEqual([dues.url]);
    expect(found.notes).toEqual([{ key: 'converted', params: { query: '党费' } }]);
    // The reader reads the site in Traditional: no note.
    expect(searchSaved(pages, ask('黨費'), { ...context, simplified, readsTraditional: true }).notes).toEqual([]);
    expect(searchSaved(pages, ask('黨費'), context).results).toEqual([]);
  });

  test('filters keep the pages with the values chosen; newest first when sorted by date', () => {
    expect(urls(searchSaved(pages, ask('党章', { filters: { type: '课程' } }), context))).not.toContain(labour.url);
    expect(urls(searchSaved(pages, ask('党章', { filters: { topic: '党章' } }), context))).toEqual([constitution.url]);
    expect(urls(searchSaved(pages, ask('党员', { sort: 'date' }), context))).toEqual([dues.url, duties.url]);
    const browsed = searchSaved(pages, ask('', { sort: 'date' }), context);
    expect(browsed.path).toBe('browse');
    expect(urls(browsed)).toEqual([dues.url, constitution.url, duties.url, labour.url]);
  });

  test('nothing typed and nothing chosen asks for a query; a word found nowhere finds nothing', () => {
    expect(searchSaved(pages, ask('  '), context)).toEqual({ path: 'prompt', results: [], terms: [], notes: [] });
    const none = searchSaved(pages, ask('宅基地'), context);
    expect(none.results).toEqual([]);
    expect(none.notes).toEqual([]);
  });

  test('a query cut to the longest allowed says so', () => {
    expect(searchSaved(pages, ask('党费', { cut: true }), context).notes).toEqual([
      { key: 'tooLong', params: { max: 200 } },
    ]);
  });
});
