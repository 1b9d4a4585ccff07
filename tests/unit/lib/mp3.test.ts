import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mp3Info } from '../../../src/lib/mp3';

// MPEG-1 layer III, 128 kbit/s, 44.1 kHz, joint stereo, no CRC: 417 bytes (418 with padding),
// 1152 samples a frame.
const HEADER = [0xff, 0xfb, 0x90, 0x44];
const PADDED = [0xff, 0xfb, 0x92, 0x44];

/** One frame: its header, then silence up to the frame's length. */
function frame(header = HEADER, body?: (bytes: Uint8Array) => void): Uint8Array {
  const length = header[2]! & 2 ? 418 : 417;
  const bytes = new Uint8Array(length);
  bytes.set(header);
  body?.(bytes);
  return bytes;
}

const concat = (...parts: (Uint8Array | number[])[]) => {
  const all = parts.map((part) => Uint8Array.from(part));
  const out = new Uint8Array(all.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of all) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

const frames = (count: number) =>
  concat(...Array.from({ length: count }, (_, i) => frame(i % 3 === 2 ? PADDED : HEADER)));

/** An ID3v2.4 tag of `size` bytes of body (a syncsafe size), with a footer when asked. */
function id3v2(size: number, footer = false): Uint8Array {
  const tag = new Uint8Array(10 + size + (footer ? 10 : 0));
  tag.set([
    0x49,
    0x44,
    0x33,
    4,
    0,
    footer ? 0x10 : 0,
    (size >> 21) & 0x7f,
    (size >> 14) & 0x7f,
    (size >> 7) & 0x7f,
    size & 0x7f,
  ]);
  return tag;
}

const text = (value: string) => [...value].map((c) => c.charCodeAt(0));
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

describe('mp3Info', () => {
  test('reads the sample lesson as 662 MPEG-2 frames of 576 samples at 16 kHz: 23.832 seconds', () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../../public/uploads/audio/lesson-01.mp3'));
    expect(mp3Info(bytes)).toEqual({ seconds: 23.832, frames: 662, sampleRate: 16000, source: 'frames' });
  });

  test('counts the frames of a constant-bitrate stream, padded frames included', () => {
    const info = mp3Info(frames(100));
    expect(info.frames).toBe(100);
    expect(info.seconds).toBeCloseTo((100 * 1152) / 44100, 9);
    expect(info.source).toBe('frames');
  });

  test('skips ID3v2 tags (one with a footer) before the audio and an ID3v1 tag after it', () => {
    const tagged = concat(id3v2(300), id3v2(20, true), frames(40), text('TAG'), new Uint8Array(125));
    expect(mp3Info(tagged).frames).toBe(40);
  });

  test('takes the frame count of a Xing header and does not count the Xing frame', () => {
    const xing = frame(HEADER, (bytes) => bytes.set([...text('Xing'), 0, 0, 0, 0x0f, ...be32(5000)], 4 + 32));
    const info = mp3Info(concat(xing, frames(10)));
    expect(info).toMatchObject({ frames: 5000, source: 'xing' });
    expect(info.seconds).toBeCloseTo((5000 * 1152) / 44100, 9);
  });

  test('counts the frames after an Info header that states no count', () => {
    const infoFrame = frame(HEADER, (bytes) => bytes.set([...text('Info'), 0, 0, 0, 0], 4 + 32));
    expect(mp3Info(concat(infoFrame, frames(12)))).toMatchObject({ frames: 12, source: 'frames' });
  });

  test('takes the frame count of a VBRI header', () => {
    const vbri = frame(HEADER, (bytes) =>
      bytes.set([...text('VBRI'), 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, ...be32(2205)], 36),
    );
    expect(mp3Info(concat(vbri, frames(3)))).toMatchObject({ frames: 2205, seconds: (2205 * 1152) / 44100 });
  });

  test('passes over a stray sync pattern before the first real frame', () => {
    const junk = concat([0xff, 0xfb, 0x90, 0x44], new Uint8Array(50));
    expect(mp3Info(concat(junk, frames(8))).frames).toBe(8);
  });

  test('does not count a frame cut short at the end of the file', () => {
    const cut = frames(9).subarray(0, 417 * 2 + 418 + 417 * 2 + 418 + 417 * 2 + 100);
    expect(mp3Info(cut).frames).toBe(8);
  });

  test('refuses bytes that are not MPEG audio', () => {
    expect(() => mp3Info(new TextEncoder().encode('<html>not audio</html>'.repeat(40)))).toThrow(
      'no MPEG audio frame found: the file is not an MP3',
    );
    const svg = readFileSync(join(import.meta.dirname, '../../../src/assets/app-icon.svg'));
    expect(() => mp3Info(svg)).toThrow('not an MP3');
  });

  test('refuses an ID3 tag with nothing after it', () => {
    expect(() => mp3Info(id3v2(64))).toThrow('the file has an ID3 tag but no audio after it');
  });

  test('refuses free-format MP3, whose frames carry no bitrate', () => {
    const free = concat(...Array.from({ length: 5 }, () => frame([0xff, 0xfb, 0x00, 0x44])));
    expect(() => mp3Info(free)).toThrow(/free format/);
  });
});
