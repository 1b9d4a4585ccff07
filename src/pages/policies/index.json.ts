import type { APIRoute } from 'astro';
import { policySummaries } from '../../lib/listings';
import { encodePolicyIndex } from '../../lib/policy-index';

/** Data for the filters on /policies/, fetched by the browser on first use. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(encodePolicyIndex(await policySummaries())), {
    headers: { 'content-type': 'application/json' },
  });
