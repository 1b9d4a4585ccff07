/**
 * Samples the memory of a process tree: every 200 ms, the resident sets of all descendants of
 * process `root` (this sampler excepted) are added up, and the largest sum so far is written to
 * `out` (in bytes). GNU time reports the largest single process; a build that runs Pagefind's
 * processes beside Astro's needs the sum, which is what the machine must hold.
 *
 *   node scripts/bench/memory-sampler.ts <root pid> <out file>
 *
 * Linux only (it reads /proc); run.ts starts it around each timed phase and stops it after.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const [root, out] = [Number(process.argv[2]), process.argv[3]!];
const PAGE = 4096;

/** Parent of every process now running, by pid. */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces and parentheses.
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return parentOf;
}

/** Bytes resident in the descendants of `root`, this process excepted. */
export function treeResidentBytes(rootPid: number, self = process.pid): number {
  const parentOf = parents();
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  let bytes = 0;
  const stack = [...(children.get(rootPid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (pid === self) continue;
    stack.push(...(children.get(pid) ?? []));
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

if (import.meta.main) {
  let peak = 0;
  writeFileSync(out, '0');
  setInterval(() => {
    const bytes = treeResidentBytes(root);
    if (bytes > peak) writeFileSync(out, String((peak = bytes)));
  }, 200);
}
