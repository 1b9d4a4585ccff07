// An event's time in the reader's own zone (EventView.astro), for members abroad, shown only
// when the reader's clock differs from the event's zone at that moment.
import { readConfig, type Config, type ConfigSchema } from './config';
import { formatRange, zoneName, zoneOffset } from '../lib/event-time';
import { fill } from '../lib/messages';

export const schema = {
  /** ISO instants. */
  start: 'string',
  end: 'string',
  /** The event's IANA time zone. */
  zone: 'string',
  /** {zone} and {range} in the reader's zone. */
  template: 'string',
} as const satisfies ConfigSchema;
export type LocalTimeConfig = Config<typeof schema>;

class AppLocalTime extends HTMLElement {
  connectedCallback() {
    const { start, end, zone, template } = readConfig(this, schema);
    const reader = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!reader) return;
    const from = new Date(start);
    const to = new Date(end);
    if (zoneOffset(from, reader) === zoneOffset(from, zone)) return;
    this.textContent = fill(template, {
      zone: `${zoneName(reader, from)}，${reader}`,
      range: formatRange(from, to, reader),
    });
  }
}
customElements.define('app-local-time', AppLocalTime);
