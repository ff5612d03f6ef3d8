/**
 * One block of a 公文, in the element and class its kind calls for (GB/T 9704 look: see styles.css). The element's
 * text is exactly the block's text — and a table cell's is exactly the cell's, with its own `data-start` —
 * domOffsets.ts relies on that to map offsets both ways, so nothing else is added inside it.
 */
import { memo, type ReactNode } from 'react';
import type { Block } from '../../shared/model';
import type { Decoration } from '../logic/textSegments';
import { DocumentText } from './DocumentText';

interface Props {
  block: Block;
  index: number;
  decorations: readonly Decoration[];
  flash: boolean;
  onFollowReference: (docId: string) => void;
  /** A copy outside the page strip (the print view): no `data-block`, so DOM lookups find only the strip's. */
  copy?: boolean;
}

/** Canonical offset of each cell: cells are joined by "\t" and rows by "\n" in the block's text. */
function cellOffsets(start: number, rows: readonly (readonly string[])[]): number[][] {
  let offset = start;
  return rows.map((row) =>
    row.map((cell) => {
      const base = offset;
      offset += cell.length + 1;
      return base;
    }),
  );
}

function TableCells({ block, decorations, onFollowReference }: Omit<Props, 'index' | 'flash'>): ReactNode {
  const rows = block.rows ?? [];
  const offsets = cellOffsets(block.start, rows);
  return (
    <tbody>
      {rows.map((row, rowIndex) => (
        <tr key={rowIndex}>
          {row.map((cell, cellIndex) => {
            const base = offsets[rowIndex]?.[cellIndex] ?? block.start;
            return (
              <td key={cellIndex} data-start={base}>
                <DocumentText text={cell} base={base} decorations={decorations} onFollowReference={onFollowReference} />
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}

export const DocumentBlock = memo(function DocumentBlock({
  block,
  index,
  decorations,
  flash,
  onFollowReference,
  copy = false,
}: Props): ReactNode {
  const common = {
    'data-block': copy ? undefined : index,
    'data-start': copy ? undefined : block.start,
    className: `b-${block.kind}${flash ? ' flash' : ''}`,
  };
  const text = (part: string, base: number): ReactNode => (
    <DocumentText text={part} base={base} decorations={decorations} onFollowReference={onFollowReference} />
  );
  const whole = text(block.text, block.start);
  switch (block.kind) {
    case 'title':
      return <h2 {...common}>{whole}</h2>;
    case 'heading': {
      const level = block.heading?.level ?? 1;
      const className = `${common.className} heading-l${Math.min(level, 4)}${block.heading?.label === '' ? ' heading-unlabelled' : ''}`;
      const props = { ...common, className };
      if (level <= 1) return <h3 {...props}>{whole}</h3>;
      if (level === 2) return <h4 {...props}>{whole}</h4>;
      if (level === 3) return <h5 {...props}>{whole}</h5>;
      return <h6 {...props}>{whole}</h6>;
    }
    case 'attachmentTitle': {
      // `附件1\n标题`: the label on its own line at the left, the title centred under it (GB/T 9704 §10).
      const cut = block.text.indexOf('\n');
      if (cut < 0) return <h3 {...common}>{whole}</h3>;
      return (
        <h3 {...common}>
          <span className="attachment-label">{text(block.text.slice(0, cut), block.start)}</span>
          {'\n'}
          <span className="attachment-name">{text(block.text.slice(cut + 1), block.start + cut + 1)}</span>
        </h3>
      );
    }
    case 'table':
      return block.rows && block.rows.length > 0 ? (
        <table {...common}>
          <TableCells block={block} decorations={decorations} onFollowReference={onFollowReference} />
        </table>
      ) : (
        <pre {...common}>{whole}</pre>
      );
    case 'preformatted':
      return <pre {...common}>{whole}</pre>;
    case 'contents':
      return <div {...common}>{whole}</div>;
    default:
      return <p {...common}>{whole}</p>;
  }
});
