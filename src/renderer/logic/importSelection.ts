/**
 * The size limit, checked on the chosen files before a byte of them is read or sent: a file over the limit is
 * refused with the same sentence main would give, and a selection too large for one request is refused whole.
 */
import type { ImportFileOutcome } from '../../shared/api';
import {
  batchTooLargeMessage,
  fileTooLargeMessage,
  MAX_IMPORT_BATCH_BYTES,
  MAX_IMPORT_FILE_BYTES,
} from '../../shared/importLimits';

export interface SizedFile {
  name: string;
  size: number;
}

export interface SizeCheck<F extends SizedFile> {
  accepted: F[];
  refused: ImportFileOutcome[];
  /** Set when the accepted files together exceed one import's limit (then none is accepted). */
  batchError: string | null;
}

export function checkSizes<F extends SizedFile>(files: readonly F[]): SizeCheck<F> {
  const accepted = files.filter((file) => file.size <= MAX_IMPORT_FILE_BYTES);
  const refused = files
    .filter((file) => file.size > MAX_IMPORT_FILE_BYTES)
    .map((file): ImportFileOutcome => ({
      fileName: file.name,
      status: 'failed',
      message: fileTooLargeMessage(file.size),
    }));
  const total = accepted.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_IMPORT_BATCH_BYTES) return { accepted: [], refused, batchError: batchTooLargeMessage(total) };
  return { accepted, refused, batchError: null };
}
