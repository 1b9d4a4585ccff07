import { articleInQuery, withoutArticle } from '../search/articles';
import { boundQuery, boundTerms, MAX_QUERY_CHARS } from '../search/bounds';
import { docNumberInQuery, sameDocNumber } from '../search/doc-numbers';
import { excerptAround, markTerms } from '../search/excerpts';
import { PAGEFIND_OPTIONS } from '../search/index-config';
import { nameInQuery, nameKey } from '../search/name-keys';
import { normalizeQuery } from '../search/normalize';
import { queryWords } from '../search/question';
import { byProximity, softAnd, withPartialMatches, type WordPositions } from '../search/ranking';
import { anchoredHits, anchorSections, type Anchor } from '../search/sections';
import { segmentQuery } from '../search/segment';
import { hasTraditional, parseCharacterTable, toSimplified } from '../search/traditional';
import { articleAnchor } from '../lib/articles';

// The parts of Pagefind's browser API this page uses.
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text, words split by zero-width spaces. */
  raw_content: string;
  meta: Record<string, string>;
  anchors: Anchor[];
  locations: number[];
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: { id: string; score: number; words: number[]; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch>;
}
interface Labels {
  filters: Record<string, string>;
  any: string;
  option: string;
  count: string;
  none: string;
  prompt: string;
  loading: string;
  offline: string;
  converted: string;
  dropped: string;
  everyday: string;
  more: string;
  inArticles: string;
  tooLong: string;
}

type Results = PagefindSearch['results'];

/** Each word searched alone: its pages, and where on each page it stands. */
async function wordSearches(pagefind: Pagefind, words: string[], options: Record<string, unknown>) {
  const single = new Map<string, Results>();
  for (const word of new Set(words)) {
    // A legal term from everyday-terms.json may be several words: 延长工作时间.
    const split = segmentQuery(word);
    single.set(word, (await pagefind.search(split.length > 0 ? split.join(' ') : word, options)).results);
  }
  return single;
}

/**
 * The document a query names comes first: asked for 民法典 or 劳动合同法, the law itself, before
 * the interpretations that cite it, by the key of the name (see nameKey). Asked for an article
 * of it (民法典 第一千二百六十条), the part of the law that holds the article goes first.
 */
async function namedFirst(
  pagefind: Pagefind,
  results: Results,
  query: string,
  article: string | undefined,
  options: Record<string, unknown>,
): Promise<Results> {
  const name = nameInQuery(query);
  if (name === undefined) return results;
  let named = (await pagefind.search(nameKey(name), options)).results;
  if (article && named.length > 1) {
    const holding = new Set((await pagefind.search(segmentQuery(article).join(' '), options)).results.map((r) => r.id));
    named = [...named.filter((r) => holding.has(r.id)), ...named.filter((r) => !holding.has(r.id))];
  }
  return [...named, ...results.filter((r) => !named.some((n) => n.id === r.id))];
}

// Results are rendered five at a time, as Pagefind's own UI does: each needs its own fragment fetch.
const PAGE = 5;
// With fewer pages than this holding every word, pages holding some of them follow.
const FEW = 10;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

