/**
 * What the lesson player (lesson-audio.ts) keeps on the device: the chosen speed, and where the
 * member stopped in each lesson's recording. Pure, so that the rules are tested without a browser.
 */

/** The speeds offered: members listen on the way to work, often faster than the speaker talks. */
export const RATES = [1, 1.25, 1.5] as const;
export type Rate = (typeof RATES)[number];

export interface Position {
  /** Seconds into the recording. */
  time: number;
  /** When it was saved (ms since 1970), so that the oldest go first. */
  at: number;
}

export interface AudioState {
  rate: Rate;
  /** By lesson slug. */
  positions: Record<string, Position>;
}

/** Lessons whose position is kept; the ones heard longest ago are forgotten first. */
export const MAX_POSITIONS = 50;

/**
 * Seconds at either end that are not worth resuming: a member who stopped in the first
 * seconds starts again anyway, one who stopped in the last ones has finished.
 */
export const MARGIN = 3;

const isRate = (value: unknown): value is Rate => RATES.includes(value as Rate);
const isPosition = (value: unknown): value is Position =>
  typeof value === 'object' &&
  value !== null &&
  Number.isFinite((value as Position).time) &&
  (value as Position).time >= 0 &&
  Number.isFinite((value as Position).at);

/** The saved state, with defaults for what is missing, damaged or not ours. */
export function parseAudioState(text: string | null): AudioState {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '{}');
  } catch {
    value = {};
  }
  const saved = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof AudioState, unknown>
  >;
  const positions =
    typeof saved.positions === 'object' && saved.positions !== null && !Array.isArray(saved.positions)
      ? Object.fromEntries(
          Object.entries(saved.positions).filter((entry): entry is [string, Position] => isPosition(entry[1])),
        )
      : {};
  return { rate: isRate(saved.rate) ? saved.rate : 1, positions };
}

/**
 * The state after the member stopped at `time` seconds of lesson `key` (of `duration` seconds,
 * NaN while unknown): kept if it is worth coming back to, dropped if it is at either end.
 */
export function remember(state: AudioState, key: string, time: number, duration: number, now: number): AudioState {
  const others = Object.fromEntries(Object.entries(state.positions).filter(([name]) => name !== key));
  const finished = Number.isFinite(duration) && time >= duration - MARGIN;
  if (!Number.isFinite(time) || time < MARGIN || finished) return { ...state, positions: others };
  const kept = Object.entries(others)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_POSITIONS - 1);
  return { ...state, positions: { ...Object.fromEntries(kept), [key]: { time, at: now } } };
}

/** Where to resume lesson `key`, if anywhere: never at or past the end of a recording that changed. */
export function resumeAt(state: AudioState, key: string, duration = NaN): number | undefined {
  const time = state.positions[key]?.time;
  if (time === undefined) return undefined;
  if (Number.isFinite(duration) && time >= duration - MARGIN) return undefined;
  return time;
}

/** A time as the player shows it: m:ss, or h:mm:ss from an hour. */
export function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
