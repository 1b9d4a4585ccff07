import type { Page } from '@playwright/test';
import { SITE } from '../../src/site.config';

/** Where the built admin finds the test's decap-server: a path on the site's own origin. */
const PROXY = '/__decap-server/api/v1';

/**
 * Lets the built admin (its page, CSP and bundle untouched) log in to decap-server on this
 * machine at `port`. A build's CSP rightly refuses connections to localhost, so the CMS config
 * is served with the local backend at a path on the site's own origin, which the browser passes
 * on to decap-server. `npm run cms` needs none of this: astro dev's CSP allows decap-server.
 */
export async function useLocalBackend(page: Page, port: number = SITE.cms.localBackendPort): Promise<void> {
  const built = `url: http://localhost:${SITE.cms.localBackendPort}/api/v1`;
  await page.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    const config = await response.text();
    if (!config.includes(built)) throw new Error(`the built admin/config.yml has no "${built}"`);
    const proxy = new URL(PROXY, route.request().url()).href;
    await route.fulfill({ response, body: config.replace(built, `url: ${proxy}`) });
  });
  await page.route(`**${PROXY}`, (route) => route.continue({ url: `http://localhost:${port}/api/v1` }));
}
