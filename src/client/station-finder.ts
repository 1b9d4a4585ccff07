// The station finder (/stations/): filters the full list the page holds by province, city and
// keyword, in the browser (no server); the filter is kept in the address, so it can be shared.
import { readConfig, type Config, type ConfigSchema } from './config';
import { matchesStation, type StationFilter } from './station-filter';
import { plural } from '../lib/messages';

export const schema = {
  /** {count} stations found. */
  count: 'string',
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
      if (filter.province) params.set('province', filter.province);
      if (filter.city) params.set('city', filter.city);
      if (filter.keyword.trim()) params.set('q', filter.keyword.trim());
      const query = params.toString();
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    };

    // A shared link opens with its filter.
    const params = new URLSearchParams(location.search);
    province.value = params.get('province') ?? '';
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
    this.querySelector<HTMLElement>('[data-finder-controls]')!.hidden = false;
    apply();
  }
}
customElements.define('app-station-finder', AppStationFinder);
