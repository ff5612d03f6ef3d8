/**
 * Unsigned LEB128 varints (seven bits per byte, low first; the high bit says another byte follows), the byte code
 * of the postings and of the canonical-text edits: the small numbers they hold (gaps between documents, runs of
 * unchanged text) mostly take one byte.
 */
import { grown } from './typedArrays';

/** How many bytes `value` takes as a varint. */
export function varintLength(value: number): number {
  let length = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) length++;
  return length;
}

/** Writes `value` as a varint at `at` (the room must be there) and returns where it ends. */
export function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  let end = at;
  let rest = value;
  while (rest >= 0x80) {
    bytes[end++] = (rest & 0x7f) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  bytes[end++] = rest;
  return end;
}

/** A byte buffer that grows as varints and bytes are appended. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 256) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  varint(value: number): void {
    this.reserve(8);
    this.length = writeVarint(this.bytes, this.length, value);
  }

  /** The bytes written, as a copy of their own size. */
  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    this.bytes = grown(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
  }
}

/**
 * Reads varints from `bytes`, starting at `at`. Reading past `end` gives 0 and leaves `at` at `end`, so damaged bytes
 * give wrong numbers (which callers bound) but never a loop that runs off the buffer.
 */
export class ByteReader {
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
    readonly end: number,
  ) {}

  atEnd(): boolean {
    return this.at >= this.end;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    while (this.at < this.end) {
      const byte = this.bytes[this.at++] ?? 0;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 35) break;
    }
    return value;
  }
}
