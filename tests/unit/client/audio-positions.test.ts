import { describe, expect, test } from 'vitest';
import {
  MAX_POSITIONS,
  clock,
  parseAudioState,
  remember,
  resumeAt,
  type AudioState,
} from '../../../src/client/audio-positions';

const empty: AudioState = { rate: 1, positions: {} };

describe('parseAudioState', () => {
  test('reads a saved speed and positions', () => {
    const text = JSON.stringify({ rate: 1.5, positions: { a: { time: 12.5, at: 100 } } });
    expect(parseAudioState(text)).toEqual({ rate: 1.5, positions: { a: { time: 12.5, at: 100 } } });
  });

  test('falls back to normal speed and no positions for missing or damaged text', () => {
    for (const text of [null, '', 'not json', '[]', 'null', '{"rate":"fast","positions":[1,2]}'])
      expect(parseAudioState(text)).toEqual(empty);
  });

  test('refuses a speed that is not offered and drops positions that are not numbers', () => {
    const text = JSON.stringify({
      rate: 3,
      positions: { a: { time: -1, at: 1 }, b: { time: '7', at: 1 }, c: null, d: { time: 8, at: 2 } },
    });
    expect(parseAudioState(text)).toEqual({ rate: 1, positions: { d: { time: 8, at: 2 } } });
  });
});

describe('remember', () => {
  test('keeps where the member stopped', () => {
    expect(remember(empty, 'a', 15.2, 24, 1000).positions).toEqual({ a: { time: 15.2, at: 1000 } });
  });

  test('keeps a position while the length is still unknown', () => {
    expect(remember(empty, 'a', 15, NaN, 1).positions.a?.time).toBe(15);
  });

  test('forgets a lesson stopped in its first seconds or heard to the end', () => {
    const saved = remember(empty, 'a', 15, 24, 1);
    expect(remember(saved, 'a', 1, 24, 2).positions).toEqual({});
    expect(remember(saved, 'a', 22, 24, 2).positions).toEqual({});
  });

  test('keeps at most MAX_POSITIONS lessons, forgetting the one heard longest ago', () => {
    let state = empty;
    for (let i = 0; i < MAX_POSITIONS + 1; i++) state = remember(state, `lesson-${i}`, 10, 100, i);
    expect(Object.keys(state.positions)).toHaveLength(MAX_POSITIONS);
    expect(state.positions['lesson-0']).toBeUndefined();
    expect(state.positions[`lesson-${MAX_POSITIONS}`]).toEqual({ time: 10, at: MAX_POSITIONS });
  });

  test('leaves the speed as it was', () => {
    expect(remember({ rate: 1.25, positions: {} }, 'a', 10, 24, 1).rate).toBe(1.25);
  });
});

describe('resumeAt', () => {
  const state = remember(empty, 'a', 15, 24, 1);
  test('gives the saved time of that lesson only', () => {
    expect(resumeAt(state, 'a')).toBe(15);
    expect(resumeAt(state, 'b')).toBeUndefined();
  });
  test('does not resume past the end of a recording that was replaced by a shorter one', () => {
    expect(resumeAt(state, 'a', 24)).toBe(15);
    expect(resumeAt(state, 'a', 16)).toBeUndefined();
  });
});

describe('clock', () => {
  test('shows m:ss, and h:mm:ss from an hour', () => {
    expect(clock(15.9)).toBe('0:15');
    expect(clock(605)).toBe('10:05');
    expect(clock(3725)).toBe('1:02:05');
  });
});
