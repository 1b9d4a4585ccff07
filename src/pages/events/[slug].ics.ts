import type { APIRoute, GetStaticPaths } from 'astro';
import { eventCalendar } from '../../lib/event-calendar';
import { loadSite, type SiteEvent } from '../../lib/site-data';

// "Add to calendar": one event as its own iCalendar file.
export const getStaticPaths = (async () => {
  const { upcomingEvents, pastEvents } = await loadSite();
  return [...upcomingEvents, ...pastEvents].map((event) => ({ params: { slug: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { now } = await loadSite();
  return new Response(eventCalendar([props.event as SiteEvent], now), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
