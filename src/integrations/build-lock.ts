import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Builds of one checkout take turns unless they build the same content. Astro keeps some of a
 * build's files in the project's `.astro/` folder whatever the output and cache folders are
 * (content-modules.mjs lists the MDX modules of the content being built, written atomically), so
 * two builds of different content side by side (a test run and a preview, two fixture sites)
 * could read each other's modules. Two builds of the same content folder write the same files
 * and may run together (the sample site at / and under /portal/ in the end-to-end setup).
 *
 * Each build leaves a file `.astro/build-locks/<pid>` naming its content folder and when it
 * asked. A build runs when no build of other content asked before it; it waits otherwise, and
 * says so. First come, first served: a build of the running content that arrives after one of
 * other content waits too. A lock left by a build that died is removed.
 */
export function buildLock({
  pollMs = 250,
  log = console.warn,
  content = resolve(process.env.CONTENT_DIR ?? 'content'),
} = {}): AstroIntegration {
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
        const dir = fileURLToPath(new URL('.astro/build-locks/', config.root));
        mkdirSync(dir, { recursive: true });
        lockFile = join(dir, String(process.pid));
        process.once('exit', release);
        await acquire(dir, lockFile, { content, asked: Date.now(), pid: process.pid }, pollMs, log);
      },
      'astro:build:done': () => release(),
    },
  };
}

export interface Holder {
  content: string;
  /** When the build asked (ms since the epoch): the earlier goes first. */
  asked: number;
  pid: number;
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

const before = (a: Holder, b: Holder) => a.asked < b.asked || (a.asked === b.asked && a.pid < b.pid);

/** The live builds of other content that asked before `self` (stale locks are removed on the way). */
export function blockers(dir: string, self: Holder): Holder[] {
  const found: Holder[] = [];
  for (const name of readdirSync(dir)) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === self.pid) continue;
    let holder: Holder;
    try {
      holder = { ...JSON.parse(readFileSync(join(dir, name), 'utf8')), pid };
    } catch {
      // Being written or removed: looked at again on the next round.
      continue;
    }
    if (!isRunning(pid)) {
      rmSync(join(dir, name), { force: true });
      continue;
    }
    if (holder.content !== self.content && before(holder, self)) found.push(holder);
  }
  return found;
}

async function acquire(
  dir: string,
  file: string,
  self: Holder,
  pollMs: number,
  log: (message: string) => void,
): Promise<void> {
  writeFileSync(file, JSON.stringify({ content: self.content, asked: self.asked }));
  let waiting = false;
  for (;;) {
    const first = blockers(dir, self)[0];
    if (!first) return;
    if (!waiting) {
      log(
        `[build-lock] another astro build of this checkout is running (process ${first.pid}, content ${first.content}); waiting for it to finish`,
      );
      waiting = true;
    }
    await new Promise((resume) => setTimeout(resume, pollMs));
  }
}
