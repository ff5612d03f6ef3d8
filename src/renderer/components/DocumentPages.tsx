/**
 * The document as one strip of CSS columns, each column a page; the sheet shows one column and turning a page
 * shifts the strip. Printed page numbers of the source (`原刊第 N 页`) sit between blocks where the print's page
 * changes, outside the blocks so offsets stay exact.
 */
import { memo, type ReactNode, type RefObject } from 'react';
import type { Block, Page } from '../../shared/model';
import type { PageGeometry } from '../logic/pageGeometry';
import type { Decoration } from '../logic/textSegments';
import { strings } from '../strings';
import { DocumentBlock } from './DocumentBlock';

const NO_DECORATIONS: readonly Decoration[] = [];

interface Props {
  stripRef: RefObject<HTMLElement | null>;
  blocks: readonly Block[];
  pages: readonly Page[];
  geometry: PageGeometry;
  fontSize: number;
  decorations: readonly (readonly Decoration[])[];
  flashBlock: number | null;
  onFollowReference: (docId: string) => void;
}

export const DocumentPages = memo(function DocumentPages({
  stripRef,
  blocks,
  pages,
  geometry,
  fontSize,
  decorations,
  flashBlock,
  onFollowReference,
}: Props): ReactNode {
  let previousPage: number | null = null;
  return (
    <article
      ref={stripRef}
      className="page-strip"
      style={{
        width: geometry.columnWidth,
        height: geometry.columnHeight,
        columnWidth: geometry.columnWidth,
        columnGap: geometry.gap,
        fontSize,
      }}
    >
      {blocks.map((block, index) => {
        const printed = block.page !== null && block.page !== previousPage ? pages[block.page - 1]?.printed : null;
        previousPage = block.page;
        return [
          printed ? (
            <p key={`page-${index}`} className="printed-page">
              {strings.printedPage(printed)}
            </p>
          ) : null,
          <DocumentBlock
            key={index}
            block={block}
            index={index}
            decorations={decorations[index] ?? NO_DECORATIONS}
            flash={flashBlock === index}
            onFollowReference={onFollowReference}
          />,
        ];
      })}
      <div data-end="" className="strip-end" />
    </article>
  );
});
