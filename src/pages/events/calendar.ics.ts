import type { APIRoute } from 'astro';
import { eventCalendar } from '../../lib/event-calendar';
import { loadSite } from '../../lib/site-data';

// The feed calendar apps subscribe to: every published event, past ones included, so that a
// subscriber's calendar keeps its history and sees cancellations.
export const GET: APIRoute = async () => {
  const { upcomingEvents, pastEvents, now } = await loadSite();
  return new Response(eventCalendar([...upcomingEvents, ...pastEvents], now), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
