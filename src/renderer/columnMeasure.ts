/**
 * Measuring the laid-out column strip: which page a canonical offset is on, and the first offset on a page. Every
 * block element carries `data-block` (its index) and its text is exactly the block's text, so an offset inside a
 * block is found by walking the block's text nodes, and its page by the x of that character's box.
 */
import type { Block } from '../shared/model';
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

/** The box of the character at `local` in the block element, or of the nearest measurable one after it. */
function characterRect(element: HTMLElement, local: number): DOMRect | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let passed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (local < passed + length) {
      // Line breaks and collapsed spaces have no box; the next characters in the node do.
      for (let at = local - passed; at < length; at++) {
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const rect = range.getClientRects()[0];
        if (rect && (rect.width > 0 || rect.height > 0)) return rect;
      }
      local = passed + length;
    }
    passed += length;
  }
  return null;
}

function pageOfRect(strip: ColumnStrip, rect: DOMRect): number {
  return pageAtX(rect.left - strip.element.getBoundingClientRect().left, strip.geometry);
}

function pageOfBlockOffset(strip: ColumnStrip, element: HTMLElement, local: number): number {
  const rect = characterRect(element, local) ?? element.getClientRects()[0] ?? element.getBoundingClientRect();
  return pageOfRect(strip, rect);
}

export function pageOfOffset(strip: ColumnStrip, offset: number): number {
  const elements = blockElements(strip);
  const index = blockIndexAt(strip.blocks, offset);
  const block = strip.blocks[index];
  const element = elements[index];
  if (!block || !element) return 0;
  const local = Math.max(0, Math.min(offset - block.start, block.text.length - 1));
  return pageOfBlockOffset(strip, element, local);
}

/** The first canonical offset shown on `page`: binary search over blocks, then over the block's characters. */
export function offsetAtPageStart(strip: ColumnStrip, page: number): number {
  if (page <= 0) return 0;
  const elements = blockElements(strip);
  const { blocks } = strip;
  const lastPageOf = (index: number): number =>
    pageOfBlockOffset(strip, elements[index] as HTMLElement, Math.max(0, (blocks[index]?.text.length ?? 1) - 1));
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
    if (pageOfBlockOffset(strip, element, mid) >= page) to = mid;
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
