/**
 * Mapping between DOM points in the column strip and canonical-text offsets, both ways, exact in every block kind.
 *
 * Every block element carries `data-start` (its canonical offset) and so does every table cell: a table's text is
 * its cells joined by "\t" and its rows by "\n", characters that the table does not render, so a cell is its own
 * scope. Inside a scope the rendered text is exactly the canonical text from `data-start` on (DocumentBlock
 * promises that), so an offset is the scope's start plus the length of the text before the point.
 */

/** The nearest element at or above `node` that starts a scope of canonical text. */
function scopeOf(node: Node, strip: Element): HTMLElement | null {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element && element !== strip) {
    if (element instanceof HTMLElement && element.dataset.start !== undefined && !isTableContainer(element)) {
      return element;
    }
    element = element.parentElement;
  }
  return null;
}

/** A table's own element has `data-start` but is no text scope: its cells are. */
function isTableContainer(element: HTMLElement): boolean {
  return element.tagName === 'TABLE';
}

const startOf = (element: HTMLElement): number => Number(element.dataset.start);

/** Length of the text inside `scope` before the point (node, offset). */
function textBefore(scope: Node, node: Node, offset: number): number {
  const range = scope.ownerDocument?.createRange();
  if (!range) return 0;
  range.setStart(scope, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** Scopes in document order: block elements and table cells. */
function scopes(strip: Element): HTMLElement[] {
  return [...strip.querySelectorAll<HTMLElement>('[data-start]')].filter((element) => !isTableContainer(element));
}

/**
 * The canonical offset of a DOM point inside the strip. A point between scopes (in a table row, on a printed page
 * number between blocks) maps to the start of the next scope; `bias: 'end'` maps it to the end of the previous
 * one instead, so a selection's end never reaches into text it does not show. Null outside the strip.
 */
export function domPointToOffset(
  strip: Element,
  node: Node,
  offset: number,
  bias: 'start' | 'end' = 'start',
): number | null {
  if (!strip.contains(node)) return null;
  const scope = scopeOf(node, strip);
  if (scope) return startOf(scope) + textBefore(scope, node, offset);
  const all = scopes(strip);
  const point = strip.ownerDocument.createRange();
  point.setStart(node, offset);
  const after = all.findIndex((element) => point.comparePoint(element, 0) >= 0);
  const next = after < 0 ? undefined : all[after];
  const previous = all[after < 0 ? all.length - 1 : after - 1];
  const endOf = (element: HTMLElement): number => startOf(element) + element.textContent.length;
  if (bias === 'end' && previous) return endOf(previous);
  if (next) return startOf(next);
  return previous ? endOf(previous) : null;
}

/** The canonical range a DOM range covers in the strip, or null if it covers no text there. */
export function domRangeToOffsets(strip: Element, range: Range): { start: number; end: number } | null {
  const start = domPointToOffset(strip, range.startContainer, range.startOffset, 'start');
  const end = domPointToOffset(strip, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * The text node and index where the character at canonical `offset` is drawn inside a block element, or null
 * for a character the block does not render (the "\t" and "\n" between table cells).
 */
export function textPointAt(blockElement: HTMLElement, offset: number): { node: Text; index: number } | null {
  const inner = [...blockElement.querySelectorAll<HTMLElement>('[data-start]')];
  const candidates = isTableContainer(blockElement) ? inner : [blockElement, ...inner];
  let scope: HTMLElement | undefined;
  for (const candidate of candidates) {
    if (startOf(candidate) <= offset) scope = candidate;
  }
  if (!scope) return null;
  let local = offset - startOf(scope);
  const walker = blockElement.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (local < length) return { node: node as Text, index: local };
    local -= length;
  }
  return null;
}
