import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

// Flags for a headless Chromium on a closed network: no sandbox (CI runs as root) and no
// background connections to Google services, which would fail and add noise.
const FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-quic'];
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Where the tests find a browser, in one place: CHROMIUM_PATH if set, else Playwright's own
 * Chromium when it was installed (a developer laptop), else the system Chromium (CI).
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: FLAGS };
  const bundled = safeExecutablePath();
  if (bundled && existsSync(bundled)) return { args: FLAGS };
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: FLAGS };
  throw new Error(
    'No Chromium found: set CHROMIUM_PATH, run `npx playwright install chromium`, or `apt-get install chromium`.',
  );
}

function safeExecutablePath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
