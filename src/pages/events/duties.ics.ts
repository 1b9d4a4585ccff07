import type { APIRoute } from 'astro';
import { organizationDutyCalendar } from '../../lib/organization-duties';
import { loadSite } from '../../lib/site-data';

// The organization's recurring days (主题党日, study, 党费) as a calendar members subscribe to,
// beside the events' feed: a changed day in src/site.config.ts reaches their phones.
export const GET: APIRoute = async () => {
  const { now } = await loadSite();
  return new Response(organizationDutyCalendar(now), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
