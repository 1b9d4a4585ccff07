import { deflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { create } from 'qrcode/lib/core/qrcode.js';
import { describe, expect, test } from 'vitest';
import {
  mergeProgress,
  parseProgress,
  setDone,
  recordVisit,
  emptyProgress,
  type Progress,
} from '../../../src/client/progress';
import {
  MAX_UNPACKED_BYTES,
  QR_MAX_BYTES,
  fitsOneCode,
  fromBase64Url,
  toBase64Url,
  transferData,
  transferUrl,
  unpackTransfer,
} from '../../../src/client/progress-transfer';
import { modulesPath } from '../../../src/client/qr-svg';

const SITE = { origin: 'https://example.org', base: '/portal/' };
const PAGE = 'https://example.org/portal/me/';
const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 8, 30, 15, 123));

/** The longest address one code holds. */
const LARGEST = PAGE + '#progress=' + 'x'.repeat(QR_MAX_BYTES - PAGE.length - '#progress='.length);

/** A record of `count` lessons as members make them: Chinese titles, visits, most of them done. */
function record(count: number): Progress {
  let progress = emptyProgress();
  for (let i = 0; i < count; i += 1) {
    const lesson = {
      id: `lesson-${i}-dang-de-zuzhi-shenghuo`,
      title: `第${i + 1}课 流动党员怎样参加组织生活和按时交纳党费`,
      url: `/portal/lessons/lesson-${i}-dang-de-zuzhi-shenghuo/`,
      course: `course-${i % 3}-jichu-zhishi`,
    };
    progress = recordVisit(progress, lesson, day(i));
    if (i % 4 !== 3) progress = setDone(progress, lesson, true, day(i));
  }
  return progress;
}

/** The data of a transfer that packs `text` as transferUrl does (zlib deflate, base64url). */
const packed = (text: string | Buffer) => toBase64Url(deflateSync(text));

/** Draws modulesPath's rectangles, `scale` pixels a module, and reads the code back with jsQR. */
function decodePath(path: string, modules: number, scale = 4): string | undefined {
  const side = (modules + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    expect(Number(m[4])).toBe(w);
    for (let py = y * scale; py < (y + 1) * scale; py += 1)
      for (let px = x * scale; px < (x + w) * scale; px += 1)
        pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
  }
  return jsQR(pixels, side, side)?.data;
}

