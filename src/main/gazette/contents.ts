/**
 * A plan's own printed 目录 (contents list) before its body. It is kept as one `contents` block so it neither
 * duplicates the TOC nor reads as a run of empty headings. Recognised as a run of consecutive headings whose first
 * entry is printed again later (where the body starts), optionally introduced by a `目录` line.
 */
import type { HeadingMatch } from './headings';

/** A contents entry with dot leaders and its page number: `第一章 总 纲......4`. */
export const DOT_LEADER_ENTRY = /(?:\.{4,}|…{2,}|·{4,})\s*\d{1,4}$/u;

/** [start, end) ranges of paragraph indices that are printed contents. */
export function findContents(headings: readonly (HeadingMatch | null)[], raws: readonly string[]): [number, number][] {
  const ranges = headingRuns(headings, raws);
  // Entries with dot leaders and page numbers are a contents list wherever they stand, repeated or not.
  for (let start = 0; start < raws.length; start++) {
    if (!DOT_LEADER_ENTRY.test(raws[start]?.trim() ?? '')) continue;
    let end = start;
    while (end < raws.length && DOT_LEADER_ENTRY.test(raws[end]?.trim() ?? '')) end++;
    const intro = start > 0 && /^目\s*录$/u.test(raws[start - 1]?.trim() ?? '') ? start - 1 : start;
    if (end - start >= 3 && !ranges.some(([from, to]) => from < end && intro < to)) ranges.push([intro, end]);
    start = end;
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * The longest printed 目录 looked for. Real ones list tens of entries (a few hundred for a long code); the bound keeps
 * the search linear, so a file of thousands of short heading-like lines cannot stall an import.
 */
export const MAX_CONTENTS_ENTRIES = 600;

function headingRuns(headings: readonly (HeadingMatch | null)[], raws: readonly string[]): [number, number][] {
  const keyOf = (index: number): string | null => {
    const heading = headings[index];
    if (heading && !heading.runIn && !heading.itemLike) return `${heading.label}|${heading.text}`;
    // An entry the heading patterns miss (`4.5 IV级应急响应`) still belongs to the list when it is short.
    const raw = raws[index]?.trim() ?? '';
    return raw.length > 0 && raw.length <= 30 && !/[。；：，,;:]/u.test(raw) ? `line|${raw}` : null;
  };
  const keys = headings.map((_, index) => keyOf(index));
  const key = (index: number): string | null => keys[index] ?? null;
  const ranges: [number, number][] = [];
  for (let start = 0; start < headings.length; start++) {
    const first = key(start);
    if (first === null) continue;
    const limit = Math.min(headings.length, start + MAX_CONTENTS_ENTRIES + 1);
    let end = start + 1;
    while (end < limit && key(end) !== null && key(end) !== first) end++;
    // The run must end exactly where the same first heading is printed again, and list at least three entries.
    if (end - start >= 3 && key(end) === first) {
      const intro = start > 0 && /^目\s*录$/u.test(raws[start - 1]?.trim() ?? '') ? start - 1 : start;
      ranges.push([intro, end]);
      start = end - 1;
    }
  }
  return ranges;
}
