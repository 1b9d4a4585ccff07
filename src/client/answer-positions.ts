/**
 * Where a member last was in each guided answer, kept on the device only: the tree's slug →
 * the step's address and title. Pure, so that the rules are tested without a browser.
 */
export interface Position {
  path: string;
  title: string;
}
export type Positions = Record<string, Position>;

/** The saved positions, or none when the stored text is missing or not ours. */
export function parsePositions(text: string | null): Positions {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(
        (entry): entry is [string, Position] =>
          typeof (entry[1] as Position | null)?.path === 'string' && typeof (entry[1] as Position).title === 'string',
      ),
    );
  } catch {
    return {};
  }
}

/**
 * The positions after visiting a step. Only a step past the start is worth returning to; the
 * start itself leaves the saved position as it is (the member may just be looking).
 */
export function visit(positions: Positions, tree: string, step: Position, start: string): Positions {
  if (step.path === start) return positions;
  return { ...positions, [tree]: step };
}

/** Where to offer to continue from on the start page: a saved step of this tree under its start. */
export function resumeFrom(positions: Positions, tree: string, start: string): Position | undefined {
  const saved = positions[tree];
  return saved && saved.path !== start && saved.path.startsWith(start) ? saved : undefined;
}
