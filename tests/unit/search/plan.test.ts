import { describe, expect, test } from 'vitest';
import { articleAnchor, articleKey } from '../../../src/lib/articles';
import { nameKeys } from '../../../src/search/name-keys';
import {
  planSearch,
  searchOptions,
  wholeTerms,
  type FilterCounts,
  type PlanContext,
  type RawResult,
  type RawSearch,
  type SearchOptions,
  type SearchRequest,
} from '../../../src/search/plan';
import { segmentQuery } from '../../../src/search/segment';
import { parseCharacterTable, traditionalBitmap } from '../../../src/search/traditional';

/** A page of a small site: its title and text are indexed as Pagefind would, word by word. */
interface Doc {
  id: string;
  title: string;
  text: string;
  type?: string;
  date?: string;
  docNumber?: string;
  /** The page's rank filter (see RANK_FILTER). */
  rank?: 'governing' | 'interpreting' | 'superseded';
  /** The words as Pagefind's indexer splits them, where it differs from the browser (党费 whole). */
  indexWords?: string[];
  /** The articles the page anchors (a law's 第十九条), each indexed by its key (see articleKey). */
  articles?: string[];
}

interface Result extends RawResult {
  doc: Doc;
}

/**
 * A small in-memory Pagefind over plain documents: words split as the search page splits them,
 * every term of a search wanted, a term matching the words it begins (劳动 finds 劳动者) or a
 * name key of the title or an article's key, the score the number of matches (a key counts 5),
 * ties in site order.
 */
function site(docs: Doc[]) {
  const pages = docs.map((doc) => ({
    doc,
    words: doc.indexWords ?? segmentQuery(`${doc.title} ${doc.text}`),
    keys: [...nameKeys(doc.title), ...(doc.articles ?? []).map((label) => articleKey(articleAnchor(label)!)!)],
  }));
  const searches: (string | null)[] = [];
  const metaRead: string[] = [];
  let tables = 0;
  const counts = (results: Result[]): FilterCounts => {
    const type: Record<string, number> = {};
    for (const { doc } of results) if (doc.type) type[doc.type] = (type[doc.type] ?? 0) + 1;
    return { type };
  };
  const search = async (term: string | null, options: SearchOptions): Promise<RawSearch<Result>> => {
    searches.push(term);
    const chosen = pages.filter((page) =>
      Object.entries(options.filters).every(
        ([key, value]) =>
          (key === 'type' && page.doc.type === value) ||
          (key === 'rank' && page.doc.rank === value) ||
          (key === 'year' && `${page.doc.date?.slice(0, 4)}年` === value),
      ),
    );
    let results: Result[];
    if (term === null) {
      results = chosen.map((page) => ({ id: page.doc.id, score: 1, words: [], doc: page.doc }));
      if (options.sort) results.sort((a, b) => (b.doc.date ?? '').localeCompare(a.doc.date ?? ''));
    } else if (/^".+"$/.test(term)) {
      // Pagefind's exact search: the parts side by side. Here: the words from a position on
      // spell the phrase (the browser's segmenter splits text by context, 试用期工资 whole).
      const wanted = term.slice(1, -1);
      const spells = (words: string[], i: number) => {
        let text = '';
        for (let j = i; j < words.length && text.length < wanted.length; j++) text += words[j];
        return text.startsWith(wanted);
      };
      results = chosen.flatMap((page) => {
        const at = page.words.flatMap((word, i) => (wanted.startsWith(word) && spells(page.words, i) ? [i] : []));
        return at.length > 0 ? [{ id: page.doc.id, score: at.length, words: at, doc: page.doc }] : [];
      });
      results.sort((a, b) => b.score - a.score);
    } else {
      const terms = term.split(' ').filter((t) => t.length > 0);
      results = chosen.flatMap((page) => {
        // Pagefind splits each term again as the browser does (试用期 → 试用 期): every part
        // must begin some word of the page.
        const where = (part: string) => page.words.flatMap((word, i) => (word.startsWith(part) ? [i] : []));
        const at = terms.map((t) => {
          const parts = segmentQuery(t).map(where);
          return parts.every((list) => list.length > 0) ? parts.flat() : [];
        });
        const keyed = terms.map((t) => page.keys.includes(t));
        if (terms.length === 0 || !terms.every((_, i) => at[i]!.length > 0 || keyed[i])) return [];
        const score = at.reduce((sum, list) => sum + list.length, 0) + 5 * keyed.filter(Boolean).length;
        return [{ id: page.doc.id, score, words: at.flat().sort((a, b) => a - b), doc: page.doc }];
      });
      results.sort((a, b) => b.score - a.score);
    }
    return { results, filters: counts(results) };
  };
  const table = parseCharacterTable('試 试|勞 劳|動 动|長 长|險 险|保 保');
  const context: PlanContext<Result> = {
    search,
    meta: async (result) => {
      metaRead.push(result.id);
      return { title: result.doc.title, docNumber: result.doc.docNumber };
    },
    simplifiedTable: async () => {
      tables += 1;
      return table;
    },
    traditional: traditionalBitmap(table),
    everyday: { 社保: ['社会保险'], 加班: ['延长工作时间'] },
    readsTraditional: false,
  };
  return { context, searches, metaRead, tables: () => tables };
}

