import { expect, test } from '@playwright/test';
import { REFERRER_POLICY, SECURITY_HEADERS } from '../../src/security-headers';
import { foreignPage, mirrorSample } from '../support/mirror-site';
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

test('pages ask for the same referrer policy as the header: no address leaves the site @desktop', async ({ page }) => {
  const policy = REFERRER_POLICY;
  expect(SECURITY_HEADERS['Referrer-Policy']).toBe(policy);
  for (const path of [PAGE_TYPES.home, PAGE_TYPES.lesson, PAGE_TYPES.me, '/admin/']) {
    const response = await page.goto(path);
    expect(response!.headers()['referrer-policy'], path).toBe(policy);
    await expect(page.locator('meta[name="referrer"]'), path).toHaveAttribute('content', policy);
  }
});

test('served without response headers, 我的学习 and the CMS show nothing inside another site’s frame @desktop', async ({
  page,
}) => {
  // The build on a host that sends no headers (GitHub Pages), framed by a page on another origin.
  const site = await mirrorSample({ omit: ['_headers'] });
  const framing = await foreignPage(
    `<iframe title="我的学习" src="${site.url('/me/')}" width="800" height="600"></iframe>` +
      `<iframe title="后台" src="${site.url('/admin/')}" width="800" height="600"></iframe>`,
  );
  try {
    const me = await page.goto(site.url('/me/'));
    expect(me!.headers()['x-frame-options']).toBeUndefined();
    // At the top level the page works.
    await expect(page.getByRole('button', { name: '导出学习记录' })).toBeVisible();
    await page.goto(site.url('/admin/'));
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible();

    await page.goto(framing.url);
    const framed = page.frameLocator('iframe[title="我的学习"]');
    await expect(framed.getByRole('heading', { level: 1 })).toHaveText('我的学习');
    const openAlone = framed.getByRole('link', { name: '这一页不能放在其他网站的页面里使用，请点此在新窗口中打开。' });
    await expect(openAlone).toBeVisible();
    await expect(openAlone).toHaveAttribute('target', '_blank');
    await expect(openAlone).toHaveAttribute('href', site.url('/me/'));
    for (const name of ['导出学习记录', '打印学习记录'])
      await expect(framed.getByRole('button', { name })).toBeHidden();
    await expect(framed.getByLabel('导入学习记录')).toBeHidden();
    await expect(framed.locator('app-my-study')).toBeHidden();

    const admin = page.frameLocator('iframe[title="后台"]');
    await expect(admin.locator('script[src$="cms-setup.js"]')).toBeAttached();
    expect(await admin.locator('body').evaluate(() => (window as { CMS_MANUAL_INIT?: boolean }).CMS_MANUAL_INIT)).toBe(
      true,
    );
    await expect(admin.getByRole('button', { name: '登录' })).toHaveCount(0);
    await expect(admin.locator('#nc-root')).toHaveCount(0);
  } finally {
    await framing.close();
    await site.close();
  }
});
