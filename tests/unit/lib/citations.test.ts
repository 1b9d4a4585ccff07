import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  articleHref,
  citationKey,
  citationResolver,
  findCitations,
  inForceFirst,
  linkCitations,
  type CitationTarget,
} from '../../../src/lib/citations';
import { anchorLegalText } from '../../../src/lib/legal-html';
import { libraryHref, libraryOf, type LibraryEntry } from '../../../src/lib/library';

const CORPUS = 'tests/fixtures/corpus/laws-cn';
const corpus = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

/** A corpus law as the Markdown renderer gives it: one <p> per paragraph, anchored. */
function rendered(file: string): string {
  const body = corpus(file).split('<!-- INFO END -->')[1]!;
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return anchorLegalText(paragraphs.map((p) => `<p>${p}</p>`).join('\n')).html;
}

const anchorsOf = (html: string) => new Set([...html.matchAll(/<a id="(art-[\d-]+)"/g)].map((m) => m[1]!));

const LEAVE = '行政法规/职工带薪年休假条例(2007-12-14).md';
const RESIDENCE = '行政法规/居住证暂行条例(2015-11-26).md';

// The two laws as a library build lists them (src/pages/[library].json.ts), their anchors read
// from their real text.
const entry = (slug: string, title: string, file: string): LibraryEntry => ({
  slug,
  title,
  status: 'in-force',
  articles: [...anchorsOf(rendered(file))],
  path: `policies/${slug}/`,
});
const leave = entry('zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14', '职工带薪年休假条例', LEAVE);
const residence = entry('ju-zhu-zheng-zan-xing-tiao-li-2015-11-26', '居住证暂行条例', RESIDENCE);
const library = libraryOf(
  { url: '/library/', origin: undefined, manifest: 'library/library.json' },
  { format: 1, title: '示例省法规库', base: '/library/', policies: [leave, residence] },
);
const libraryTarget = (law: LibraryEntry): CitationTarget => ({
  where: 'library',
  title: law.title,
  href: libraryHref(library, law),
  articles: () => new Set(law.articles),
});

// The portal's own copy of the Labour Law (a county may keep one), with its real articles.
const labourLaw: CitationTarget = {
  where: 'portal',
  title: '中华人民共和国劳动法',
  href: '/portal/policies/laodongfa/',
  articles: () => anchorsOf(rendered('社会法/劳动法(2018-12-29).md')),
};
const countyRules: CitationTarget = {
  where: 'portal',
  title: '《清源县流动党员教育管理服务办法》实施细则',
  href: '/portal/policies/jiaoyu-guanli-fuwu-banfa-shishi-xize/',
  articles: () => new Set(['art-1', 'art-2']),
};
const resolve = citationResolver([labourLaw, countyRules, libraryTarget(leave), libraryTarget(residence)]);

/** The links of a paragraph: [text, href, where]. */
function links(html: string): [string, string, string][] {
  return [...html.matchAll(/<a href="([^"]*)" data-citation="(\w+)">([^<]*)<\/a>/g)].map((m) => [m[3]!, m[1]!, m[2]!]);
}
const cite = (sentence: string) => links(linkCitations(`<p>${sentence}</p>`, resolve));

const LEAVE_PAGE = '/library/policies/zhi-gong-dai-xin-nian-xiu-jia-tiao-li-2007-12-14/';
const RESIDENCE_PAGE = '/library/policies/ju-zhu-zheng-zan-xing-tiao-li-2015-11-26/';