const ask = (query: string, more: Partial<SearchRequest> = {}): SearchRequest => ({
  query,
  cut: false,
  filters: {},
  sort: '',
  ...more,
});
const ids = (results: { id: string }[]) => results.map((r) => r.id);

describe('planSearch without a query', () => {
  const { context, searches } = site([
    { id: 'law', title: '劳动合同法', text: '试用期', type: '政策文件', date: '2008-01-01' },
    { id: 'lesson', title: '试用期的那些规矩', text: '试用期', type: '课程', date: '2025-03-01' },
    { id: 'rules', title: '党费收缴办法', text: '党费', type: '政策文件', date: '2024-06-01' },
  ]);

  test('asks for a query, searching nothing, and says when a query was cut', async () => {
    const plan = await planSearch(ask(''), context);
    expect(plan).toEqual({
      paths: ['prompt'],
      results: [],
      terms: [],
      article: undefined,
      notes: [],
      counts: undefined,
      partialFrom: 0,
      partialHidden: false,
      weak: false,
      suggestions: [],
      wanted: [],
    });
    expect(searches).toEqual([]);
    expect((await planSearch(ask('', { cut: true }), context)).notes).toEqual([
      { key: 'tooLong', params: { max: 200 } },
    ]);
  });

  test('browses by filters and sort: the pages that fit, newest first, with their counts', async () => {
    const plan = await planSearch(ask('', { filters: { type: '政策文件' }, sort: 'date' }), context);
    expect(plan.paths).toEqual(['browse']);
    expect(ids(plan.results)).toEqual(['rules', 'law']);
    expect(plan.counts).toEqual({ type: { 政策文件: 2 } });
    expect(searches.at(-1)).toBeNull();
  });
});

describe('planSearch for every word', () => {
  test('lists pages with every word, then pages with some of them, and highlights the typed phrase', async () => {
    const { context, searches } = site([
      { id: 'wages', title: '拖欠工资', text: '拖欠工资可以申请支付令' },
      { id: 'probation', title: '试用期工资', text: '试用期工资不得低于最低档工资' },
      { id: 'term', title: '试用期期限', text: '试用期最长六个月' },
    ]);
    const plan = await planSearch(ask('试用期 工资'), context);
    expect(plan.paths).toEqual(['all-words', 'partial']);
    // term holds two of the words (试用, 期), wages one (工资).
    expect(ids(plan.results)).toEqual(['probation', 'term', 'wages']);
    // 试用 + 期 joined as the pages hold it: 期 alone would be marked all over the text.
    expect(plan.terms).toEqual(['试用期', '工资']);
    expect(plan.notes).toEqual([]);
    // Whether some page holds 试用 and 期 side by side (it does), all the words together, 试用期
    // by its parts and as a phrase, 工资 alone, then the three rank filters; a query with a space
    // names no document.
    expect(searches).toEqual(['"试用期"', '试用期 工资', '试用 期', '"试用期"', '工资', '"工资"', null, null, null]);
  });

  test('puts the page where the words stand together before one that mentions them apart', async () => {
    const filler = '其他内容'.repeat(40);
    const { context } = site([
      { id: 'note', title: '消费提示', text: `欺诈 欺诈 欺诈 ${filler} 三倍` },
      { id: 'law', title: '消费者权益保护法', text: '经营者有欺诈行为的，增加赔偿的金额为价款的三倍' },
    ]);
    const plan = await planSearch(ask('欺诈 三倍'), context);
    expect(plan.paths).toEqual(['all-words']);
    expect(ids(plan.results)).toEqual(['law', 'note']);
  });
});

