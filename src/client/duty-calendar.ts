// A member's own calendar of duties (DutyCalendar.astro): they tick the duties that apply, and
// the .ics is built here on the device and saved from a Blob. Nothing is sent anywhere.
import { readConfig, type Config, type ConfigSchema } from './config';
import { checkDuties, DUTY_IDS, dutyEvents, type DutyId, type DutyText } from '../lib/duties';
import { dutyCalendar } from '../lib/duty-ical';
import { plural } from '../lib/messages';

export const schema = {
  /** SITE.duties as the build checked it, as JSON; checked again here with the same rules. */
  settings: 'string',
  /** Words of each offered duty: "<id>.title", "<id>.description", "<id>.alarm". */
  texts: 'record',
  /** The site's host, for the events' UIDs. */
  host: 'string',
  /** Calendar name shown by the member's calendar app. */
  name: 'string',
  /** Name of the saved file. */
  file: 'string',
  /** Days to report in within, where the page says; else the settings'. */
  reportInDays: 'number?',
  /** {count} duties in the file. */
  done: 'string',
  none: 'string',
  badDate: 'string',
} as const satisfies ConfigSchema;
export type DutyCalendarConfig = Config<typeof schema>;

const isDuty = (value: string): value is DutyId => (DUTY_IDS as readonly string[]).includes(value);

class AppDutyCalendar extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const settings = checkDuties(JSON.parse(config.settings), `<${this.localName}> data-settings`);
    const from = this.querySelector<HTMLInputElement>('[data-from]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    // Today on this device, the day a member leaving or arriving most often means.
    const now = new Date();
    from.value ||= `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

    this.querySelector('[data-download]')!.addEventListener('click', () => {
      const chosen = [...this.querySelectorAll<HTMLInputElement>('input[name="duty"]:checked')]
        .map((box) => box.value)
        .filter(isDuty);
      if (chosen.length === 0) return void (status.textContent = config.none);
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from.value);
      if (!day) return void (status.textContent = config.badDate);
      const [year, month, date] = day.slice(1).map(Number) as [number, number, number];
      const texts: Partial<Record<DutyId, DutyText>> = {};
      for (const id of chosen)
        texts[id] = {
          title: config.texts[`${id}.title`] ?? '',
          description: config.texts[`${id}.description`] ?? '',
          alarm: config.texts[`${id}.alarm`] ?? '',
        };
      const events = dutyEvents({
        settings,
        texts,
        chosen,
        from: { year, month, day: date },
        host: config.host,
        reportInDays: config.reportInDays,
      });
      const text = dutyCalendar({ name: config.name, timeZone: settings.timeZone, stamp: new Date(), events });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      a.download = config.file;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      status.textContent = plural(config.done, events.length);
    });
    this.hidden = false;
    this.parentElement?.querySelector('[data-duty-needs-js]')?.remove();
  }
}
customElements.define('app-duty-calendar', AppDutyCalendar);
