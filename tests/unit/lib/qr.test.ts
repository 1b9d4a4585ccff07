import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { publicUrl, qrModules } from '../../../src/lib/qr';

/** The modules painted as pixels (4 per module, a quiet zone of 4 modules), read as a camera would. */
function decode({ size, bits }: { size: number; bits: string }): string | undefined {
  const scale = 4;
  const side = (size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y += 1)
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / scale) - 4;
      const col = Math.floor(x / scale) - 4;
      if (row >= 0 && col >= 0 && row < size && col < size && bits[row * size + col] === '1')
        pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  return jsQR(pixels, side, side)?.data;
}

describe("the page's QR code as modules, for the outcome card drawn in the browser", () => {
  test('is a square of dark and light modules that decodes to the address', () => {
    const url = publicUrl('/answers/leaving-home/work/over-6-months/yes/');
    const qr = qrModules(url);
    expect(qr.bits).toMatch(/^[01]+$/);
    expect(qr.bits).toHaveLength(qr.size * qr.size);
    expect(decode(qr)).toBe(url);
  });
});