describe('planSearch for some words', () => {
  test('leaves out a word found nowhere and says so', async () => {
    const { context, searches } = site([{ id: 'wages', title: '拖欠工资', text: '拖欠工资可以申请支付令' }]);
    const plan = await planSearch(ask('工资 xyz'), context);
    expect(plan.paths).toEqual(['some-words']);
    expect(ids(plan.results)).toEqual(['wages']);
    expect(plan.notes).toEqual([{ key: 'dropped', params: { words: 'xyz' } }]);
    // The words typed stay highlighted; the one left out is found nowhere anyway.
    expect(plan.terms).toEqual(['工资', 'xyz']);
    // 工资 is checked by the exact search too (Pagefind's fallback, see wordSearches).
    expect(searches).toEqual(['工资 xyz', '工资', '"工资"', 'xyz', '工资']);
  });

  test('leaves out the last words until some page holds the rest', async () => {
    const { context } = site([
      { id: 'wages', title: '拖欠工资', text: '拖欠工资' },
      { id: 'insurance', title: '社会保险', text: '社会保险' },
    ]);
    const plan = await planSearch(ask('工资 保险'), context);
    expect(plan.paths).toEqual(['some-words']);
    expect(ids(plan.results)).toEqual(['wages']);
    expect(plan.notes).toEqual([{ key: 'dropped', params: { words: '保险' } }]);
  });

  test('says nothing was left out when nothing was found at all', async () => {
    const { context } = site([{ id: 'wages', title: '拖欠工资', text: '拖欠工资' }]);
    const plan = await planSearch(ask('xyz abc'), context);
    expect(plan.paths).toEqual(['some-words']);
    expect(plan.results).toEqual([]);
    expect(plan.notes).toEqual([]);
  });
});

