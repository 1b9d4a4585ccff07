// Progress of a long import: on a terminal one line redrawn in place, elsewhere (CI logs,
// pipes) a line at every tenth so that the log stays short.

/** "[#########-----------]  450/1584  28%" */
export function progressLine(done: number, total: number, width = 30): string {
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.round(ratio * width);
  const count = String(done).padStart(String(total).length);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${Math.floor(ratio * 100)}%`;
}

/** The tenth (1–10) that `done` has just reached, if it is a new one; for logs that are not a terminal. */
export function newTenth(done: number, total: number): number | undefined {
  if (total === 0) return undefined;
  const tenth = Math.floor((done * 10) / total);
  const before = Math.floor(((done - 1) * 10) / total);
  return tenth > before && tenth > 0 ? tenth : undefined;
}
