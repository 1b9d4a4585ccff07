import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../../src/security-headers';
import { PAGE_TYPES } from '../support/pages';

test('every page type stays on its own origin and breaks no CSP rule', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
      'content',
      /default-src 'self'.*script-src 'self'/,
    );
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).not.toContain('unsafe-inline');
  }
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test('the phone menu script runs under the CSP @phone', async ({ page }) => {
  await page.goto(PAGE_TYPES.home);
  await expect(page.getByRole('button', { name: '菜单' })).toBeVisible();
});

test('the static host sends the security headers from the build, and caches hashed assets for good @desktop', async ({
  page,
}) => {
  // The test server applies the build's _headers as Netlify or Cloudflare Pages would.
  const response = await page.goto(PAGE_TYPES.policy);
  const headers = response!.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
  const stylesheet = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
  const asset = await page.request.get(stylesheet!);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // Framing is refused, on top of the page's own CSP.
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
});