describe('planSearch for an article', () => {
  test('puts the law the query names first, and shows the article asked for in digits', async () => {
    const { context } = site([
      { id: 'notes', title: '劳动合同法解读', text: '劳动合同法 劳动合同法 劳动合同法 第十九条' },
      { id: 'law', title: '中华人民共和国劳动合同法', text: '第十九条 试用期不得超过一个月', articles: ['第十九条'] },
    ]);
    const plan = await planSearch(ask('劳动合同法第19条'), context);
    expect(plan.paths).toEqual(['all-words', 'article', 'named']);
    expect(ids(plan.results)).toEqual(['law', 'notes']);
    expect(plan.article).toBe('第十九条');
    expect(plan.terms).toEqual(['劳动', '合同法', '第十九条']);
  });

  test('puts first the part of a law that holds the article', async () => {
    const { context } = site([
      {
        id: 'contract',
        title: '中华人民共和国民法典 合同编',
        text: '第四百六十四条 合同是民事主体之间的协议',
        articles: ['第四百六十四条'],
      },
      {
        id: 'tort',
        title: '中华人民共和国民法典 侵权责任编',
        text: '第一千二百六十条 本法自2021年1月1日起施行',
        articles: ['第一千二百六十条'],
      },
      { id: 'study', title: '民法典学习笔记', text: '民法典第一千二百六十条规定了施行日期' },
    ]);
    const plan = await planSearch(ask('民法典 第1260条'), context);
    expect(plan.paths).toEqual(['all-words', 'article', 'named']);
    expect(ids(plan.results)).toEqual(['tort', 'contract', 'study']);
    expect(plan.article).toBe('第一千二百六十条');
  });

  test('finds the part holding the article by its key, however the index split its number', async () => {
    const name = ['中华人民共和国', '民法典'];
    const { context, searches } = site([
      {
        id: 'tort',
        title: '民法典 侵权责任编',
        text: '',
        indexWords: [...name, '侵权', '第一', '千', '二百', '六十', '条'],
        articles: ['第一千二百六十条'],
      },
      {
        id: 'family',
        title: '民法典 婚姻家庭编',
        text: '',
        // As the indexer split it on the corpus; the browser splits the query 第一 千 零 七 十九条.
        indexWords: [...name, '离婚', '第一', '千', '零', '七十', '九条'],
        articles: ['第一千零七十九条'],
      },
    ]);
    const plan = await planSearch(ask('民法典第一千零七十九条'), context);
    expect(ids(plan.results)[0]).toBe('family');
    expect(searches).toContain('_a1079z');
    // Asked by number alone, the same: the key, not the words.
    const alone = await planSearch(ask('第一千零七十九条'), context);
    expect(ids(alone.results)).toEqual(['family']);
    expect(alone.terms).toEqual(['第一千零七十九条']);
    // The browser's segmenter cuts 第二百六十四条 as 第二 百 六 十四条: still the one article.
    const { context: criminal, searches: asked } = site([
      {
        id: 'theft',
        title: '刑法',
        text: '',
        indexWords: ['第二', '百', '六十', '四条'],
        articles: ['第二百六十四条'],
      },
      { id: 'other', title: '规定', text: '', indexWords: ['第二', '百', '六', '十四条', '规定'] },
    ]);
    expect(ids((await planSearch(ask('第二百六十四条'), criminal)).results)).toEqual(['theft']);
    expect(asked[0]).toBe('_a264z');
  });
});

describe('planSearch for a document number', () => {
  const docs: Doc[] = [
    { id: 'citing', title: '工作提示', text: '依据清组发〔2025〕12号和清组发〔2025〕12号附件' },
    { id: 'other', title: '报到须知', text: '第12条', docNumber: '清组发〔2025〕1号' },
    { id: 'notice', title: '关于流动党员管理的通知', text: '各党支部要做好管理', docNumber: '清组发〔2025〕12号' },
  ];

  test('puts the document with that number first, whatever brackets were typed', async () => {
    const { context, metaRead } = site(docs.map((d) => ({ ...d, text: `${d.docNumber ?? ''} ${d.text}` })));
    const plan = await planSearch(ask('清组发[2025]12号'), context);
    expect(plan.paths).toEqual(['all-words', 'doc-number']);
    expect(ids(plan.results)).toEqual(['notice', 'citing', 'other']);
    expect(metaRead.sort()).toEqual(['citing', 'notice', 'other']);
  });

  test('matches the number without its issuer', async () => {
    const { context } = site(docs.map((d) => ({ ...d, text: `${d.docNumber ?? ''} ${d.text}` })));
    expect(ids((await planSearch(ask('〔2025〕12号'), context)).results)[0]).toBe('notice');
  });
});

