/** Table-of-contents lookups that do not need the DOM: which entry holds an offset, and the tree's shape. */
import type { TocEntry } from '../../shared/model';

/**
 * The chain of entries (outermost first) whose sections contain `offset`: at each level the last entry that starts
 * at or before it. Empty before the first heading.
 */
export function tocPathAt(entries: readonly TocEntry[], offset: number): TocEntry[] {
  const path: TocEntry[] = [];
  let level: readonly TocEntry[] = entries;
  for (;;) {
    let found: TocEntry | undefined;
    for (const entry of level) {
      if (entry.start <= offset) found = entry;
      else break;
    }
    if (!found) return path;
    path.push(found);
    level = found.children;
  }
}

/** A stable key for an entry, from its position in the text. */
export const tocKey = (entry: Pick<TocEntry, 'start' | 'blockIndex'>): string => `${entry.blockIndex}:${entry.start}`;

/** The keys of the entries whose children are shown when a document opens: the top level. */
export function initiallyExpanded(entries: readonly TocEntry[]): Set<string> {
  return new Set(entries.filter((entry) => entry.children.length > 0).map(tocKey));
}
