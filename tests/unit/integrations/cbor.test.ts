import { describe, expect, test } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/integrations/cbor';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('CBOR', () => {
  test('writes the shortest head for each value, as RFC 8949 Appendix A lists them', () => {
    const cases: [CborValue, string][] = [
      [0, '00'],
      [23, '17'],
      [24, '1818'],
      [1000, '1903e8'],
      [1000000, '1a000f4240'],
      [1000000000000, '1b000000e8d4a51000'],
      [-1, '20'],
      [-1000, '3903e7'],
      ['a', '6161'],
      ['水', '63e6b0b4'],
      [[1, [2, 3]], '8201820203'],
      [new Uint8Array([1, 2]), '420102'],
    ];
    for (const [value, bytes] of cases) {
      expect(hex(encodeCbor(value))).toBe(bytes);
      expect(decodeCbor(Buffer.from(bytes, 'hex'))).toEqual(value);
    }
  });

  test('round-trips a word-index shape: words, pages and negative weight markers', () => {
    const chunk: CborValue = [
      [
        ['劳动', [[3, [-25, 44, 400, 5], [-3, 2]]], []],
        ['劳动者', [[70000, [1, 2, 3], []]], []],
      ],
    ];
    expect(decodeCbor(encodeCbor(chunk))).toEqual(chunk);
  });

  test('refuses what it cannot read, naming the byte', () => {
    expect(() => decodeCbor(Buffer.from('f93c00', 'hex'))).toThrow(/major type 7 at byte 0/);
    expect(() => decodeCbor(Buffer.from('8201', 'hex'))).toThrow(/unexpected end at byte 2/);
    expect(() => decodeCbor(Buffer.from('0000', 'hex'))).toThrow(/1 bytes left/);
    expect(() => encodeCbor(1.5)).toThrow(/only integers/);
  });
});
