// Shared by the build benchmarks (bench-build.ts, bench-scale.ts): running a timed phase,
// measuring folders and printing aligned tables.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const NODE = join(ROOT, 'node_modules/.bin/node');
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
export const PAGEFIND_BIN = join(ROOT, 'node_modules/.bin/pagefind');
export const IMPORT = join(ROOT, 'scripts/import.ts');
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const SAMPLER = join(ROOT, 'scripts/bench/memory-sampler.ts');

export interface Phase {
  name: string;
  seconds: number;
  /** The largest resident set of any one process of the phase (GNU time's %M), when measurable. */
  peakMb?: number | undefined;
  /**
   * The largest sum of the resident sets of all the phase's processes at one time (sampled every
   * 200 ms from /proc), when measurable: what the machine must hold while Astro and Pagefind's
   * processes run side by side.
   */
  totalPeakMb?: number | undefined;
  /**
   * CPU seconds (user + system) of the phase's processes, when measurable. On a machine shared
   * with other builds, wall time says as much about them as about this one; this does not.
   */
  cpuSeconds?: number | undefined;
  log: string;
}

/** Runs a command to completion, timed; a failure throws with the end of its output. */
export function run(name: string, command: string[], env: Record<string, string> = {}, cwd = ROOT): Phase {
  const timed = GNU_TIME ? [GNU_TIME, '-f', '__TIME__ %e %M %U %S', ...command] : command;
  const samples = existsSync('/proc/self/statm') ? mkdtempSync(join(tmpdir(), 'bench-memory-')) : undefined;
  const sampler = samples
    ? spawn(NODE, [SAMPLER, String(process.pid), join(samples, 'peak')], { stdio: 'ignore' })
    : undefined;
  const started = performance.now();
  const result = spawnSync(timed[0]!, timed.slice(1), {
    cwd,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  sampler?.kill();
  const totalBytes =
    samples && existsSync(join(samples, 'peak')) ? Number(readFileSync(join(samples, 'peak'), 'utf8')) : 0;
  if (samples) rmSync(samples, { recursive: true, force: true });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${name} failed (exit ${result.status}):\n${log.slice(-4000)}`);
  const measured = /__TIME__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(log);
  return {
    name,
    seconds,
    peakMb: measured ? Number(measured[2]) / 1024 : undefined,
    totalPeakMb: totalBytes > 0 ? totalBytes / 2 ** 20 : undefined,
    cpuSeconds: measured ? Number(measured[3]) + Number(measured[4]) : undefined,
    log,
  };
}

/** Bytes of a file, or of everything under a folder. */
export function size(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0);
}

/** Prints rows as columns: the first left-aligned, the others right-aligned. */
export function printTable(rows: string[][]): void {
  const width = rows.reduce((w, r) => r.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), [] as number[]);
  for (const row of rows)
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(width[i]!) : cell.padStart(width[i]!))).join('  '));
}
