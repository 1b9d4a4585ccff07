// The filters of the policy listing (PolicyFilters.astro): category, status, issuer and year,
// over /policies/index.json, fetched on first use. The filter state is kept in the address.
import { readConfig, type Config, type ConfigSchema } from './config';
import { plural } from '../lib/messages';
import {
  decodePolicyIndex,
  filterPolicies,
  FILTER_FIELDS,
  type PolicyFilters,
  type PolicySummary,
} from '../lib/policy-index';

export const schema = {
  /** Address of /policies/index.json. */
  index: 'string',
  /** A policy's address with SLUG for its slug. */
  policyPath: 'string',
  /** Each status in words, as the static list shows it. */
  statusLabels: 'record',
  /** {count} documents found. */
  results: 'string',
  none: 'string',
  /** Show {count} more. */
  more: 'string',
  loading: 'string',
  error: 'string',
} as const satisfies ConfigSchema;
export type PolicyFiltersConfig = Config<typeof schema>;

// 20 results at a time, like the static pages.
const PAGE = 20;

class PolicyFiltersElement extends HTMLElement {
  private config!: PolicyFiltersConfig;
  private policies: Promise<PolicySummary[]> | undefined;
  private shown = 0;
  private found: PolicySummary[] = [];

  connectedCallback() {
    this.config = readConfig(this, schema);
    // Shown from the first paint where scripts run (.app-js-block); this covers browsers that
    // cannot answer the media query.
    this.dataset.ready = '';
    const form = this.querySelector('form')!;
    const params = new URLSearchParams(location.search);
    for (const field of FILTER_FIELDS) {
      const select = form.elements.namedItem(field) as HTMLSelectElement;
      select.value = params.get(field) ?? '';
    }
    form.addEventListener('change', () => this.update(true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(true);
    });
    form.addEventListener('reset', () => setTimeout(() => this.update(true)));
    this.querySelector('[data-more]')!.addEventListener('click', () => this.renderMore());
    window.addEventListener('popstate', () => {
      const next = new URLSearchParams(location.search);
      for (const field of FILTER_FIELDS)
        (form.elements.namedItem(field) as HTMLSelectElement).value = next.get(field) ?? '';
      this.update(false);
    });
    void this.update(false);
  }

  private filters(): PolicyFilters {
    const form = this.querySelector('form')!;
    const filters: PolicyFilters = {};
    for (const field of FILTER_FIELDS) {
      const value = (form.elements.namedItem(field) as HTMLSelectElement).value;
      if (value) filters[field] = value;
    }
    return filters;
  }

  private async update(push: boolean) {
    const filters = this.filters();
    const active = Object.keys(filters).length > 0;
    if (push) {
      const query = new URLSearchParams(filters as Record<string, string>).toString();
      history.pushState(null, '', query ? `?${query}` : location.pathname);
    }
    const listing = document.querySelector<HTMLElement>('[data-listing]');
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    results.replaceChildren();
    this.querySelector<HTMLElement>('[data-more]')!.hidden = true;
    if (listing) listing.hidden = active;
    if (!active) {
      status.textContent = '';
      return;
    }
    status.textContent = this.config.loading;
    try {
      this.policies ??= fetch(this.config.index).then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        return decodePolicyIndex(await response.json());
      });
      this.found = filterPolicies(await this.policies, filters);
    } catch {
      this.policies = undefined;
      status.textContent = this.config.error;
      return;
    }
    status.textContent = this.found.length ? plural(this.config.results, this.found.length) : this.config.none;
    this.shown = 0;
    this.renderMore();
  }

  private renderMore() {
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    const next = this.found.slice(this.shown, this.shown + PAGE);
    for (const policy of next) results.append(this.item(policy));
    this.shown += next.length;
    const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    const left = this.found.length - this.shown;
    more.hidden = left <= 0;
    more.textContent = plural(this.config.more, Math.min(PAGE, left));
  }

  private item(policy: PolicySummary): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'app-card';
    const link = document.createElement('a');
    link.className = 'app-tap text-lg font-bold';
    link.href = this.config.policyPath.replace('SLUG', policy.slug);
    link.textContent = policy.title;
    const meta = document.createElement('p');
    meta.className = 'text-sm text-muted';
    meta.textContent = [policy.issuer, policy.docNumber, policy.issueDate, this.config.statusLabels[policy.status]]
      .filter(Boolean)
      .join(' · ');
    li.append(link, meta);
    return li;
  }
}
customElements.define('app-policy-filters', PolicyFiltersElement);
