import { describe, expect, test } from 'vitest';
import { parsePositions, resumeFrom, visit } from '../../../src/client/answer-positions';

const start = '/answers/leaving-home/';
const step = { path: '/answers/leaving-home/work/', title: '你预计在同一个地方连续待多久？' };

describe('guided-answer positions on the device', () => {
  test('a step past the start is remembered and offered on the start page', () => {
    const positions = visit({}, 'leaving-home', step, start);
    expect(resumeFrom(positions, 'leaving-home', start)).toEqual(step);
    // Round trip through storage.
    expect(parsePositions(JSON.stringify(positions))).toEqual(positions);
  });

  test('opening the start page does not forget where the member was', () => {
    const positions = visit({ 'leaving-home': step }, 'leaving-home', { path: start, title: '开始' }, start);
    expect(positions['leaving-home']).toEqual(step);
  });

  test('nothing is offered for another tree, or for an address outside this tree', () => {
    const positions = visit({}, 'leaving-home', step, start);
    expect(resumeFrom(positions, 'back-home', '/answers/back-home/')).toBeUndefined();
    expect(resumeFrom({ 'leaving-home': { path: '/evil/', title: 'x' } }, 'leaving-home', start)).toBeUndefined();
  });

  test('stored text that is not ours counts as nothing saved', () => {
    expect(parsePositions(null)).toEqual({});
    expect(parsePositions('not json')).toEqual({});
    expect(parsePositions('[1,2]')).toEqual({});
    expect(parsePositions('{"a":{"path":1,"title":"x"},"b":{"path":"/p/","title":"t"}}')).toEqual({
      b: { path: '/p/', title: 't' },
    });
  });
});
