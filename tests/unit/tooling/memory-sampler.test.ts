import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { expect, test } from 'vitest';
import { treeResidentBytes } from '../../../scripts/bench/memory-sampler';

// The build benchmarks report the memory of all of a build's processes at once (Astro's and
// Pagefind's), summed over the process tree from /proc.

test.runIf(process.platform === 'linux')(
  'adds up the resident memory of every process below the root',
  async () => {
    const before = treeResidentBytes(process.pid);
    // A child holding 200 MB it has written to (so resident), and its own child holding 100 MB.
    const hold = (mb: number) => `globalThis.held = Buffer.alloc(${mb} * 2 ** 20, 1);`;
    const grandchild = `${hold(100)} console.log('ready'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, [
      '-e',
      `${hold(200)} const { spawn } = require('node:child_process');
     const g = spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: ['ignore', 'pipe', 'inherit'] });
     g.stdout.once('data', () => console.log('ready'));
     process.on('SIGTERM', () => { g.kill(); process.exit(); });
     setInterval(() => {}, 1000);`,
    ]);
    try {
      await once(child.stdout!, 'data');
      const during = treeResidentBytes(process.pid);
      expect(during - before).toBeGreaterThan(300 * 2 ** 20);
    } finally {
      child.kill();
      await once(child, 'exit');
    }
  },
  30_000,
);
