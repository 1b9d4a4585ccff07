import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { APP_ICONS, ICON_BACKGROUND, MASKABLE_SCALE, renderIcon } from '../../../src/lib/app-icons';

const SOURCE = readFileSync(join(import.meta.dirname, '../../../src/assets/app-icon.svg'), 'utf8');
const [R, G, B] = [1, 3, 5].map((i) => parseInt(ICON_BACKGROUND.slice(i, i + 2), 16));

async function pixels(png: Uint8Array) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) =>
    Array.from(data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4));
  return { info, at };
}

const icon = (name: string) => APP_ICONS.find((i) => i.name === name)!;
const isBackground = ([r, g, b, a]: number[]) =>
  a === 255 && Math.abs(r! - R!) <= 3 && Math.abs(g! - G!) <= 3 && Math.abs(b! - B!) <= 3;
const isWhite = ([r, g, b, a]: number[]) => a === 255 && r! > 250 && g! > 250 && b! > 250;

describe('home-screen icons from the one source image', () => {
  test('each is a PNG of its stated size', async () => {
    expect(APP_ICONS.map((i) => `${i.name} ${i.size}`)).toEqual([
      'icon-192 192',
      'icon-512 512',
      'maskable-512 512',
      'apple-touch-icon 180',
    ]);
    for (const entry of APP_ICONS) {
      const meta = await sharp(await renderIcon(SOURCE, entry)).metadata();
      expect([meta.format, meta.width, meta.height], entry.name).toEqual(['png', entry.size, entry.size]);
    }
  });

  test('the plain icons keep the rounded corners of the drawing, transparent outside', async () => {
    const { at } = await pixels(await renderIcon(SOURCE, icon('icon-192')));
    expect(at(0, 0)[3]).toBe(0);
    expect(isBackground(at(96, 10))).toBe(true);
  });

  test('the maskable icon is opaque, and draws nothing outside the safe zone (a circle of 80 %)', async () => {
    const { info, at } = await pixels(await renderIcon(SOURCE, icon('maskable-512')));
    const size = info.width;
    const centre = size / 2;
    let drawn = 0;
    let transparent = 0;
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const p = at(x, y);
        if (p[3] !== 255) transparent++;
        const outside = Math.hypot(x + 0.5 - centre, y + 0.5 - centre) > size * 0.4;
        if (outside && !isBackground(p)) throw new Error(`maskable icon draws at ${x},${y} outside the safe zone`);
        if (isWhite(p)) drawn++;
      }
    expect(transparent).toBe(0);
    // The character is there, at the scale the safe zone allows.
    expect(drawn).toBeGreaterThan(size * size * 0.05);
    expect(MASKABLE_SCALE).toBeLessThanOrEqual(0.8);
  });

  test('the apple-touch-icon fills its square: iOS rounds the corners and would show transparency as black', async () => {
    const { info, at } = await pixels(await renderIcon(SOURCE, icon('apple-touch-icon')));
    for (const [x, y] of [
      [0, 0],
      [info.width - 1, 0],
      [0, info.height - 1],
      [info.width - 1, info.height - 1],
    ])
      expect(isBackground(at(x!, y!)), `${x},${y}`).toBe(true);
  });

  test('an SVG without a viewBox is refused with a message', async () => {
    await expect(renderIcon('<svg xmlns="http://www.w3.org/2000/svg"/>', icon('icon-192'))).rejects.toThrow(
      /app icon: the SVG needs a viewBox/,
    );
  });
});
