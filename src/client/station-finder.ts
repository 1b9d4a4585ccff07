// The station finder (/stations/): filters the full list the page holds by province, city and
// keyword, in the browser (no server); the filter is kept in the address, so it can be shared.
// A chosen province is the path (/stations/guangdong/, a page of its own that shows that
// province without JavaScript too); city and keyword are the query.
import { readConfig, type Config, type ConfigSchema } from './config';
import { matchesStation, type StationFilter } from './station-filter';
import { plural } from '../lib/messages';

export const schema = {
  /** {count} stations found. */
  count: 'string',
  /** The finder's address with the site's base, e.g. /portal/stations/. */
  root: 'string',
  /** The province whose page this is; absent on the finder's own page. */
  province: 'string?',
} as const satisfies ConfigSchema;
export type StationFinderConfig = Config<typeof schema>;

class AppStationFinder extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const form = this.querySelector<HTMLFormElement>('[data-finder-form]')!;
    const province = form.elements.namedItem('province') as HTMLSelectElement;
    const city = form.elements.namedItem('city') as HTMLSelectElement;
    const keyword = form.elements.namedItem('q') as HTMLInputElement;
    const count = this.querySelector<HTMLElement>('[data-finder-count]')!;
    const none = this.querySelector<HTMLElement>('[data-finder-none]')!;
    const items = [...this.querySelectorAll<HTMLElement>('[data-station]')];
    const groups = [...this.querySelectorAll<HTMLElement>('[data-group]')].reverse();
    const [anyCity, ...cities] = [...city.options];
    const slugs = new Map([...province.options].map((option) => [option.value, option.dataset.slug ?? '']));

    const apply = () => {
      // A city belongs to one province: the list offers only the chosen province's cities
      // (options are removed rather than hidden, which some phone browsers ignore).
      const chosen = city.value;
      city.replaceChildren(
        anyCity!,
        ...cities.filter((option) => province.value === '' || option.dataset.province === province.value),
      );
      city.value = [...city.options].some((option) => option.value === chosen) ? chosen : '';
      const filter: StationFilter = { province: province.value, city: city.value, keyword: keyword.value };
      let shown = 0;
      for (const item of items) {
        const match = matchesStation(
          { province: item.dataset.province!, city: item.dataset.city!, text: item.dataset.text! },
          filter,
        );
        item.hidden = !match;
        if (match) shown += 1;
      }
      // Inner groups first (the list is reversed), so a province sees its cities' state.
      for (const group of groups) group.hidden = !group.querySelector('[data-station]:not([hidden])');
      count.textContent = plural(config.count, shown);
      none.hidden = shown > 0;
      const params = new URLSearchParams();
      if (filter.city) params.set('city', filter.city);
      if (filter.keyword.trim()) params.set('q', filter.keyword.trim());
      const query = params.toString();
      const path = filter.province ? `${config.root}${slugs.get(filter.province)}/` : config.root;
      history.replaceState(null, '', query ? `${path}?${query}` : path);
    };

    // A shared link opens with its filter: the province its page is for, or (links shared
    // before provinces had pages) the one in its query.
    const params = new URLSearchParams(location.search);
    province.value = config.province ?? params.get('province') ?? '';
    city.value = params.get('city') ?? '';
    keyword.value = params.get('q') ?? '';
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    // The list filters as one types; submitting only closes the phone's keyboard.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      keyword.blur();
    });
    form.addEventListener('reset', () => setTimeout(apply));
    // Shown from the first paint where scripts run (.app-js-block); this covers browsers that
    // cannot answer the media query.
    this.querySelector<HTMLElement>('[data-finder-controls]')!.dataset.ready = '';
    // The notes and links for readers without JavaScript: the form does their work now.
    this.querySelector<HTMLElement>('[data-finder-nojs]')!.hidden = true;
    apply();
  }
}
customElements.define('app-station-finder', AppStationFinder);
