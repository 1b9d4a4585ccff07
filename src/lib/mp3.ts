/**
 * The length of an MP3 file, read from its bytes at build time: the podcast feed's
 * itunes:duration and the lesson page's "约 N 分钟" come from the file itself, never from a
 * number an editor types and forgets to change when the recording is replaced.
 *
 * An MP3 is a run of MPEG audio frames, each with a 4-byte header (ISO/IEC 11172-3 and
 * 13818-3) giving its bitrate, sample rate and so its length in bytes and in samples. A
 * variable-bitrate file usually starts with a Xing/Info or VBRI frame that states the number of
 * frames; otherwise every frame is walked (a one-hour lesson at 32 kbps is about 14 MB, walked
 * in milliseconds). ID3v2 tags before the audio and ID3v1/APE tags after it are skipped.
 */

export interface Mp3Info {
  /** Playing time in seconds. */
  seconds: number;
  /** Number of audio frames (without a Xing/Info or VBRI frame, which holds no sound). */
  frames: number;
  /** Samples per second, e.g. 44100. */
  sampleRate: number;
  /** Where the length came from: a Xing/Info or VBRI header, or counting the frames. */
  source: 'xing' | 'vbri' | 'frames';
}

interface FrameHeader {
  /** Frame length in bytes, header included. */
  length: number;
  samples: number;
  sampleRate: number;
  /** MPEG-1 (1) or MPEG-2/2.5 (2: half the sample rates, and a smaller side info for layer III). */
  version: 1 | 2;
  layer: 1 | 2 | 3;
  mono: boolean;
  crc: boolean;
}