describe('planSearch for Traditional characters', () => {
  const docs: Doc[] = [
    { id: 'probation', title: '试用期的那些规矩', text: '试用期最长不得超过六个月' },
    { id: 'wages', title: '试用期工资', text: '试用期工资不得低于最低档工资' },
  ];

  test('searches in Simplified characters, and says so', async () => {
    const { context, searches } = site(docs);
    const plan = await planSearch(ask('試用期'), context);
    expect(plan.paths).toEqual(['traditional', 'all-words']);
    expect(plan.notes).toEqual([{ key: 'converted', params: { query: '试用期' } }]);
    expect(ids(plan.results)).toEqual(['probation', 'wages']);
    // The query in Traditional characters is never searched as it is.
    expect(searches.filter((term) => term?.includes('試'))).toEqual([]);
  });

  test('says nothing to a reader of the site in Traditional characters', async () => {
    const { context } = site(docs);
    const plan = await planSearch(ask('試用期'), { ...context, readsTraditional: true });
    expect(plan.paths).toEqual(['traditional', 'all-words']);
    expect(plan.notes).toEqual([]);
  });

  test('fetches the table for a Chinese query that finds nothing, and searches it once when it has no Traditional character', async () => {
    const { context, searches, tables } = site(docs);
    const plan = await planSearch(ask('党费'), context);
    expect(tables()).toBe(1);
    expect(plan.results).toEqual([]);
    expect(searches.filter((s) => s === '党 费')).toHaveLength(1);
  });

  test('reads a Traditional question as a question, notes in order', async () => {
    const { context } = site(docs);
    const plan = await planSearch(ask('試用期最長多久', { cut: true }), context);
    expect(plan.paths).toEqual(['traditional', 'question']);
    expect(plan.notes.map((n) => n.key)).toEqual(['tooLong', 'converted', 'asked']);
    expect(plan.notes[1]!.params).toEqual({ query: '试用期最长多久' });
  });
});

describe('planSearch for a question', () => {
  test('ranks pages by how many content words they hold, and names the words left out', async () => {
    const { context, searches } = site([
      { id: 'hours', title: '工作时间', text: '最长工作时间' },
      { id: 'wages', title: '试用期工资', text: '试用期工资' },
      { id: 'probation', title: '试用期规定', text: '试用期最长不得超过六个月' },
    ]);
    const plan = await planSearch(ask('试用期最长多久'), context);
    expect(plan.paths).toEqual(['question']);
    expect(ids(plan.results)).toEqual(['probation', 'wages', 'hours']);
    // Left out as a question word, not as a word no page holds.
    expect(plan.notes).toEqual([{ key: 'asked', params: { words: '多久' } }]);
    expect(plan.terms).toEqual(['试用期', '最长']);
    // A question names no document: no name key is searched.
    expect(searches).toEqual([
      '"试用期"',
      '试用期 最长',
      '试用 期',
      '"试用期"',
      '最长',
      '"最长"',
      '试用',
      null,
      null,
      null,
    ]);
  });

  test('tells the question words left out apart from a word no page holds', async () => {
    const { context } = site([{ id: 'probation', title: '试用期规定', text: '试用期最长不得超过六个月' }]);
    const plan = await planSearch(ask('试用期 冬虫夏草 多久'), context);
    expect(ids(plan.results)).toEqual(['probation']);
    expect(plan.notes).toEqual([
      { key: 'asked', params: { words: '多久' } },
      { key: 'dropped', params: { words: '冬虫夏草' } },
    ]);
  });

  test('searches everyday words by their legal terms too, and says which were used', async () => {
    const { context } = site([
      { id: 'card', title: '办卡指南', text: '社保卡办理' },
      { id: 'law', title: '社会保险法', text: '用人单位应当依法缴纳社会保险费' },
    ]);
    const plan = await planSearch(ask('社保'), context);
    expect(plan.paths).toEqual(['everyday']);
    expect(plan.notes).toEqual([{ key: 'everyday', params: { terms: '社会保险（社保）' } }]);
    expect(plan.terms).toEqual(['社保', '社会保险']);
    // 社会保险法 holds the word (as 社会 保险) and its legal term, more often than the card guide.
    expect(ids(plan.results)).toEqual(['law', 'card']);
  });

  test('takes a word that is also an object property for a plain word', async () => {
    const { context } = site([{ id: 'js', title: 'JavaScript', text: 'constructor toString' }]);
    const plan = await planSearch(ask('constructor'), context);
    expect(plan.paths).toEqual(['all-words']);
    expect(ids(plan.results)).toEqual(['js']);
  });
});

