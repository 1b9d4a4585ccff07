import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES, REFERENCE_FIELDS } from '../../collections';
import { healthRow } from '../../lib/health';
import { referrersOf } from '../../lib/referrers';
import { loadSite } from '../../lib/site-data';

// For the CMS (src/cms/admin/warnings.ts): the content health report, and which entries name
// each entry, drafts included, so it can warn before a delete, an unpublish or a new slug.
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const entries = (await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)))).flat();
  const body = {
    problems: site.problems.map(healthRow),
    referrers: referrersOf(entries, REFERENCE_FIELDS),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
