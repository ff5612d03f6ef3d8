/**
 * The TOC tree from a document's heading blocks. Sections (an enclosed document's title, each 附件) are roots;
 * headings nest by their level inside the section they belong to. `TocEntry.level` is the entry's depth in the
 * tree (1 = root), while the block's `heading.level` keeps the heading's own rank.
 */
import type { Block, TocEntry } from '../../shared/model';

const isSection = (block: Block): boolean => block.kind === 'attachmentTitle' || block.heading?.section === true;

export function buildToc(blocks: readonly Block[]): TocEntry[] {
  const roots: TocEntry[] = [];
  // Rank 0 is a section root, so every heading nests below it.
  const stack: { rank: number; entry: TocEntry }[] = [];
  blocks.forEach((block, blockIndex) => {
    const heading = block.heading;
    if (!heading) return;
    const rank = isSection(block) ? 0 : heading.level;
    if (rank === 0) stack.length = 0;
    while (stack.length > 0 && (stack.at(-1)?.rank ?? 0) >= rank && rank > 0) stack.pop();
    const parent = stack.at(-1)?.entry;
    const entry: TocEntry = {
      level: (parent?.level ?? 0) + 1,
      label: heading.label,
      text: heading.text,
      blockIndex,
      start: block.start + heading.start,
      children: [],
    };
    (parent ? parent.children : roots).push(entry);
    stack.push({ rank, entry });
  });
  return roots;
}
