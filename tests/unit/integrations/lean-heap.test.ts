import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

// A build keeps its heap near what it holds alive (src/integrations/lean-heap.ts): the same
// program, run with the integration's build hook and without, must show a smaller heap with it.

const ROOT = resolve(import.meta.dirname, '../../..');

// Keeps some 100 MB alive while it allocates pages that live a little while and die, as a build
// renders pages; prints the largest heap V8 reserved meanwhile, in bytes.
const PROGRAM = `
import { leanHeap } from ${JSON.stringify(join(ROOT, 'src/integrations/lean-heap.ts'))};
if (process.argv[2] === 'build') leanHeap().hooks['astro:config:setup']({ command: 'build' });
if (process.argv[2] === 'dev') leanHeap().hooks['astro:config:setup']({ command: 'dev' });
const kept = [];
for (let i = 0; i < 60; i++) kept.push(Array.from({ length: 20000 }, (_, j) => 'kept ' + i + ' ' + j + ' ' + 'x'.repeat(60)));
let recent = [];
let peak = 0;
for (let round = 0; round < 600; round++) {
  recent.push(Array.from({ length: 10000 }, (_, j) => 'page ' + round + ' ' + j + ' ' + 'y'.repeat(60)));
  if (recent.length > 12) recent = recent.slice(1);
  peak = Math.max(peak, process.memoryUsage().heapTotal);
}
console.log(kept.length && peak);
`;

function peakHeap(command: string): number {
  const file = join(mkdtempSync(join(tmpdir(), 'lean-heap-')), 'program.mjs');
  writeFileSync(file, PROGRAM);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), [file, command], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return Number(result.stdout.trim());
}

test('astro build keeps a smaller heap than V8 would; astro dev keeps V8’s defaults', () => {
  const defaults = peakHeap('none');
  const build = peakHeap('build');
  const dev = peakHeap('dev');
  expect(build).toBeLessThan(defaults * 0.8);
  expect(dev).toBeGreaterThan(build * 1.2);
}, 60_000);
