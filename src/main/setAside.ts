/**
 * A file the app cannot read is never overwritten or deleted: it is renamed beside itself, with the moment it was
 * set aside in its name, so what it held can still be recovered. One naming for every store (the library's
 * manifest, a person's settings), so the person and support find them the same way.
 */
import { renameSync } from 'node:fs';

export const setAsideName = (path: string, at: Date): string =>
  `${path}.unreadable-${at.toISOString().replace(/[:.]/g, '-')}`;

/** Moves `path` aside and returns where it went. */
export function setAside(path: string): string {
  const aside = setAsideName(path, new Date());
  renameSync(path, aside);
  return aside;
}