describe('planSearch for precision', () => {
  test('joins the words the index holds whole, and highlights whole words only', async () => {
    const { context } = site([
      { id: 'dues', title: '党费交纳', text: '', indexWords: ['党', '费', '交纳', '党', '费', '按月', '交纳'] },
      { id: 'other', title: '党员', text: '', indexWords: ['党员', '的', '费用', '交通'] },
    ]);
    const plan = await planSearch(ask('党费怎么交'), context);
    // 党 and 费 side by side in one page; 党员 … 费用 … 交通 in the other holds every part but
    // not the word, and is shown after the answer, as a partial match.
    expect(ids(plan.results)).toEqual(['dues', 'other']);
    expect(plan.partialFrom).toBe(1);
    expect(plan.terms).toEqual(['党费']);
    expect(plan.weak).toBe(false);
    // 交 is a question's one-character word: not required of a page.
    expect(plan.wanted).toEqual([['党费']]);
  });

  test('joins no character that only links words', async () => {
    const { context } = site([
      { id: 'law', title: '社会保险法', text: '', indexWords: ['公司', '不', '为', '职工', '缴纳', '社会保险'] },
    ]);
    const plan = await planSearch(ask('公司不交社保怎么办'), context);
    expect(plan.wanted.map((alternatives) => alternatives[0])).toEqual(['公司', '社保']);
    // Nor is an everyday word taken by the character before it (交 + 社保): it keeps its legal term.
    const { context: lesson } = site([
      { id: 'lesson', title: '试用期', text: '', indexWords: ['试用期', '不', '交', '社', '保', '社会保险'] },
    ]);
    expect((await planSearch(ask('公司不交社保怎么办'), lesson)).wanted).toContainEqual(['社保', '社会保险']);
  });

  test('shows pages with some of the words after those with all of them, only when those are few', async () => {
    const docs: Doc[] = [
      { id: 'both', title: '试用期工资', text: '试用期工资不得低于最低工资' },
      { id: 'one', title: '工资支付', text: '工资按月支付' },
    ];
    const few = await planSearch(ask('试用期 工资'), site(docs).context);
    expect(ids(few.results)).toEqual(['both', 'one']);
    expect(few.partialFrom).toBe(1);
    // A page holds every word: the list shows it, and the partial match waits for the reader.
    expect(few.partialHidden).toBe(true);
    // No page holds every word: the pages holding some are the list, under 部分匹配 from the first.
    const none = await planSearch(ask('试用期 报到'), site(docs).context);
    expect(ids(none.results)).toEqual(['both']);
    expect(none.partialFrom).toBe(0);
    expect(none.partialHidden).toBe(false);
    const many = Array.from({ length: 10 }, (_, i) => ({ id: `b${i}`, title: '试用期工资', text: '试用期工资' }));
    const plenty = await planSearch(ask('试用期工资是多少'), site([...docs, ...many]).context);
    // Ten pages hold every word of the question: the page holding one of them is left out.
    expect(ids(plenty.results)).not.toContain('one');
    expect(plenty.partialFrom).toBe(plenty.results.length);
    expect(plenty.partialHidden).toBe(false);
  });

  test('says when nothing answers a question directly', async () => {
    const { context } = site([
      { id: 'dues', title: '按时交纳党费', text: '加班费等非经常性收入不计入基数，党费的计算方法' },
      { id: 'hours', title: '工作时间', text: '每日工作时间不超过八小时' },
    ]);
    // 加班 appears once, in passing, in a lesson about 党费.
    expect((await planSearch(ask('加班费怎么算'), context)).weak).toBe(true);
    const { context: covered } = site([
      { id: 'overtime', title: '加班费', text: '加班费按照工资的百分之一百五十计算，加班应当协商' },
    ]);
    expect((await planSearch(ask('加班费怎么算'), covered)).weak).toBe(false);
    // No page holds 党费, though many hold 党 and 费 apart.
    const { context: laws } = site([
      { id: 'law', title: '甲法', text: '', indexWords: ['党', '的', '领导', '费用', '交纳', '党', '员'] },
    ]);
    expect((await planSearch(ask('党费怎么交'), laws)).weak).toBe(true);
    // 流动党员组织关系怎么转: the rarest word (党员) named once, in passing.
    const { context: market } = site([
      {
        id: 'market',
        title: '人力资源市场条例',
        text: '人力资源流动 组织 关系 流动 流动 组织 关系 党员',
      },
      { id: 'labour', title: '劳动力流动', text: '流动 组织 关系 流动' },
    ]);
    expect((await planSearch(ask('流动党员组织关系怎么转'), market)).weak).toBe(true);
  });

  test('puts two texts in force first, the lessons in their order after them, amended versions last', async () => {
    const { context } = site([
      { id: 'lesson', title: '最低工资的课', text: '最低工资 最低工资 最低工资 最低工资' },
      { id: 'old', title: '最低工资规定（2004）', text: '最低工资 最低工资', rank: 'superseded' },
      { id: 'law', title: '最低工资规定', text: '最低工资 最低工资', rank: 'governing' },
      { id: 'rule', title: '工资支付规定', text: '不低于最低工资', rank: 'governing' },
      { id: 'third', title: '劳动法', text: '最低工资', rank: 'governing' },
    ]);
    const plan = await planSearch(ask('最低工资'), context);
    expect(ids(plan.results).slice(0, 2).sort()).toEqual(['law', 'rule'].sort());
    expect(ids(plan.results).slice(2)).toEqual(['lesson', 'third', 'old']);
  });

  test('puts the laws in force before the interpretations of them, which come before the rest', async () => {
    // The interpretation and the lesson hold the words more often than the law.
    const { context } = site([
      { id: 'interpretation', title: '婚姻家庭编的解释', text: '离婚 抚养 离婚 抚养 离婚 抚养', rank: 'interpreting' },
      { id: 'lesson', title: '离婚的课', text: '离婚 抚养 离婚 抚养 离婚 抚养 离婚 抚养' },
      { id: 'code', title: '民法典 婚姻家庭编', text: '离婚 抚养', rank: 'governing' },
    ]);
    expect(ids((await planSearch(ask('离婚 抚养'), context)).results)).toEqual(['code', 'interpretation', 'lesson']);
  });

  test('lists only the documents holding the article asked for by number alone', async () => {
    const { context } = site([
      { id: 'law', title: '甲法', text: '', indexWords: ['第十九条', '试用期'], articles: ['第十九条'] },
      { id: 'other', title: '乙法', text: '', indexWords: ['第一条', '十九', '条件'], articles: ['第一条'] },
      // A lesson quoting the article has no anchor for it: it is not that article's document.
      { id: 'lesson', title: '学习笔记', text: '', indexWords: ['第十九条', '规定'] },
    ]);
    const plan = await planSearch(ask('第十九条'), context);
    expect(ids(plan.results)).toEqual(['law']);
    expect(plan.article).toBe('第十九条');
  });
});

