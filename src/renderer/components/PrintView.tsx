/**
 * The open 公文 laid out for paper (打印, 导出 PDF): every block in one flow, outside the app's root so the print
 * stylesheet (print.css) can print it alone in GB/T 9704 layout. Hidden on screen. It is built when the reader
 * rests after opening, or at once when printing starts, so opening a long document does not wait for it.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { Block } from '../../shared/model';
import { runInDecorations } from '../logic/runInDecorations';
import { decorationsByBlock, type Decoration } from '../logic/textSegments';
import { strings } from '../strings';
import { DocumentBlock } from './DocumentBlock';
import '../print.css';

interface Props {
  title: string;
  blocks: readonly Block[];
}

const NO_DECORATIONS: readonly Decoration[] = [];
const ignoreReference = (): void => undefined;

export function PrintView({ title, blocks }: Props): ReactNode {
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const idle = requestIdleCallback(
      () => {
        setReady(true);
      },
      { timeout: 1500 },
    );
    const beforePrint = (): void => {
      flushSync(() => {
        setReady(true);
      });
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      cancelIdleCallback(idle);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, []);

  // The window (and a saved PDF's default name) carries the document's title while it is open.
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = strings.productName;
    };
  }, [title]);

  // Paper shows the run-in headings' faces, not search hits or links.
  const decorations = useMemo(() => decorationsByBlock(blocks, runInDecorations(blocks)), [blocks]);

  if (!ready) return null;
  return createPortal(
    <article className="print-view" aria-hidden="true">
      {blocks.map((block, index) => (
        <DocumentBlock
          key={index}
          block={block}
          index={index}
          decorations={decorations[index] ?? NO_DECORATIONS}
          flash={false}
          onFollowReference={ignoreReference}
          copy
        />
      ))}
    </article>,
    document.body,
  );
}