describe('findCitations', () => {
  test('reads a title, its document number and its article (国家统计局令 in a real notice)', () => {
    const sentence = '《关于工资总额组成的规定》（国家统计局令第1号）第四条规定';
    expect(corpus('案例/劳动人事/加班费的仲裁时效应当如何认定.md')).toContain(sentence);
    expect(findCitations(sentence)).toEqual([
      {
        start: 0,
        end: sentence.indexOf('规定', 14),
        title: '关于工资总额组成的规定',
        articles: [{ start: sentence.indexOf('第四条'), end: sentence.indexOf('第四条') + 3, anchor: 'art-4' }],
      },
    ]);
  });

  test('leaves a document number out when no article follows it', () => {
    const sentence = '根据《全国年节及纪念日放假办法》（国务院令第513号）的规定';
    expect(
      corpus('部门规章/人力资源社会保障部/关于职工全年月平均工作时间和工资折算问题的通知(2009-03-29).md'),
    ).toContain(sentence);
    expect(findCitations(sentence)).toEqual([
      { start: 2, end: sentence.indexOf('（'), title: '全国年节及纪念日放假办法', articles: [] },
    ]);
  });

  test('reads lists and ranges of articles, each its own anchor', () => {
    const list = findCitations('依照《中华人民共和国劳动合同法》第十九条、第二十条和第二十一条之一的规定');
    expect(list[0]!.articles.map((a) => a.anchor)).toEqual(['art-19', 'art-20', 'art-21-1']);
    const range = findCitations('依照《中华人民共和国劳动合同法》第十九条至第二十一条');
    expect(range[0]!.articles.map((a) => a.anchor)).toEqual(['art-19', 'art-21']);
  });

  test('reads a paragraph or item as part of its article, and stops at a bare 款', () => {
    const text = '《居住证暂行条例》第十二条第一款、第二款和第十三条第（三）项';
    const [citation] = findCitations(text);
    expect(citation!.articles.map((a) => [text.slice(a.start, a.end), a.anchor])).toEqual([
      ['第十二条第一款', 'art-12'],
    ]);
    expect(findCitations('《居住证暂行条例》第十三条第（三）项')[0]!.articles[0]!.anchor).toBe('art-13');
  });

  test('reads Arabic numerals, with spaces or without', () => {
    expect(findCitations('《职工带薪年休假条例》第3条')[0]!.articles[0]!.anchor).toBe('art-3');
    expect(findCitations('《职工带薪年休假条例》第 10 条')[0]!.articles[0]!.anchor).toBe('art-10');
  });

  test('takes a title with a title inside it as one, and reads adjacent titles apart', () => {
    const nested = '2007年12月14日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第二次修订';
    expect(corpus('行政法规/全国年节及纪念日放假办法(2013-12-11).md')).toContain(nested);
    // 第二次修订 is no article.
    expect(findCitations(nested)).toEqual([
      {
        start: nested.indexOf('《'),
        end: nested.indexOf('第二次'),
        title: '国务院关于修改〈全国年节及纪念日放假办法〉的决定',
        articles: [],
      },
    ]);
    const adjacent = '《中华人民共和国合同法》、《中华人民共和国物权法》、';
    expect(corpus('民法典/附则.md')).toContain(adjacent);
    expect(findCitations(adjacent).map((c) => c.title)).toEqual(['中华人民共和国合同法', '中华人民共和国物权法']);
    expect(findCitations('《职工带薪年休假条例》《居住证暂行条例》第三条').map((c) => c.articles.length)).toEqual([
      0, 1,
    ]);
  });

  test('ignores a 《 that never closes', () => {
    expect(findCitations('《职工带薪年休假条例第三条')).toEqual([]);
    expect(findCitations('见《》第三条')).toEqual([]);
  });
});