class SearchPage extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private table: Promise<Map<string, string>> | undefined;
  private results: PagefindSearch['results'] = [];
  private shown = 0;
  private terms: string[] = [];
  private article: string | undefined;
  private run = 0;

  private get labels(): Labels {
    return JSON.parse(this.dataset.labels!) as Labels;
  }
  private get keys(): string[] {
    return this.dataset.keys!.split(',');
  }
  private el<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback() {
    const form = this.el<HTMLFormElement>('[data-search-form]');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update(true);
    });
    this.el('[data-filters]').addEventListener('change', () => void this.update(true));
    // Opened for the first time: fetch the filters' values, then count them for the results shown.
    this.el<HTMLDetailsElement>('details').addEventListener('toggle', (event) => {
      if ((event.target as HTMLDetailsElement).open && !this.filtersLoading) void this.update(false);
    });
    this.el('[data-sort]').addEventListener('change', () => void this.update(true));
    this.el('[data-more]').addEventListener('click', () => void this.renderMore());
    window.addEventListener('popstate', () => {
      this.restore();
      void this.update(false);
    });
    // Filters open beside the results on wide screens, folded on phones.
    if (window.matchMedia('(min-width: 64rem)').matches) this.el<HTMLDetailsElement>('details').open = true;
    this.restore();
    // The first search waits for the page to be drawn: the form shows at once, and the index
    // loads in tasks of its own rather than in the one that runs the page's scripts.
    requestAnimationFrame(() => setTimeout(() => void this.update(false)));
  }

  /** Reads the state from the address: q, sort and one value per filter. */
  private restore() {
    const params = new URLSearchParams(location.search);
    this.el<HTMLInputElement>('#search-q').value = params.get('q') ?? '';
    this.el<HTMLSelectElement>('[data-sort]').value = params.get('sort') ?? '';
    this.pending = Object.fromEntries(this.keys.map((key) => [key, params.get(key) ?? '']));
  }
  private pending: Record<string, string> = {};

  /** The form's state; a query longer than MAX_QUERY_CHARS is cut, in the field too. */
  private state() {
    const filters: Record<string, string> = {};
    for (const key of this.keys) {
      const select = this.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      const value = select ? select.value : (this.pending[key] ?? '');
      if (value) filters[key] = value;
    }
    const box = this.el<HTMLInputElement>('#search-q');
    const { query, cut } = boundQuery(box.value);
    if (cut) box.value = query;
    return { q: query, cut, sort: this.el<HTMLSelectElement>('[data-sort]').value, filters };
  }

  private loadPagefind(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
      await pagefind.options({ baseUrl: this.dataset.base, ...PAGEFIND_OPTIONS });
      return pagefind;
    })();
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  /** OpenCC's Traditional → Simplified character table, fetched only for a query with Chinese in it. */
  private loadTable(): Promise<Map<string, string>> {
    this.table ??= import('opencc-js/dict/TSCharacters').then((m: { default: string }) =>
      parseCharacterTable(m.default),
    );
    return this.table;
  }

  private async update(push: boolean) {
    try {
      await this.search(push);
    } catch {
      // Offline with only part of the index saved: say so rather than fail silently.
      this.el('[data-status]').textContent = this.labels.offline;
    }
  }

  private async search(push: boolean) {
    const run = ++this.run;
    const state = this.state();
    if (push) {
      const params = new URLSearchParams();
      if (state.q) params.set('q', state.q);
      for (const [key, value] of Object.entries(state.filters)) params.set(key, value);
      if (state.sort) params.set('sort', state.sort);
      const query = params.toString();
      history.pushState(null, '', query ? `?${query}` : location.pathname);
    }
    const status = this.el('[data-status]');
    const notes: string[] = state.cut ? [fill(this.labels.tooLong, { max: MAX_QUERY_CHARS })] : [];
    status.textContent = this.labels.loading;
    let pagefind: Pagefind;
    try {
      pagefind = await this.loadPagefind();
      // The filters' values are fetched when they are shown (open, or one is set), not before.
      if (this.filtersWanted(state.filters)) await this.loadFilters(pagefind);
    } catch {
      status.textContent = this.labels.offline;
      return;
    }

    let query = normalizeQuery(state.q);
    const options = { filters: state.filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
    const browsing = Object.keys(state.filters).length > 0 || state.sort === 'date';
    if (!query && !browsing) {
      this.show(run, [], [], notes, this.labels.prompt);
      return;
    }
    if (!query) {
      const search = await pagefind.search(null, options);
      this.article = undefined;
      this.show(run, search.results, [], notes);
      await this.updateCounts(search.filters);
      return;
    }

    // The texts are in Simplified characters: a query with Traditional ones (試用期) is read in
    // Simplified, and so is one in Chinese that finds nothing. OpenCC's table is fetched only then.
    const search = async (words: string[]) => pagefind.search(words.join(' '), options);
    const traditional = hasTraditional(query, this.dataset.traditional!);
    // A question (试用期最长多久) is searched by its content words.
    const terms = JSON.parse(this.dataset.terms!) as Record<string, string[]>;
    const everyday = Object.keys(terms);
    // 劳动法第三十六条 is searched as 劳动法; the article is picked among the results' anchors.
    let text = withoutArticle(query);
    let { words, dropped } = queryWords(text, everyday);
    let found = traditional ? undefined : await search(words);
    if (!found || (found.results.length === 0 && /[\u3400-\u9fff]/.test(query))) {
      const simplified = toSimplified(query, await this.loadTable());
      if (simplified !== query) {
        // A reader of the site in Traditional characters (the 简/繁 switch) expects it; others are told.
        if (document.documentElement.lang !== 'zh-Hant') notes.push(fill(this.labels.converted, { query: simplified }));
        query = simplified;
        text = withoutArticle(query);
        ({ words, dropped } = queryWords(text, everyday));
        found = undefined;
      }
      found ??= await search(words);
    }
    // A question, or a query with an everyday word (加班), ranks pages by how many of the words
    // (or their legal terms: 延长工作时间) they hold; other queries want every word.
    const question = dropped.length > 0;
    const legal = new Map(words.filter((word) => terms[word]).map((word) => [word, terms[word]!]));
    const soft = question || legal.size > 0;
    const single =
      words.length > 1 || soft
        ? await wordSearches(pagefind, [...words, ...[...legal.values()].flat()], options)
        : new Map<string, Results>();
    let results: Results;
    let highlight = words;
    if (soft) {
      const groups = words.map((word) => [word, ...(legal.get(word) ?? [])].map((w) => single.get(w) ?? []));
      results = softAnd(groups);
      dropped.push(...words.filter((_, i) => groups[i]!.every((list) => list.length === 0)));
      const used = [...legal].flatMap(([word, list]) =>
        list.filter((term) => (single.get(term)?.length ?? 0) > 0).map((term) => `${term}（${word}）`),
      );
      if (used.length > 0 && results.length > 0) notes.push(fill(this.labels.everyday, { terms: used.join('、') }));
      highlight = [...words, ...[...legal.values()].flat()];
    } else {
      // Words found nowhere are dropped, then the least specific until something is found; the
      // reader is told which words were left out.
      if (found.results.length === 0 && words.length > 1) {
        const kept = words.filter((word) => (single.get(word)?.length ?? 0) > 0);
        dropped.push(...words.filter((word) => !kept.includes(word)));
        if (kept.length > 0) found = await search(kept);
        while (found.results.length === 0 && kept.length > 1) {
          dropped.push(kept.pop()!);
          found = await search(kept);
        }
        words = kept;
      }
      results = found.results;
      if (words.length > 1) {
        const positions: WordPositions = new Map(
          words.map((word) => [word, new Map((single.get(word) ?? []).map((r) => [r.id, r.words]))]),
        );
        const phrases = text
          .split(' ')
          .map((token) => queryWords(token, everyday).words)
          .filter((phrase) => phrase.length > 1 && phrase.every((word) => words.includes(word)));
        results = byProximity(results, words, phrases, positions);
        // Few pages have every word (外地 打工 报到): after them, pages with most of the words.
        if (results.length < FEW) results = withPartialMatches(results, words, single);
        // A typed phrase (工伤认定) picks the article holding it over one with its words apart.
        highlight = [...words, ...phrases.map((phrase) => phrase.join(''))];
      }
    }
    if (dropped.length > 0 && results.length > 0) notes.push(fill(this.labels.dropped, { words: dropped.join('、') }));
    this.article = articleInQuery(query);
    const docNumber = docNumberInQuery(query);
    if (docNumber) results = await this.docNumberFirst(results, docNumber);
    else if (!question) results = await namedFirst(pagefind, results, text, this.article, options);
    this.show(run, results, this.article ? [...highlight, this.article] : highlight, notes);
    await this.updateCounts(found.filters);
  }

  private filtersWanted(filters: Record<string, string>): boolean {
    return Object.keys(filters).length > 0 || this.el<HTMLDetailsElement>('details').open;
  }

  private filtersLoading: Promise<void> | undefined;
  private async loadFilters(pagefind: Pagefind) {
    this.filtersLoading ??= pagefind.filters().then((all) => this.renderFilters(all));
    await this.filtersLoading;
  }

  /** Asked for 清组发〔2025〕12号: the document with that number first, before mere mentions. */
  private async docNumberFirst(results: PagefindSearch['results'], docNumber: string) {
    const head = results.slice(0, 20);
    const numbers = await Promise.all(head.map(async (r) => (await r.data()).meta.docNumber));
    const exact = head.filter((_, i) => sameDocNumber(docNumber, numbers[i]));
    return [...exact, ...results.filter((r) => !exact.includes(r))];
  }

  private show(run: number, results: PagefindSearch['results'], terms: string[], notes: string[], message?: string) {
    if (run !== this.run) return;
    this.results = results;
    this.terms = boundTerms(terms);
    this.shown = 0;
    this.el('[data-results]').replaceChildren();
    const list = this.el('[data-notes]');
    list.replaceChildren(...notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })));
    this.el('[data-status]').textContent =
      message ?? (results.length ? fill(this.labels.count, { count: results.length }) : this.labels.none);
    void this.renderMore();
  }

  private async renderMore() {
    const results = this.results;
    const next = results.slice(this.shown, this.shown + PAGE);
    this.shown += next.length;
    const list = this.el('[data-results]');
    // Fetched together, drawn one a frame: a phone lays out one result's Chinese text at a
    // time instead of all five in one long task that would hold up a tap. The list is busy
    // meanwhile, so assistive technology (and tests) wait for the whole batch.
    list.setAttribute('aria-busy', 'true');
    try {
      const data = next.map((result) => result.data());
      for (const pending of data) {
        const item = this.item(await pending);
        if (this.results !== results) return;
        list.append(item);
        if (!document.hidden) await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      }
    } catch {
      // A result that cannot be fetched (offline) or drawn: say so rather than stay busy for ever.
      if (this.results === results) this.el('[data-status]').textContent = this.labels.offline;
    } finally {
      // A newer search has its own batch, and clears the mark when that is drawn.
      if (this.results === results) list.removeAttribute('aria-busy');
    }
    const more = this.el<HTMLButtonElement>('[data-more]');
    more.hidden = this.shown >= results.length;
  }

  private link(url: string, id?: string): string {
    const [path] = url.split('#');
    const hl = this.terms.length ? `?hl=${encodeURIComponent(this.terms.join(' '))}` : '';
    return `${path}${hl}${id ? `#${id}` : ''}`;
  }

  private marked(text: string): DocumentFragment {
    const fragment = document.createDocumentFragment();
    for (const part of markTerms(text, this.terms)) {
      fragment.append(
        part.match ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text,
      );
    }
    return fragment;
  }

  private item(data: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'app-card';
    const meta = document.createElement('p');
    meta.className = 'text-sm text-muted';
    meta.textContent = [data.meta.type, data.meta.date].filter(Boolean).join(' · ');
    const heading = document.createElement('h2');
    heading.className = 'text-lg';
    const title = Object.assign(document.createElement('a'), { href: this.link(data.url), className: 'app-tap' });
    title.textContent = data.meta.title ?? data.url;
    heading.append(title);
    const excerpt = document.createElement('p');
    excerpt.className = 'text-base';
    excerpt.append(this.marked(data.excerpt.replace(/<[^>]+>/g, '')));
    li.append(meta, heading, excerpt);

    // Asked for 第十九条: that article only, where the document has it.
    const sections = anchorSections(data.anchors, data.raw_content);
    const wanted = this.article ? articleAnchor(this.article) : undefined;
    const exact = wanted ? sections.find((section) => section.id === wanted) : undefined;
    const hits = exact ? [exact] : anchoredHits(sections, data.locations, 3, this.terms);
    if (hits.length > 0) {
      const list = document.createElement('ul');
      list.className = 'mt-2 grid gap-2 border-l-2 border-line pl-3';
      list.setAttribute('aria-label', this.labels.inArticles);
      for (const hit of hits) {
        const sub = document.createElement('li');
        const link = Object.assign(document.createElement('a'), {
          href: this.link(data.url, hit.id),
          className: 'app-tap font-bold',
        });
        link.textContent = hit.title;
        const text = document.createElement('p');
        text.className = 'text-base text-muted';
        text.append(this.marked(excerptAround(hit.text, this.terms)));
        sub.append(link, text);
        list.append(sub);
      }
      li.append(list);
    }
    return li;
  }

  private async renderFilters(all: Record<string, Record<string, number>>) {
    const box = this.el('[data-filters]');
    for (const key of this.keys) {
      const values = all[key];
      if (!values || Object.keys(values).length === 0) continue;
      const label = document.createElement('label');
      label.className = 'grid min-w-0 gap-1 text-base';
      const caption = Object.assign(document.createElement('span'), {
        className: 'text-muted',
        textContent: this.labels.filters[key],
      });
      const select = Object.assign(document.createElement('select'), { name: key });
      select.className = 'min-h-11 w-full min-w-0 rounded border border-line bg-bg px-2 text-fg';
      select.append(new Option(this.labels.any, ''));
      const sorted = Object.entries(values).sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1]));
      for (const [value, count] of sorted) {
        const option = new Option(fill(this.labels.option, { label: value, count }), value);
        option.dataset.label = value;
        select.append(option);
      }
      select.value = this.pending[key] ?? '';
      label.append(caption, select);
      box.append(label);
    }
  }

  /** The counts in the options follow the current results. */
  private async updateCounts(counts: Record<string, Record<string, number>>) {
    for (const select of this.querySelectorAll<HTMLSelectElement>('[data-filters] select')) {
      for (const option of select.options) {
        if (!option.value) continue;
        option.textContent = fill(this.labels.option, {
          label: option.dataset.label!,
          count: counts[select.name]?.[option.value] ?? 0,
        });
      }
    }
  }
}

customElements.define('app-search', SearchPage);
