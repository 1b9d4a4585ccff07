/**
 * Moving study progress to a new phone by QR code (我的学习): the record, as the file export
 * writes it, compressed (zlib deflate, whose checksum catches a damaged code) and in base64url,
 * travels in the fragment of an address of /me/ (`#progress=…`). Browsers never send the
 * fragment to a server, so the record goes from one phone's screen to the other's camera only.
 * The receiving page validates it exactly as a file import (parseProgress), then merges.
 */
import { MAX_PROGRESS_CHARS, type Progress } from './progress';

/** The fragment's name: /me/#progress=<data>. */
export const TRANSFER_KEY = 'progress';
/**
 * Bytes one QR code holds at most: version 40 (177 modules a side) with error correction L,
 * in byte mode. A screen is not scratched or folded, so the lowest correction level leaves
 * the most room for the record; a larger record goes by file.
 */
export const QR_MAX_BYTES = 2953;
/**
 * Unpacking stops here: a code holds some 2,200 packed bytes, which a crafted stream could
 * unpack to over 2 MB, whereas a record that fits in a code unpacks to a few tens of KB.
 */
export const MAX_UNPACKED_BYTES = MAX_PROGRESS_CHARS;

/** Whether this browser can pack and unpack a record (Chromium 80, Safari 16.4, Firefox 113). */
export const canTransfer = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity) {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    // A crafted code could unpack to far more than any record: stop reading, refuse it.
    if (length > limit) {
      await reader.cancel();
      throw new Error(`unpacked data exceeds ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text, or undefined when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(
    text
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(text.length / 4) * 4, '='),
  );
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The address of the page at `pageUrl` that carries `progress` in its fragment. */
export async function transferUrl(progress: Progress, pageUrl: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(progress)), new CompressionStream('deflate'));
  const url = new URL(pageUrl);
  url.hash = `${TRANSFER_KEY}=${toBase64Url(packed)}`;
  return url.href;
}

/** Whether one QR code can hold `url` (all of it ASCII, as transferUrl writes it). */
export const fitsOneCode = (url: string) => new TextEncoder().encode(url).length <= QR_MAX_BYTES;

/** The data of a transfer in `hash` (location.hash), or undefined when the address carries none. */
export function transferData(hash: string): string | undefined {
  const prefix = `#${TRANSFER_KEY}=`;
  return hash.startsWith(prefix) ? hash.slice(prefix.length) : undefined;
}

/**
 * The record a transfer carries, as text for parseProgress to validate, or undefined when the
 * data is damaged or was never made by transferUrl: longer than a code holds, not base64url,
 * not zlib data with a matching checksum, unpacking past any record's size, or not UTF-8.
 */
export async function unpackTransfer(data: string): Promise<string | undefined> {
  if (data.length > QR_MAX_BYTES) return undefined;
  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length === 0) return undefined;
  try {
    const text = await pipe(bytes, new DecompressionStream('deflate'), MAX_UNPACKED_BYTES);
    return new TextDecoder('utf-8', { fatal: true }).decode(text);
  } catch {
    return undefined;
  }
}
