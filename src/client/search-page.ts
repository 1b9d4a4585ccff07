// The search page's element (<app-search>, src/pages/search.astro): reads the form and the
// address, fetches from Pagefind, and draws what the plan in src/search/plan.ts decides.
import { fill, plural } from '../lib/messages';
import { boundQuery } from '../search/bounds';
import type { EverydayTerms } from '../search/everyday-terms';
import { markTerms } from '../search/excerpts';
import { PAGEFIND_OPTIONS } from '../search/index-config';
import { planSearch, type FilterCounts, type Plan, type SearchOptions } from '../search/plan';
import { parseCharacterTable } from '../search/traditional';
import { filterValues, RESULTS_PER_BATCH, resultView, type ResultData, type SearchLabels } from '../search/view';

// The parts of Pagefind's browser API this page uses.
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options?: SearchOptions) => Promise<PagefindSearch>;
}

class SearchPage extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private table: Promise<Map<string, string>> | undefined;
  private results: PagefindResult[] = [];
  private shown = 0;
  private terms: string[] = [];
  private article: string | undefined;
  private partialFrom = 0;
  private run = 0;

  private get labels(): SearchLabels {
    return JSON.parse(this.dataset.labels!) as SearchLabels;
  }
  private get keys(): string[] {
    return this.dataset.keys!.split(',');
  }
  private el<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback() {
    // Shown from the first paint where scripts run (.app-js-block, .app-nojs-only); this covers
    // browsers that cannot say.
    this.dataset.ready = '';
    document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
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
    return { query, cut, sort: this.el<HTMLSelectElement>('[data-sort]').value, filters };
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
      if (state.query) params.set('q', state.query);
      for (const [key, value] of Object.entries(state.filters)) params.set(key, value);
      if (state.sort) params.set('sort', state.sort);
      const query = params.toString();
      history.pushState(null, '', query ? `?${query}` : location.pathname);
    }
    const status = this.el('[data-status]');
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
    const plan = await planSearch(state, {
      search: (term, options) => pagefind.search(term, options),
      meta: async (result) => (await result.data()).meta,
      simplifiedTable: () => this.loadTable(),
      traditional: this.dataset.traditional!,
      everyday: JSON.parse(this.dataset.terms!) as EverydayTerms,
      readsTraditional: document.documentElement.lang === 'zh-Hant',
    });
    this.show(run, plan);
    if (plan.counts) await this.updateCounts(plan.counts);
  }

  private filtersWanted(filters: Record<string, string>): boolean {
    return Object.keys(filters).length > 0 || this.el<HTMLDetailsElement>('details').open;
  }

  private filtersLoading: Promise<void> | undefined;
  private async loadFilters(pagefind: Pagefind) {
    this.filtersLoading ??= pagefind.filters().then((all) => this.renderFilters(all));
    await this.filtersLoading;
  }

  private show(run: number, plan: Plan<PagefindResult>) {
    if (run !== this.run) return;
    const labels = this.labels;
    this.results = plan.results;
    this.terms = plan.terms;
    this.article = plan.article;
    this.partialFrom = plan.partialFrom;
    this.shown = 0;
    this.showWeak(plan);
    const list = this.el('[data-results]');
    list.replaceChildren();
    list.dataset.words = JSON.stringify(plan.wanted);
    this.el('[data-notes]').replaceChildren(
      ...plan.notes.map((note) =>
        Object.assign(document.createElement('li'), { textContent: fill(labels[note.key], note.params) }),
      ),
    );
    this.el('[data-status]').textContent = plan.paths.includes('prompt')
      ? labels.prompt
      : plan.results.length
        ? plural(labels.count, plan.results.length)
        : labels.none;
    void this.renderMore();
  }

  private async renderMore() {
    const results = this.results;
    const next = results.slice(this.shown, this.shown + RESULTS_PER_BATCH);
    this.shown += next.length;
    const list = this.el('[data-results]');
    // Fetched together, drawn one a frame: a phone lays out one result's Chinese text at a
    // time instead of all five in one long task that would hold up a tap. The list is busy
    // meanwhile, so assistive technology (and tests) wait for the whole batch.
    list.setAttribute('aria-busy', 'true');
    try {
      const first = this.shown - next.length;
      const data = next.map((result) => result.data());
      for (const [i, pending] of data.entries()) {
        const item = this.item(await pending, first + i);
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

  private marked(text: string): DocumentFragment {
    const fragment = document.createDocumentFragment();
    for (const part of markTerms(text, this.terms)) {
      fragment.append(
        part.match ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text,
      );
    }
    return fragment;
  }

  /** Nothing answers the query directly: says so, with the legal terms to try as searches. */
  private showWeak(plan: Plan<PagefindResult>) {
    const box = this.el('[data-weak]');
    box.hidden = !plan.weak;
    if (!plan.weak) return;
    this.el('[data-weak-message]').textContent = this.labels.weak;
    const suggest = this.el('[data-weak-suggest]');
    suggest.replaceChildren();
    if (plan.suggestions.length > 0) {
      suggest.append(this.labels.suggest);
      plan.suggestions.forEach((term, i) => {
        if (i > 0) suggest.append('、');
        const link = Object.assign(document.createElement('a'), { href: `?q=${encodeURIComponent(term)}` });
        link.textContent = term;
        suggest.append(link);
      });
      suggest.append(' ');
    }
    suggest.append(this.labels.tip);
  }

  private item(data: ResultData, index: number): HTMLLIElement {
    const view = resultView(data, this.terms, this.article);
    const li = document.createElement('li');
    li.className = 'app-card';
    // The first result holding only some of the words carries the separator above its content.
    if (index === this.partialFrom) {
      const separator = document.createElement('p');
      separator.className = 'mb-2 border-b border-line pb-1 text-sm font-bold text-muted';
      separator.dataset.partial = '';
      separator.textContent = this.labels.partial;
      li.append(separator);
    }
    const meta = document.createElement('p');
    meta.className = 'text-sm text-muted';
    meta.textContent = view.line;
    const heading = document.createElement('h2');
    heading.className = 'text-lg';
    const title = Object.assign(document.createElement('a'), { href: view.href, className: 'app-tap' });
    title.textContent = view.title;
    heading.append(title);
    const excerpt = document.createElement('p');
    excerpt.className = 'text-base';
    excerpt.append(this.marked(view.excerpt));
    li.append(meta, heading, excerpt);
    if (index >= this.partialFrom) li.dataset.partialMatch = '';
    if (view.articles.length > 0) {
      const list = document.createElement('ul');
      list.className = 'mt-2 grid gap-2 border-l-2 border-line pl-3';
      list.setAttribute('aria-label', this.labels.inArticles);
      for (const article of view.articles) {
        const sub = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: article.href, className: 'app-tap font-bold' });
        link.textContent = article.title;
        const text = document.createElement('p');
        text.className = 'text-base text-muted';
        text.append(this.marked(article.excerpt));
        sub.append(link, text);
        list.append(sub);
      }
      li.append(list);
    }
    return li;
  }

  private async renderFilters(all: FilterCounts) {
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
      for (const [value, count] of filterValues(key, values)) {
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
  private async updateCounts(counts: FilterCounts) {
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