describe('citationResolver', () => {
  test('matches a national law with or without 中华人民共和国', () => {
    expect(resolve('劳动法')).toBe(labourLaw);
    expect(resolve('中华人民共和国劳动法')).toBe(labourLaw);
    expect(resolve('中华人民共和国 职工带薪年休假条例')!.title).toBe('职工带薪年休假条例');
    expect(citationKey('中华人民共和国劳动合同法')).toBe(citationKey('劳动合同法'));
  });

  test('matches a title with a title inside it, however its inner marks are written', () => {
    expect(resolve('〈清源县流动党员教育管理服务办法〉实施细则')).toBe(countyRules);
    expect(resolve('&lt;清源县流动党员教育管理服务办法&gt;实施细则')).toBe(countyRules);
  });

  test("prefers the first holder: the site's own copy of a law before the library's", () => {
    const ownLeave: CitationTarget = { ...labourLaw, title: '职工带薪年休假条例', href: '/portal/policies/own/' };
    expect(citationResolver([ownLeave, libraryTarget(leave)])('职工带薪年休假条例')).toBe(ownLeave);
  });

  test('takes the version in force of a law whose versions share its title', () => {
    // Two versions of the holidays rules in the corpus, newest first, the older one amended.
    const versions = inForceFirst([
      { slug: 'quan-guo-nian-jie-ji-ji-nian-ri-fang-jia-ban-fa-2024-11-10', status: 'in-force' },
      { slug: 'quan-guo-nian-jie-ji-ji-nian-ri-fang-jia-ban-fa-2013-12-11', status: 'amended' },
    ]);
    expect(versions.map((v) => v.status)).toEqual(['in-force', 'amended']);
    const older = inForceFirst([
      { slug: 'qingyuan-banfa-2024', status: 'repealed' },
      { slug: 'qingyuan-banfa-2020', status: 'in-force' },
      { slug: 'qingyuan-banfa-2019', status: 'in-force' },
    ]);
    expect(older.map((v) => v.slug)).toEqual(['qingyuan-banfa-2020', 'qingyuan-banfa-2019', 'qingyuan-banfa-2024']);
    const targets = older.map((v): CitationTarget => ({
      where: 'portal',
      title: '清源县办法',
      href: `/${v.slug}/`,
      articles: () => new Set(),
    }));
    expect(citationResolver(targets)('清源县办法')!.href).toBe('/qingyuan-banfa-2020/');
  });

  test('finds nothing for a title no one holds', () => {
    expect(resolve('中华人民共和国劳动合同法')).toBeUndefined();
    expect(resolve('办法')).toBeUndefined();
  });
});

describe('articleHref', () => {
  test("links an article the law has to its anchor, and one it lacks to the law's page", () => {
    const target = libraryTarget(leave);
    expect(articleHref(target, 'art-3')).toBe(`${LEAVE_PAGE}#art-3`);
    // The Regulation has 10 articles.
    expect(articleHref(target, 'art-30')).toBe(LEAVE_PAGE);
    expect(articleHref(target)).toBe(LEAVE_PAGE);
  });

  test('links an article of a document served in parts to the page of its part', () => {
    const target: CitationTarget = {
      where: 'portal',
      title: '中华人民共和国民法典',
      href: '/policies/min-fa-dian/',
      articles: () => new Set(['art-3', 'art-1165']),
      pageOf: (anchor) => (anchor === 'art-1165' ? '/policies/min-fa-dian/part-7/' : '/policies/min-fa-dian/part-1/'),
    };
    expect(articleHref(target, 'art-1165')).toBe('/policies/min-fa-dian/part-7/#art-1165');
    expect(articleHref(target, 'art-3')).toBe('/policies/min-fa-dian/part-1/#art-3');
    // An article it lacks, and the law as a whole: its contents page.
    expect(articleHref(target, 'art-2000')).toBe('/policies/min-fa-dian/');
    expect(articleHref(target)).toBe('/policies/min-fa-dian/');
  });

  test('links within the page itself only to an article it has', () => {
    const self: CitationTarget = {
      where: 'self',
      title: '居住证暂行条例',
      href: '',
      articles: () => new Set(['art-3']),
    };
    expect(articleHref(self, 'art-3')).toBe('#art-3');
    expect(articleHref(self, 'art-99')).toBeUndefined();
    expect(articleHref(self)).toBeUndefined();
  });
});

