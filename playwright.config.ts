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
  // A first search loads Pagefind's wasm and index, and axe walks whole pages: on a busy two-core
  // machine either can take longer than Playwright's default 5 s for one expectation.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: siteUrl('sample'),
    launchOptions: chromiumLaunchOptions(),
    locale: 'zh-CN',
    trace: 'off',
  },
  projects: [
    // Members read on phones: every test runs on the phone unless tagged @desktop (the desktop
    // layout only, or a check of built files that needs no second width). The desktop project
    // runs those and the tests tagged @wide: where the layout changes with the width (the
    // navigation bar, the home page's columns, the sticky table of contents, axe on the page
    // types whose layout differs). Behaviour that is the same at any width is not run twice.
    {
      name: 'phone',
      grepInvert: /@desktop/,
      use: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: 'desktop', grep: /@desktop|@wide/, use: { viewport: { width: 1280, height: 800 } } },
  ],
});
