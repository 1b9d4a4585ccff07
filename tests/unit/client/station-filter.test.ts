import { describe, expect, test } from 'vitest';
import { matchesStation } from '../../../src/client/station-filter';

const station = { province: '广东省', city: '东莞市', text: '清源县驻东莞流动党员党支部 塘厦镇 报到登记 党费交纳' };
const any = { province: '', city: '', keyword: '' };

describe('matchesStation', () => {
  test('no filter matches every station', () => {
    expect(matchesStation(station, any)).toBe(true);
  });
  test('province and city must be the station’s own', () => {
    expect(matchesStation(station, { ...any, province: '广东省' })).toBe(true);
    expect(matchesStation(station, { ...any, province: '浙江省' })).toBe(false);
    expect(matchesStation(station, { ...any, province: '广东省', city: '深圳市' })).toBe(false);
  });
  test('every keyword must appear, separated by spaces or Chinese commas', () => {
    expect(matchesStation(station, { ...any, keyword: '塘厦 党费' })).toBe(true);
    expect(matchesStation(station, { ...any, keyword: '塘厦，党费' })).toBe(true);
    expect(matchesStation(station, { ...any, keyword: '塘厦 法律咨询' })).toBe(false);
    expect(matchesStation(station, { ...any, keyword: '   ' })).toBe(true);
  });
});
