import {
  anchoredHits,
  articleInQuery,
  docNumberInQuery,
  sameDocNumber,
  excerptAround,
  markTerms,
  normalizeQuery,
  parseCharacterTable,
  splitQuestion,
  toSimplified,
  type Anchor,
} from '../lib/search-query';
import { articleAnchor } from '../lib/articles';

// The parts of Pagefind's browser API this page uses.
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  anchors: Anchor[];
  locations: number[];
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: { id: string; score: number; data: () => Promise<PagefindResultData> }[];
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
  more: string;
  inArticles: string;
}

// Results are rendered ten at a time: each needs its own fragment fetch.
const PAGE = 10;
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
    this.el('[data-sort]').addEventListener('change', () => void this.update(true));
    this.el('[data-more]').addEventListener('click', () => void this.renderMore());
    window.addEventListener('popstate', () => {
      this.restore();
      void this.update(false);
    });
    // Filters open beside the results on wide screens, folded on phones.
    if (window.matchMedia('(min-width: 64rem)').matches) this.el<HTMLDetailsElement>('details').open = true;
    this.restore();
    void this.update(false);
  }

  /** Reads the state from the address: q, sort and one value per filter. */
  private restore() {
    const params = new URLSearchParams(location.search);
    this.el<HTMLInputElement>('#search-q').value = params.get('q') ?? '';
    this.el<HTMLSelectElement>('[data-sort]').value = params.get('sort') ?? '';
    this.pending = Object.fromEntries(this.keys.map((key) => [key, params.get(key) ?? '']));
  }
  private pending: Record<string, string> = {};

  private state() {
    const filters: Record<string, string> = {};
    for (const key of this.keys) {
      const select = this.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      const value = select ? select.value : (this.pending[key] ?? '');
      if (value) filters[key] = value;
    }
    return {
      q: this.el<HTMLInputElement>('#search-q').value,
      sort: this.el<HTMLSelectElement>('[data-sort]').value,
      filters,
    };
  }

  private loadPagefind(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
      // Laws are long and case notes short: a weaker length penalty keeps the law a query names in view.
      await pagefind.options({ baseUrl: this.dataset.base, excerptLength: 40, ranking: { pageLength: 0.2 } });
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
    const run = ++this.run;
    const state = this.state();
    if (push) {
      const params = new URLSearchParams();
      if (state.q.trim()) params.set('q', state.q.trim());
      for (const [key, value] of Object.entries(state.filters)) params.set(key, value);
      if (state.sort) params.set('sort', state.sort);
      const query = params.toString();
      history.pushState(null, '', query ? `?${query}` : location.pathname);
    }
    const status = this.el('[data-status]');
    const notes: string[] = [];
    status.textContent = this.labels.loading;
    let pagefind: Pagefind;
    try {
      pagefind = await this.loadPagefind();
      if (!this.el('[data-filters]').childElementCount) await this.renderFilters(await pagefind.filters());
    } catch {
      status.textContent = this.labels.offline;
      return;
    }

    let query = normalizeQuery(state.q);
    if (/[\u3400-\u9fff]/.test(query)) {
      const simplified = toSimplified(query, await this.loadTable());
      if (simplified !== query) notes.push(fill(this.labels.converted, { query: simplified }));
      query = simplified;
    }
    const options = { filters: state.filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
    const browsing = Object.keys(state.filters).length > 0 || state.sort === 'date';
    if (!query && !browsing) {
      this.show(run, [], [], notes, this.labels.prompt);
      return;
    }

    // A question (试用期最长多久) is searched by its content words; words found nowhere are
    // dropped one by one. Either way the reader is told which words were left out.
    const question = query ? splitQuestion(query) : { words: [], dropped: [] };
    const dropped = question.dropped;
    let words = question.words.length > 0 ? question.words : query ? [query] : [];
    let search = await pagefind.search(query ? words.join(' ') : null, options);
    if (query && search.results.length === 0 && words.length > 1) {
      const kept: string[] = [];
      for (const word of words) {
        if ((await pagefind.search(word, options)).results.length > 0) kept.push(word);
        else dropped.push(word);
      }
      if (kept.length > 0) search = await pagefind.search(kept.join(' '), options);
      // Still nothing with all of them: fewer words, most specific first.
      while (search.results.length === 0 && kept.length > 1) {
        dropped.push(kept.pop()!);
        search = await pagefind.search(kept.join(' '), options);
      }
      words = kept;
    }
    // Few pages have every word (外地 打工 报到): after them, pages with most of the words.
    if (query && words.length > 1 && search.results.length < PAGE) {
      search = { ...search, results: await this.withPartialMatches(pagefind, search.results, words, options) };
    }
    if (dropped.length > 0 && search.results.length > 0)
      notes.push(fill(this.labels.dropped, { words: dropped.join('、') }));
    this.article = query ? articleInQuery(query) : undefined;
    const docNumber = query ? docNumberInQuery(query) : undefined;
    const results = docNumber ? await this.docNumberFirst(search.results, docNumber) : search.results;
    this.show(run, results, this.article ? [...words, this.article] : words, notes);
    await this.updateCounts(search.filters);
  }

  /** `results` (pages with every word) followed by pages with some of the words, most words first. */
  private async withPartialMatches(
    pagefind: Pagefind,
    results: PagefindSearch['results'],
    words: string[],
    options: Record<string, unknown>,
  ): Promise<PagefindSearch['results']> {
    const seen = new Set(results.map((r) => r.id));
    const partial = new Map<string, { result: PagefindSearch['results'][number]; words: number; score: number }>();
    for (const word of words) {
      for (const result of (await pagefind.search(word, options)).results) {
        if (seen.has(result.id)) continue;
        const entry = partial.get(result.id);
        if (entry) {
          entry.words += 1;
          entry.score += result.score;
        } else partial.set(result.id, { result, words: 1, score: result.score });
      }
    }
    const ranked = [...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score);
    return [...results, ...ranked.map((entry) => entry.result)];
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
    this.terms = terms;
    this.shown = 0;
    this.el('[data-results]').replaceChildren();
    const list = this.el('[data-notes]');
    list.replaceChildren(...notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })));
    this.el('[data-status]').textContent =
      message ?? (results.length ? fill(this.labels.count, { count: results.length }) : this.labels.none);
    void this.renderMore();
  }

  private async renderMore() {
    const next = this.results.slice(this.shown, this.shown + PAGE);
    this.shown += next.length;
    const items = await Promise.all(next.map(async (result) => this.item(await result.data())));
    this.el('[data-results]').append(...items);
    const more = this.el<HTMLButtonElement>('[data-more]');
    more.hidden = this.shown >= this.results.length;
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
    const wanted = this.article ? articleAnchor(this.article) : undefined;
    const exact = wanted ? data.anchors.find((a) => a.id === wanted) : undefined;
    const hits = exact
      ? [{ id: exact.id, title: this.article!, text: exact.text }]
      : anchoredHits(data.anchors, data.locations, 3, this.terms);
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