describe('progress transfer by QR code', () => {
  test('carries the record in the fragment of /me/ and brings it back, valid for the file import', async () => {
    const progress = record(5);
    const url = await transferUrl(progress, PAGE);
    const parsed = new URL(url);
    // Only the fragment carries it, which browsers never send to a server.
    expect(parsed.origin + parsed.pathname + parsed.search).toBe(PAGE);
    const data = transferData(parsed.hash);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    const text = await unpackTransfer(data!);
    expect(text).toBe(JSON.stringify(progress));
    const back = parseProgress(text!, SITE);
    expect(back.ok && back.progress).toEqual(progress);
  });

  test('merging a transferred record into another phone’s loses nothing on either', async () => {
    const old = record(4);
    const other = setDone(
      emptyProgress(),
      { id: 'new-phone', title: '新手机上学的课', url: '/portal/lessons/new-phone/', course: 'c' },
      true,
      day(9),
    );
    const back = parseProgress(
      (await unpackTransfer(transferData(new URL(await transferUrl(old, PAGE)).hash)!))!,
      SITE,
    );
    const merged = mergeProgress(other, back.ok ? back.progress : emptyProgress());
    expect(Object.keys(merged.lessons).sort()).toEqual([...Object.keys(old.lessons), 'new-phone'].sort());
    for (const [id, lesson] of Object.entries(old.lessons)) expect(merged.lessons[id]).toEqual(lesson);
  });

  test('reads only a #progress= fragment', () => {
    expect(transferData('#progress=abc')).toBe('abc');
    expect(transferData('')).toBeUndefined();
    expect(transferData('#me-backup')).toBeUndefined();
    expect(transferData('#progressx=abc')).toBeUndefined();
  });

  test('base64url round-trips every byte value and refuses other alphabets', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const cut of [256, 255, 254]) {
      const text = toBase64Url(all.slice(0, cut));
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(fromBase64Url(text)).toEqual(all.slice(0, cut));
    }
    expect(fromBase64Url('ab+c')).toBeUndefined();
    expect(fromBase64Url('abc=')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
  });

  test('refuses data that is damaged, not packed here, too long for a code, or unpacks too far', async () => {
    const good = transferData(new URL(await transferUrl(record(3), PAGE)).hash)!;
    // One character changed in the middle: zlib's checksum (or the stream itself) no longer holds.
    const middle = Math.floor(good.length / 2);
    const flipped = good.slice(0, middle) + (good[middle] === 'A' ? 'B' : 'A') + good.slice(middle + 1);
    expect(await unpackTransfer(flipped)).toBeUndefined();
    expect(await unpackTransfer(good.slice(0, -4))).toBeUndefined();
    expect(await unpackTransfer('not base64!')).toBeUndefined();
    expect(await unpackTransfer('')).toBeUndefined();
    expect(await unpackTransfer(toBase64Url(new TextEncoder().encode('{"version":1}')))).toBeUndefined();
    expect(await unpackTransfer(packed(Buffer.from([0xff, 0xfe, 0x7b])))).toBeUndefined();
    expect(await unpackTransfer('A'.repeat(QR_MAX_BYTES + 1))).toBeUndefined();
    // A few hundred bytes that unpack past any record.
    const bomb = packed(' '.repeat(MAX_UNPACKED_BYTES + 1));
    expect(bomb.length).toBeLessThan(QR_MAX_BYTES);
    expect(await unpackTransfer(bomb)).toBeUndefined();
    expect(await unpackTransfer(packed(' '.repeat(1000) + '{}'))).toBe(' '.repeat(1000) + '{}');
  });

  test('a record packed by anyone is still validated as a file: an address off the site is refused', async () => {
    const text = JSON.stringify({
      version: 1,
      autoComplete: false,
      lessons: { phish: { title: '继续学习', url: '//foreign.example/', course: 'c' } },
    });
    const unpacked = await unpackTransfer(packed(text));
    expect(parseProgress(unpacked!, SITE)).toEqual({ ok: false, problem: { code: 'lesson.url', id: 'phish' } });
  });

  test('one code holds the address up to its capacity: a record of 100 lessons fits, 150 do not', async () => {
    expect(fitsOneCode('h'.repeat(QR_MAX_BYTES))).toBe(true);
    expect(fitsOneCode('h'.repeat(QR_MAX_BYTES + 1))).toBe(false);
    expect(fitsOneCode(await transferUrl(record(100), PAGE))).toBe(true);
    expect(fitsOneCode(await transferUrl(record(150), PAGE))).toBe(false);
    // qrcode agrees with the limit: the largest address fits at error correction L, one more byte does not.
    expect(create(LARGEST, { errorCorrectionLevel: 'L' }).version).toBe(40);
    expect(() => create(LARGEST + 'x', { errorCorrectionLevel: 'L' })).toThrow();
  });

  test('the drawn code reads back as the address, from the smallest to the largest', async () => {
    for (const url of [PAGE, await transferUrl(record(10), PAGE), await transferUrl(record(60), PAGE), LARGEST]) {
      const { modules, version } = create(url, { errorCorrectionLevel: 'L' });
      // jsQR cannot read version 23 at all (a wrong alignment position, cozmo/jsQR#251); phones can.
      expect(version).not.toBe(23);
      const path = modulesPath(modules.size, (row, col) => Boolean(modules.get(row, col)));
      expect(decodePath(path, modules.size)).toBe(url);
    }
  });

  test('draws each run of dark modules in a row as one rectangle inside the quiet zone', () => {
    const dark = ['110', '000', '101'];
    expect(modulesPath(3, (row, col) => dark[row]![col] === '1')).toBe('M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z');
  });
});
