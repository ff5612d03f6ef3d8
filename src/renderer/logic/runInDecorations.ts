/** Run-in headings (`（一）普查对象。` opening a paragraph) as decorations, for the screen pages and for print. */
import type { Block } from '../../shared/model';
import type { Decoration } from './textSegments';

export function runInDecorations(blocks: readonly Block[]): Decoration[] {
  const list: Decoration[] = [];
  for (const block of blocks) {
    if (block.heading && block.kind !== 'heading' && block.kind !== 'attachmentTitle') {
      list.push({
        kind: 'runIn',
        start: block.start + block.heading.start,
        end: block.start + block.heading.end,
        level: block.heading.level,
      });
    }
  }
  return list;
}
