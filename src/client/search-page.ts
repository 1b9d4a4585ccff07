// The search page's element (<app-search>, src/pages/search.astro): reads the form and the
// address, fetches from Pagefind, and draws what the plan in src/search/plan.ts decides.
// Without a connection (offline, or Pagefind's files cannot be fetched) it searches the pages
// kept on this device instead (src/search/offline.ts), and says so.
import { formatDay } from '../lib/dates';
import { fill, plural } from '../lib/messages';
import { boundQuery } from '../search/bounds';
import type { EverydayTerms } from '../search/everyday-terms';
import { markTerms } from '../search/excerpts';
import { PAGEFIND_OPTIONS } from '../search/index-config';
import { libraryIndex } from '../search/library';
import { searchSaved, type SavedPage, type SavedResult } from '../search/offline';
import { planSearch, type FilterCounts, type Plan, type SearchOptions, type SearchRequest } from '../search/plan';
import { hasTraditional, parseCharacterTable } from '../search/traditional';
import {
  filterValues,
  resultLink,
  RESULTS_PER_BATCH,
  resultView,
  type ResultData,
  type SearchLabels,
} from '../search/view';
import { savedPages } from './saved-pages';

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
  mergeIndex: (indexPath: string, options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options?: SearchOptions) => Promise<PagefindSearch>;
}

/** A result to draw: a Pagefind result's fragment is fetched first; a saved page's is at hand. */
type Entry = () => Promise<Node>;

