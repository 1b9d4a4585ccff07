// A .docx is a zip. Before any part is unpacked, its declared sizes are checked against the
// limit, and each part is then inflated with that declared size as a hard ceiling: a zip bomb
// (300 KB that unpacks to gigabytes, or a part that lies about its size) is refused without
// ever holding more than the limit in memory.
import { inflateRawSync } from 'node:zlib';

/** One file in a zip's central directory. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The unpacked size the zip declares. */
  size: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// ZIP64 marks sizes and offsets that do not fit 32 bits: no real .docx needs them.
const ZIP64 = 0xffffffff;

class ZipError extends Error {}

/** Lists a zip's entries from its central directory without unpacking anything. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('not a zip file');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === ZIP64 || directorySize === ZIP64) throw new ZipError('ZIP64 is not supported');
  if (offset + directorySize > end) throw new ZipError('central directory out of bounds');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== CENTRAL) throw new ZipError('broken central directory');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      encrypted: (view.getUint16(offset + 8, true) & 1) === 1,
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      headerOffset: view.getUint32(offset + 42, true),
    };
    if (entry.compressedSize === ZIP64 || entry.size === ZIP64 || entry.headerOffset === ZIP64)
      throw new ZipError('ZIP64 is not supported');
    // Two parts of one name could be read differently by two zip readers.
    if (names.has(entry.name)) throw new ZipError(`two parts named ${entry.name}`);
    names.add(entry.name);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry, never more than its declared size. */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.headerOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL)
    throw new ZipError(`broken local header of ${entry.name}`);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipError(`${entry.name} runs past the end of the file`);
  if (entry.encrypted) throw new ZipError(`${entry.name} is encrypted`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError(`${entry.name}: stored size does not match`);
    return data;
  }
  if (entry.method !== 8) throw new ZipError(`${entry.name}: unsupported compression method ${entry.method}`);
  try {
    // zlib stops as soon as the output would pass the ceiling, so a lie costs nothing.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    if (out.byteLength !== entry.size) throw new Error('size differs');
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    throw new ZipError(`${entry.name} does not unpack to its declared ${entry.size} bytes`);
  }
}

export const isZipError = (error: unknown): error is Error => error instanceof ZipError;
