import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * One `astro build` of a checkout at a time. Astro keeps some of a build's files in the
 * project's `.astro/` folder whatever the output and cache folders are (content-modules.mjs
 * lists the MDX modules of the content being built), so two builds of one checkout side by
 * side (a test run and a preview, two fixture sites) could read each other's content. A build
 * that finds another running waits for it, and says so; a lock left by a build that died is
 * taken over.
 */
export function buildLock({ pollMs = 250, log = console.warn } = {}): AstroIntegration {
  let lockFile: string | undefined;
  const release = () => {
    if (lockFile) rmSync(lockFile, { force: true });
    lockFile = undefined;
  };
  return {
    name: 'portal:build-lock',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        if (command !== 'build') return;
        const dir = fileURLToPath(new URL('.astro/', config.root));
        mkdirSync(dir, { recursive: true });
        lockFile = `${dir}build.lock`;
        await acquire(lockFile, pollMs, log);
        process.once('exit', release);
      },
      'astro:build:done': () => release(),
    },
  };
}

/** Whether a process with this id is running (a lock left by a crashed build is stale). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function acquire(file: string, pollMs: number, log: (message: string) => void): Promise<void> {
  let waiting = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: number;
    try {
      holder = Number(readFileSync(file, 'utf8'));
    } catch {
      // Released between our two calls: try again at once.
      continue;
    }
    if (!Number.isInteger(holder) || holder === process.pid || !isRunning(holder)) {
      rmSync(file, { force: true });
      continue;
    }
    if (!waiting) {
      log(`[build-lock] another astro build of this checkout is running (process ${holder}); waiting for it to finish`);
      waiting = true;
    }
    await new Promise((resume) => setTimeout(resume, pollMs));
  }
}
