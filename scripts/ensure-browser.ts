/**
 * Makes sure the end-to-end tests have a Chromium. No test tool can download its own browser
 * on a closed network, so on a Debian machine run as root (CI) this installs Debian's
 * chromium; anywhere else it explains what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';

function hasBrowser(): boolean {
  try {
    chromiumLaunchOptions();
    return true;
  } catch {
    return false;
  }
}

export function ensureBrowser(): void {
  if (hasBrowser()) return;
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium (apt-get).");
    const run = (args: string[]) =>
      spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    run(['update', '-qq']);
    run(['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']);
  }
  if (!hasBrowser()) {
    throw new Error(
      'No Chromium for the end-to-end tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
        '`npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
}