class SearchPage extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private table: Promise<Map<string, string>> | undefined;
  private results: Entry[] = [];
  private shown = 0;
  /** Results holding only some of the words, listed when the reader asks (Plan.partialHidden). */
  private held: Entry[] = [];
  private terms: string[] = [];
  private article: string | undefined;
  private run = 0;
  /** The portal's law library could not be reached: the portal's own pages are searched, and the reader told. */
  private libraryMissing = false;

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
    this.el('[data-show-partial]').addEventListener('click', () => void this.showHeld());
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
      // Only a portal configured with a law library has the attribute: others make no request for one.
      if (this.dataset.library) await this.mergeLibrary(pagefind, this.dataset.library);
      return pagefind;
    })();
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  /**
   * Merges the law library's index (Pagefind's multi-site search), after checking that it can be
   * reached: Pagefind keeps an index it failed to load and would then fail every search, while a
   * library that is down should cost the reader only its laws.
   */
  private async mergeLibrary(pagefind: Pagefind, url: string) {
    const index = libraryIndex(url);
    try {
      const response = await fetch(index.entry);
      if (!response.ok) throw new Error(`${index.entry}: ${response.status}`);
    } catch {
      this.libraryMissing = true;
      return;
    }
    await pagefind.mergeIndex(index.indexPath, index.options);
  }

  /** OpenCC's Traditional → Simplified character table, fetched only for a query with Chinese in it. */
  private loadTable(): Promise<Map<string, string>> {
    this.table ??= import('opencc-js/dict/TSCharacters').then((m: { default: string }) =>
      parseCharacterTable(m.default),
    );
    // Offline, the table is there only if a search used it before: the next try may find it.
    this.table.catch(() => (this.table = undefined));
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
    const state: SearchRequest = this.state();
    if (push) {
      const params = new URLSearchParams();
      if (state.query) params.set('q', state.query);
      for (const [key, value] of Object.entries(state.filters)) params.set(key, value);
      if (state.sort) params.set('sort', state.sort);
      const query = params.toString();
      history.pushState(null, '', query ? `?${query}` : location.pathname);
    }
    this.el('[data-status]').textContent = this.labels.loading;
    // Offline as the browser knows it: Pagefind's files would fail, or answer from what earlier
    // searches left in the cache, for some words and not others.
    if (!navigator.onLine) return this.searchSaved(run, state);
    let plan: Plan<PagefindResult>;
    try {
      const pagefind = await this.loadPagefind();
      // The filters' values are fetched when they are shown (open, or one is set), not before.
      if (this.filtersWanted(state.filters)) await this.loadFilters(pagefind);
      plan = await planSearch(state, {
        search: (term, options) => (term === null ? this.browse(pagefind, options) : pagefind.search(term, options)),
        meta: async (result) => (await result.data()).meta,
        simplifiedTable: () => this.loadTable(),
        traditional: this.dataset.traditional!,
        everyday: this.everyday,
        readsTraditional: this.readsTraditional,
      });
    } catch {
      // A file of the index (or the table) could not be fetched: the connection is gone.
      return this.searchSaved(run, state);
    }
    this.show(run, plan);
    if (plan.counts) await this.updateCounts(plan.counts);
  }

  private get everyday(): EverydayTerms {
    return JSON.parse(this.dataset.terms!) as EverydayTerms;
  }
  private get readsTraditional(): boolean {
    return document.documentElement.lang === 'zh-Hant';
  }

  /** Searches the pages kept on this device (src/search/offline.ts) and draws them, saying so. */
  private async searchSaved(run: number, state: SearchRequest) {
    const labels = this.labels;
    let pages: SavedPage[] = [];
    try {
      if ('caches' in window)
        pages = await savedPages(JSON.parse(this.dataset.caches!) as string[], this.dataset.base!);
    } catch {
      // Storage the browser will not open (a private window): nothing saved to search.
    }
    // The Traditional table, if an earlier search left it in the cache; else the query as typed.
    const simplified = hasTraditional(state.query, this.dataset.traditional!)
      ? await this.loadTable().catch(() => undefined)
      : undefined;
    const found = searchSaved(pages, state, {
      everyday: this.everyday,
      simplified,
      readsTraditional: this.readsTraditional,
    });
    if (run !== this.run) return;
    this.terms = found.terms;
    this.article = undefined;
    this.el('[data-weak]').hidden = true;
    // Where the results come from, said first. With no page saved, search needs the connection.
    const count = pages.length;
    const notes = found.notes.map((note) => fill(labels[note.key], note.params));
    let status: string;
    if (count === 0) status = labels.offline;
    else if (found.path === 'prompt') {
      status = labels.prompt;
      notes.unshift(fill(labels.savedPrompt, { count }));
    } else if (found.results.length > 0) {
      status = plural(labels.count, found.results.length);
      notes.unshift(fill(labels.savedNote, { count }));
    } else status = fill(labels.savedNone, { count });
    this.notes(notes);
    this.el('[data-status]').textContent = status;
    // "部分匹配" stands before the first page that holds only some of the words.
    const partial = found.results.findIndex((result) => !result.allWords);
    this.draw(
      found.results.map(
        (result, i) => async () =>
          this.partial(this.savedItem(result), partial >= 0 && i >= partial, i === partial, labels.savedPartial),
      ),
    );
  }

  // Browses without a query (which pages are laws in force, of a year…) give the same pages for
  // the same filters while the page is open: each is asked of Pagefind once.
  private browsed = new Map<string, Promise<PagefindSearch>>();
  private browse(pagefind: Pagefind, options: SearchOptions): Promise<PagefindSearch> {
    const key = JSON.stringify(options);
    let found = this.browsed.get(key);
    if (!found) {
      found = pagefind.search(null, options);
      found.catch(() => this.browsed.delete(key));
      this.browsed.set(key, found);
    }
    return found;
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
    this.terms = plan.terms;
    this.article = plan.article;
    this.showWeak(plan);
    this.el('[data-results]').dataset.words = JSON.stringify(plan.wanted);
    this.notes([
      ...(this.libraryMissing && !plan.paths.includes('prompt') ? [labels.libraryMissing] : []),
      ...plan.notes.map((note) => fill(labels[note.key], note.params)),
    ]);
    const from = plan.partialFrom;
    const listed = plan.partialHidden ? from : plan.results.length;
    this.el('[data-status]').textContent = plan.paths.includes('prompt')
      ? labels.prompt
      : listed
        ? plural(labels.count, listed)
        : labels.none;
    const entries = plan.results.map(
      (result, i) => async () => this.partial(this.item(await result.data()), i >= from, i === from, labels.partial),
    );
    const showPartial = this.el('[data-show-partial]');
    showPartial.textContent = fill(labels.showPartial, { count: plan.results.length - from });
    this.draw(entries.slice(0, listed), entries.slice(listed));
  }

  /** The reader asked for the results holding only some of the words: they follow, under 部分匹配. */
  private async showHeld() {
    const held = this.held;
    this.held = [];
    this.el('[data-show-partial]').hidden = true;
    this.results = [...this.results, ...held];
    await this.renderMore();
    // The first of them (its separator) is where the reader goes on reading.
    this.el('[data-results] [data-partial]')?.closest('li')?.querySelector<HTMLElement>('h2 a')?.focus();
  }

  /**
   * Marks a result that holds only some of the words; the first of them carries the 部分匹配
   * separator above its content (inside the item, so that the list holds results only).
   */
  private partial(li: HTMLLIElement, partial: boolean, first: boolean, label: string): HTMLLIElement {
    if (!partial) return li;
    li.dataset.partialMatch = '';
    if (first) {
      const separator = document.createElement('p');
      separator.className = 'mb-2 border-b border-line pb-1 text-sm font-bold text-muted';
      separator.dataset.partial = '';
      separator.textContent = label;
      li.prepend(separator);
    }
    return li;
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

  private notes(texts: string[]) {
    this.el('[data-notes]').replaceChildren(
      ...texts.map((text) => Object.assign(document.createElement('li'), { textContent: text })),
    );
  }

  /** Replaces the results drawn by `results`, the first batch of them at once. */
  private draw(results: Entry[], held: Entry[] = []) {
    this.results = results;
    this.held = held;
    this.shown = 0;
    this.el('[data-results]').replaceChildren();
    void this.renderMore();
  }

  private async renderMore() {
    const results = this.results;
    const run = this.run;
    const next = results.slice(this.shown, this.shown + RESULTS_PER_BATCH);
    this.shown += next.length;
    const list = this.el('[data-results]');
    // Fetched together, drawn one a frame: a phone lays out one result's Chinese text at a
    // time instead of all five in one long task that would hold up a tap. The list is busy
    // meanwhile, so assistive technology (and tests) wait for the whole batch.
    list.setAttribute('aria-busy', 'true');
    try {
      const items = next.map((result) => result());
      for (const pending of items) {
        const item = await pending;
        if (this.results !== results) return;
        list.append(item);
        if (!document.hidden) await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      }
    } catch {
      // A result's fragment could not be fetched: the connection is gone since the search
      // began. The pages kept on this device are searched instead.
      if (this.results === results && run === this.run) void this.searchSaved(++this.run, this.state());
    } finally {
      // A newer search has its own batch, and clears the mark when that is drawn.
      if (this.results === results) list.removeAttribute('aria-busy');
    }
    const more = this.el<HTMLButtonElement>('[data-more]');
    more.hidden = this.shown >= results.length;
    // Offered once every result holding all the words is on the list.
    this.el('[data-show-partial]').hidden = this.held.length === 0 || this.shown < results.length;
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

  /** A page kept on this device, drawn as a Pagefind result is, marked as saved. */
  private savedItem(result: SavedResult): HTMLLIElement {
    const { page } = result;
    return this.card(
      [page.type, page.date && formatDay(page.date), this.labels.savedMark].filter(Boolean).join(' · '),
      page.title,
      resultLink(page.url, this.terms),
      result.excerpt,
    );
  }

  private card(line: string, title: string, href: string, excerpt: string): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'app-card';
    const meta = document.createElement('p');
    meta.className = 'text-sm text-muted';
    meta.textContent = line;
    const heading = document.createElement('h2');
    heading.className = 'text-lg';
    const link = Object.assign(document.createElement('a'), { href, className: 'app-tap' });
    link.textContent = title;
    heading.append(link);
    const text = document.createElement('p');
    text.className = 'text-base';
    text.append(this.marked(excerpt));
    li.append(meta, heading, text);
    return li;
  }

  private item(data: ResultData): HTMLLIElement {
    const view = resultView(data, this.terms, this.article);
    const li = this.card(view.line, view.title, view.href, view.excerpt);
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