describe('planSearch for a question, by passage', () => {
  test('puts the page where the words of the question stand in one passage first', async () => {
    const filler = '其他规定'.repeat(40);
    const { context } = site([
      { id: 'apart', title: '甲法', text: `试用期 试用期 试用期 ${filler} 最长` },
      { id: 'together', title: '乙法', text: '试用期最长不得超过六个月' },
    ]);
    const plan = await planSearch(ask('试用期最长多久'), context);
    expect(ids(plan.results)).toEqual(['together', 'apart']);
  });
});

describe('planSearch for a year', () => {
  test('puts the documents of the year named first', async () => {
    const { context } = site([
      { id: 'older', title: '党费交纳通知', text: '2024年 党费 党费 党费', date: '2023-03-01' },
      { id: 'dues', title: '党费交纳指引', text: '2024 年 党费', date: '2024-03-05' },
    ]);
    expect(ids((await planSearch(ask('2024年 党费'), context)).results)).toEqual(['dues', 'older']);
  });
});

describe('wholeTerms', () => {
  test('keeps single characters only when no longer term is searched', () => {
    expect(wholeTerms(['党费', '交'])).toEqual(['党费']);
    expect(wholeTerms(['期'])).toEqual(['期']);
  });
});

describe('searchOptions', () => {
  test('passes the filters, and sorts newest first only when asked', () => {
    expect(searchOptions({ type: '课程' }, '')).toEqual({ filters: { type: '课程' } });
    expect(searchOptions({}, 'date')).toEqual({ filters: {}, sort: { date: 'desc' } });
  });
});
