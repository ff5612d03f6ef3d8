/**
 * Measuring the laid-out column strip: which page a canonical offset is on, and the first offset on a page. Every
 * block element carries `data-block` (its index); domOffsets.ts finds the character at an offset (exactly, table
 * cells included), and its page is the x of that character's box.
 */
import type { Block } from '../shared/model';
import { textPointAt } from './domOffsets';
import { blockIndexAt } from './logic/blockLookup';
import { pageAtX, type PageGeometry } from './logic/pageGeometry';

export interface ColumnStrip {
  element: HTMLElement;
  blocks: readonly Block[];
  geometry: PageGeometry;
}

const blockElements = (strip: ColumnStrip): HTMLElement[] => [
  ...strip.element.querySelectorAll<HTMLElement>(':scope > [data-block]'),
];

/**
 * The box of the character at canonical `offset` in the block element, or of the nearest drawn one after it (line
 * breaks, collapsed spaces and the separators between table cells have no box).
 */
function characterRect(element: HTMLElement, offset: number, end: number): DOMRect | null {
  const range = document.createRange();
  for (let at = offset; at < end; at++) {
    const point = textPointAt(element, at);
    if (!point) continue;
    range.setStart(point.node, point.index);
    range.setEnd(point.node, point.index + 1);
    const rect = range.getClientRects()[0];
    if (rect && (rect.width > 0 || rect.height > 0)) return rect;
  }
  return null;
}

function pageOfRect(strip: ColumnStrip, rect: DOMRect): number {
  return pageAtX(rect.left - strip.element.getBoundingClientRect().left, strip.geometry);
}

function pageOfBlockOffset(strip: ColumnStrip, element: HTMLElement, block: Block, local: number): number {
  const rect =
    characterRect(element, block.start + local, block.start + block.text.length) ??
    element.getClientRects()[0] ??
    element.getBoundingClientRect();
  return pageOfRect(strip, rect);
}

export function pageOfOffset(strip: ColumnStrip, offset: number): number {
  const elements = blockElements(strip);
  const index = blockIndexAt(strip.blocks, offset);
  const block = strip.blocks[index];
  const element = elements[index];
  if (!block || !element) return 0;
  const local = Math.max(0, Math.min(offset - block.start, block.text.length - 1));
  return pageOfBlockOffset(strip, element, block, local);
}

/** The first canonical offset shown on `page`: binary search over blocks, then over the block's characters. */
export function offsetAtPageStart(strip: ColumnStrip, page: number): number {
  if (page <= 0) return 0;
  const elements = blockElements(strip);
  const { blocks } = strip;
  const lastPageOf = (index: number): number => {
    const block = blocks[index] as Block;
    return pageOfBlockOffset(strip, elements[index] as HTMLElement, block, Math.max(0, block.text.length - 1));
  };
  let low = 0;
  let high = Math.min(blocks.length, elements.length) - 1;
  let blockIndex = high;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (lastPageOf(mid) >= page) {
      blockIndex = mid;
      high = mid - 1;
    } else low = mid + 1;
  }
  const block = blocks[blockIndex];
  const element = elements[blockIndex];
  if (!block || !element) return 0;
  let from = 0;
  let to = Math.max(0, block.text.length - 1);
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (pageOfBlockOffset(strip, element, block, mid) >= page) to = mid;
    else from = mid + 1;
  }
  return block.start + from;
}

/** The page an element inside the strip is on (for a link that took the keyboard focus). */
export function pageOfElement(strip: ColumnStrip, element: Element): number {
  return pageOfRect(strip, element.getBoundingClientRect());
}

/** Pages in the strip: the page of its end marker (a zero-height element after the last block), plus one. */
export function countPages(strip: ColumnStrip): number {
  const end = strip.element.querySelector<HTMLElement>(':scope > [data-end]');
  if (!end) return 1;
  return pageOfRect(strip, end.getBoundingClientRect()) + 1;
}
