/**
 * Loading a shard from its file in three reads: its start (the header), its sections into a buffer of their own
 * (the loaded shard's arrays are views on it, nothing is copied), and its folded texts into a buffer reused for
 * every shard, since they are decoded into strings at once.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { foldedRange, readShardStart, sectionsRange, shardFromParts, type LoadedShard } from './shardFormat';

/** Most headers fit: an issue's documents take a few kilobytes. */
const FIRST_READ = 1 << 16;

let foldedScratch = Buffer.allocUnsafeSlow(1 << 20);

function readAt(fd: number, [from, to]: [number, number], into = Buffer.allocUnsafeSlow(to - from)): Buffer {
  const bytes = into.subarray(0, to - from);
  for (let done = 0; done < bytes.length;) {
    const read = readSync(fd, bytes, done, bytes.length - done, from + done);
    if (read === 0) throw new Error('the shard file ended early');
    done += read;
  }
  return bytes;
}

export function loadShardFile(path: string): LoadedShard {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    let first = readAt(fd, [0, Math.min(size, FIRST_READ)]);
    const headerEnd = first.length >= 8 ? 8 + first.readUInt32LE(4) : 0;
    if (headerEnd > first.length && headerEnd <= size) first = readAt(fd, [0, headerEnd]);
    const start = readShardStart(first, size);
    const [from, to] = foldedRange(start);
    if (foldedScratch.length < to - from) foldedScratch = Buffer.allocUnsafeSlow((to - from) * 2);
    return shardFromParts(start, readAt(fd, sectionsRange(start)), readAt(fd, [from, to], foldedScratch));
  } finally {
    closeSync(fd);
  }
}
