/** The files of one issue's folder: the original as imported, the canonical model, and the search shard. */
import { extname } from 'node:path';

export const MODEL_FILE = 'model.json';
export const SHARD_FILE = 'index.gzs';

/** `original.pdf`, `original.txt`: the user's file name may hold anything, so only a plain extension is kept. */
export function originalFileName(fileName: string): string {
  const extension = extname(fileName).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(extension) ? `original${extension}` : 'original';
}

/** Issue ids are content hashes: the same file always gets the same id, on every machine. */
export const issueIdFromHash = (sha256: string): string => sha256.slice(0, 16);