describe('linkCitations', () => {
  test("links a county notice's citation of a library law to the article", () => {
    expect(cite('根据《职工带薪年休假条例》第三条的规定，职工累计工作已满1年不满10年的，年休假5天。')).toEqual([
      ['《职工带薪年休假条例》第三条', `${LEAVE_PAGE}#art-3`, 'library'],
    ]);
  });

  test('links each article of a list, and a paragraph to its article', () => {
    expect(cite('依照《居住证暂行条例》第十二条第一款、第十三条的规定')).toEqual([
      ['《居住证暂行条例》第十二条第一款', `${RESIDENCE_PAGE}#art-12`, 'library'],
      ['第十三条', `${RESIDENCE_PAGE}#art-13`, 'library'],
    ]);
  });

  test("links the site's own law by its short title, Arabic numerals and 之一 included", () => {
    // Real phrasing, from a notice of the Ministry (加班工资 on public holidays).
    const sentence = '按照《劳动法》第五十一条的规定';
    expect(
      corpus('部门规章/人力资源社会保障部/关于职工全年月平均工作时间和工资折算问题的通知(2009-03-29).md'),
    ).toContain(sentence);
    expect(cite(sentence)).toEqual([['《劳动法》第五十一条', '/portal/policies/laodongfa/#art-51', 'portal']]);
    expect(cite('《中华人民共和国劳动法》第44条')).toEqual([
      ['《中华人民共和国劳动法》第44条', '/portal/policies/laodongfa/#art-44', 'portal'],
    ]);
  });

  test("links an article the law lacks to the law's page, and a law cited without one", () => {
    expect(cite('《职工带薪年休假条例》第三十条')).toEqual([['《职工带薪年休假条例》第三十条', LEAVE_PAGE, 'library']]);
    expect(cite('参照《居住证暂行条例》执行')).toEqual([['《居住证暂行条例》', RESIDENCE_PAGE, 'library']]);
  });

  test('leaves a title no one holds as text, and still links its neighbours', () => {
    const html = '<p>依照《中华人民共和国劳动合同法》第十九条、《职工带薪年休假条例》第五条办理。</p>';
    const out = linkCitations(html, resolve);
    expect(out).toContain('依照《中华人民共和国劳动合同法》第十九条、<a');
    expect(links(out)).toEqual([['《职工带薪年休假条例》第五条', `${LEAVE_PAGE}#art-5`, 'library']]);
    expect(linkCitations('<p>《办法》第十三条</p>', resolve)).toBe('<p>《办法》第十三条</p>');
  });

  test('leaves citations inside links, headings and code alone', () => {
    const html = [
      '<h2>《职工带薪年休假条例》第三条解读</h2>',
      '<p>见<a href="/x/">《职工带薪年休假条例》第三条</a>和<code>《居住证暂行条例》</code>。</p>',
      '<p>另见<strong>《居住证暂行条例》</strong>第三条。</p>',
    ].join('\n');
    const out = linkCitations(html, resolve);
    expect(links(out)).toEqual([['《居住证暂行条例》', RESIDENCE_PAGE, 'library']]);
    expect(out.replace(/<a href="[^"]*" data-citation="\w+">([^<]*)<\/a>/g, '$1')).toBe(html);
  });

  test("links a law's citation of itself to its own article, beside its own article numbers", () => {
    const text = rendered(RESIDENCE);
    const self: CitationTarget = { where: 'self', title: '居住证暂行条例', href: '', articles: () => anchorsOf(text) };
    const html = `${text}\n<p>违反《居住证暂行条例》第十七条、第九十条的，依照《居住证暂行条例》处理。</p>`;
    const out = linkCitations(html, (title) => (title === self.title ? self : undefined));
    // 第九十条 is no article of it, and a link to the page itself would lead nowhere.
    expect(links(out)).toEqual([['《居住证暂行条例》第十七条', '#art-17', 'self']]);
    // Its own article numbers stay as anchorLegalText made them.
    expect(out).toContain(
      '<a id="art-17" href="#art-17" class="app-article-link" data-pagefind-index-attrs="data-key" data-key="_a17z">第十七条</a>',
    );
  });
});
