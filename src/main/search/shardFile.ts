/**
 * Loading a shard from its file: only the index and the folded texts are read at load; a canonical text is read
 * when a snippet needs it, from the same file, checked to be the file that was loaded (a replaced or shortened file
 * gives no text rather than someone else's bytes).
 */
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { loadShard, type LoadedShard } from './shardFormat';

const sameFile = (a: Stats, b: Stats): boolean => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

export function loadShardFile(path: string): LoadedShard {
  let loading: number | null = openSync(path, 'r');
  try {
    const stats = fstatSync(loading);
    return loadShard({
      size: stats.size,
      read(start, length) {
        const fd = loading ?? openSync(path, 'r');
        try {
          if (fd !== loading && !sameFile(fstatSync(fd), stats)) throw new Error(`${path} changed since it was loaded`);
          const bytes = new Uint8Array(length);
          for (let done = 0; done < length;) {
            const read = readSync(fd, bytes, done, length - done, start + done);
            if (read === 0) throw new Error(`${path} ended early`);
            done += read;
          }
          return bytes;
        } finally {
          if (fd !== loading) closeSync(fd);
        }
      },
    });
  } finally {
    closeSync(loading);
    loading = null;
  }
}
