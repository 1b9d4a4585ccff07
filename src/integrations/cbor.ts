/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
 * text and byte strings, arrays and maps, all of definite length. Encoding writes the shortest
 * form of each head, as Pagefind's encoder (minicbor) does, so decoding a file and encoding it
 * again gives back the same bytes.
 */
export type CborValue = number | string | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

const UTF8 = new TextEncoder();

export function decodeCbor(bytes: Uint8Array): CborValue {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const read = (): CborValue => {
    const start = at;
    if (at >= buffer.length) throw new Error(`CBOR: unexpected end at byte ${at}`);
    const head = buffer[at++]!;
    const major = head >> 5;
    const info = head & 31;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = buffer[at++]!;
    else if (info === 25) {
      value = buffer.readUInt16BE(at);
      at += 2;
    } else if (info === 26) {
      value = buffer.readUInt32BE(at);
      at += 4;
    } else if (info === 27) {
      const big = buffer.readBigUInt64BE(at);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR: integer too large at byte ${start}`);
      value = Number(big);
      at += 8;
    } else throw new Error(`CBOR: unsupported head 0x${head.toString(16)} at byte ${start}`);
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 2:
        at += value;
        return Uint8Array.from(buffer.subarray(at - value, at));
      case 3:
        at += value;
        return buffer.toString('utf8', at - value, at);
      case 4: {
        const list: CborValue[] = new Array<CborValue>(value);
        for (let i = 0; i < value; i++) list[i] = read();
        return list;
      }
      case 5: {
        const map = new Map<CborValue, CborValue>();
        for (let i = 0; i < value; i++) map.set(read(), read());
        return map;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${start}`);
    }
  };
  const value = read();
  if (at !== buffer.length) throw new Error(`CBOR: ${buffer.length - at} bytes left after the value`);
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  let out = new Uint8Array(1 << 16);
  let at = 0;
  const room = (n: number) => {
    if (at + n <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, at + n));
    bigger.set(out);
    out = bigger;
  };
  const head = (major: number, n: number) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`CBOR: cannot encode length or value ${n}`);
    const m = major << 5;
    room(9);
    if (n < 24) out[at++] = m | n;
    else if (n < 0x100) {
      out[at++] = m | 24;
      out[at++] = n;
    } else if (n < 0x10000) {
      out[at++] = m | 25;
      out[at++] = n >> 8;
      out[at++] = n & 0xff;
    } else if (n < 0x100000000) {
      out[at++] = m | 26;
      for (const shift of [24, 16, 8, 0]) out[at++] = (n >>> shift) & 0xff;
    } else {
      out[at++] = m | 27;
      const big = BigInt(n);
      for (let shift = 56n; shift >= 0n; shift -= 8n) out[at++] = Number((big >> shift) & 0xffn);
    }
  };
  const bytes = (data: Uint8Array) => {
    room(data.length);
    out.set(data, at);
    at += data.length;
  };
  const write = (v: CborValue) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: only integers are supported, not ${v}`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const text = UTF8.encode(v);
      head(3, text.length);
      bytes(text);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      bytes(v);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(write);
    } else {
      head(5, v.size);
      for (const [key, item] of v) {
        write(key);
        write(item);
      }
    }
  };
  write(value);
  return out.slice(0, at);
}
