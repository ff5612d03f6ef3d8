/** Finding the block that holds a canonical offset (blocks are in text order, so a binary search). */
export function blockIndexAt(blocks: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if ((blocks[mid]?.start ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