// Bitrates in kbit/s by [MPEG-1 or 2][layer - 1][index]; index 0 is "free format", 15 is invalid.
const BITRATES: Record<1 | 2, number[][]> = {
  1: [
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  2: [
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
};
// Sample rates in Hz by version bits (3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5) and index.
const SAMPLE_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/** The frame header at `offset`, or undefined when the bytes there are not one. */
function frameHeader(bytes: Uint8Array, offset: number): FrameHeader | undefined {
  if (offset + 4 > bytes.length) return undefined;
  const [b0, b1, b2, b3] = [bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!, bytes[offset + 3]!];
  // 11 sync bits.
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  // Version 1 and layer 0 are reserved; bitrate 15 and rate 3 are invalid; free format (bitrate
  // 0) has no length in its header and is refused by the caller when it is all there is.
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 15 || bitrateIndex === 0 || rateIndex === 3)
    return undefined;
  const version = versionBits === 3 ? 1 : 2;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const bitrate = BITRATES[version][layer - 1]![bitrateIndex]! * 1000;
  const sampleRate = SAMPLE_RATES[versionBits]![rateIndex]!;
  const padding = (b2 >> 1) & 1;
  const samples = layer === 1 ? 384 : layer === 2 || version === 1 ? 1152 : 576;
  const length =
    layer === 1
      ? (Math.floor((12 * bitrate) / sampleRate) + padding) * 4
      : Math.floor(((samples / 8) * bitrate) / sampleRate) + padding;
  return { length, samples, sampleRate, version, layer, mono: b3 >> 6 === 3, crc: (b1 & 1) === 0 };
}

const ascii = (bytes: Uint8Array, offset: number, length: number) =>
  String.fromCharCode(...bytes.subarray(offset, offset + length));

const uint32 = (bytes: Uint8Array, offset: number) =>
  ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;

/** Where the audio starts: after any ID3v2 tags (each a 10-byte header and a "syncsafe" size). */
function afterId3v2(bytes: Uint8Array): number {
  let offset = 0;
  while (offset + 10 <= bytes.length && ascii(bytes, offset, 3) === 'ID3') {
    const size =
      ((bytes[offset + 6]! & 0x7f) << 21) |
      ((bytes[offset + 7]! & 0x7f) << 14) |
      ((bytes[offset + 8]! & 0x7f) << 7) |
      (bytes[offset + 9]! & 0x7f);
    const footer = bytes[offset + 5]! & 0x10 ? 10 : 0;
    offset += 10 + size + footer;
  }
  return offset;
}

// How far past the tags to look for the first frame: some encoders leave a little padding.
const SEARCH_LIMIT = 64 * 1024;

/** The first frame: a header whose next frame starts exactly where it says (a chance match rarely does). */
function firstFrame(bytes: Uint8Array, start: number): { offset: number; header: FrameHeader } | undefined {
  const end = Math.min(bytes.length, start + SEARCH_LIMIT);
  for (let offset = start; offset < end; offset++) {
    const header = frameHeader(bytes, offset);
    if (!header) continue;
    const next = offset + header.length;
    // A file of a single frame has nothing after it to confirm with.
    if (next === bytes.length || frameHeader(bytes, next)?.sampleRate === header.sampleRate) return { offset, header };
  }
  return undefined;
}

/**
 * The Xing/Info or VBRI header in the first frame, if it has one, and the frame count it states
 * (a Xing header may leave the count out).
 */
function tagFrame(
  bytes: Uint8Array,
  offset: number,
  header: FrameHeader,
): { source: 'xing' | 'vbri'; frames: number | undefined } | undefined {
  if (header.layer === 3) {
    // The Xing header follows the side info: 32 or 17 bytes (MPEG-1), 17 or 9 (MPEG-2/2.5).
    const sideInfo = header.version === 1 ? (header.mono ? 17 : 32) : header.mono ? 9 : 17;
    const xing = offset + 4 + (header.crc ? 2 : 0) + sideInfo;
    const tag = xing + 8 <= bytes.length ? ascii(bytes, xing, 4) : '';
    // Flag bit 0: the frame count is present.
    if (tag === 'Xing' || tag === 'Info')
      return {
        source: 'xing',
        frames: bytes[xing + 7]! & 1 && xing + 12 <= bytes.length ? uint32(bytes, xing + 8) : undefined,
      };
  }
  // The VBRI header (Fraunhofer) sits 32 bytes after the frame header; the count at +14.
  const vbri = offset + 36;
  if (vbri + 18 <= bytes.length && ascii(bytes, vbri, 4) === 'VBRI')
    return { source: 'vbri', frames: uint32(bytes, vbri + 14) };
  return undefined;
}

/**
 * The playing time and format of an MP3 file's bytes. Throws an Error saying what is wrong when
 * the bytes are not MPEG audio, so that the build can name the file.
 */
export function mp3Info(bytes: Uint8Array): Mp3Info {
  const start = afterId3v2(bytes);
  if (start >= bytes.length) throw new Error('the file has an ID3 tag but no audio after it');
  const first = firstFrame(bytes, start);
  if (!first) {
    const freeFormat = frameHeaderBits(bytes, start);
    throw new Error(
      freeFormat
        ? 'the MP3 is "free format" (no bitrate in its frames), which phones and podcast apps often cannot play; export it at a fixed or variable bitrate'
        : 'no MPEG audio frame found: the file is not an MP3',
    );
  }
  const { header } = first;
  const stated = tagFrame(bytes, first.offset, header);
  if (stated?.frames)
    return {
      seconds: (stated.frames * header.samples) / header.sampleRate,
      frames: stated.frames,
      sampleRate: header.sampleRate,
      source: stated.source,
    };
  // No usable header: count the frames until the data ends or something else (ID3v1 "TAG", an
  // APE tag) begins. A frame cut short at the end of the file is not counted.
  // A stream keeps one sample rate: a header with another is a chance match in trailing data.
  let frames = 0;
  let samples = 0;
  let offset = first.offset;
  for (let frame = frameHeader(bytes, offset); frame; frame = frameHeader(bytes, offset)) {
    if (offset + frame.length > bytes.length || frame.sampleRate !== header.sampleRate) break;
    // A Xing/Info frame without a frame count holds no sound either.
    if (!(offset === first.offset && stated)) {
      frames += 1;
      samples += frame.samples;
    }
    offset += frame.length;
  }
  if (frames === 0) throw new Error('the MP3 has no complete audio frame');
  return { seconds: samples / header.sampleRate, frames, sampleRate: header.sampleRate, source: 'frames' };
}

/** Whether the bytes at `offset` are a valid frame header apart from a free-format bitrate. */
function frameHeaderBits(bytes: Uint8Array, offset: number): boolean {
  if (offset + 4 > bytes.length) return false;
  const [b0, b1, b2] = [bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!];
  return b0 === 0xff && (b1 & 0xe0) === 0xe0 && b2 >> 4 === 0;
}
