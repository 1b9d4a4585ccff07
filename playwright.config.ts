import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';
import { siteUrl } from './tests/support/sites';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: siteUrl('sample'),
    launchOptions: chromiumLaunchOptions(),
    locale: 'zh-CN',
    trace: 'off',
  },
  projects: [
    // Tests tagged @phone or @desktop are about one layout and run in that project only.
    {
      name: 'phone',
      grepInvert: /@desktop/,
      use: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: 'desktop', grepInvert: /@phone/, use: { viewport: { width: 1280, height: 800 } } },
  ],
});
