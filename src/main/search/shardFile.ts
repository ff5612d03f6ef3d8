/**
 * Loading a shard from its file: one read into a buffer reused for every shard, from which the loaded shard copies
 * its sections (its arrays are views on that copy) and decodes its folded texts into strings. Opening a 2,000-issue
 * library reads 2,000 files; one read each, not one per part, is what keeps that under half a second.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readShard, type LoadedShard } from './shardFormat';

let scratch = Buffer.allocUnsafeSlow(1 << 20);

export function loadShardFile(path: string): LoadedShard {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (scratch.length < size) scratch = Buffer.allocUnsafeSlow(size * 2);
    for (let done = 0; done < size;) {
      const read = readSync(fd, scratch, done, size - done, done);
      if (read === 0) throw new Error(`${path} ended early`);
      done += read;
    }
    return readShard(scratch.subarray(0, size));
  } finally {
    closeSync(fd);
  }
}
