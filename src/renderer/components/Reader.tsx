/**
 * The reader: toolbar (目录, find in document, font size, theme), the 目录 panel, one page of the document, and the
 * page controls. Owns the in-document hits of the current query and the reading position, which it saves (debounced)
 * for the user.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FONT_SIZE_MAX, FONT_SIZE_MIN, type OpenedDocument, type ReaderSettings } from '../../shared/api';
import { documentText, type TocEntry } from '../../shared/model';
import type { SearchFilters } from '../../shared/search/searchFilters';
import { blockIndexAt } from '../logic/blockLookup';
import { findQueryHits, hitAtOrAfter } from '../logic/documentHits';
import { linkReferences } from '../logic/referenceLinks';
import { runInDecorations } from '../logic/runInDecorations';
import { decorationsByBlock, type Decoration } from '../logic/textSegments';
import { tocKey, tocPathAt } from '../logic/tocLookup';
import { gazette } from '../gazette';
import { usePagination } from '../hooks/usePagination';
import { useReaderKeys } from '../hooks/useReaderKeys';
import { startMeasure } from '../perf';
import { strings } from '../strings';
import { DocumentPages } from './DocumentPages';
import { PageControls } from './PageControls';
import { PrintView } from './PrintView';
import { ReaderToolbar } from './ReaderToolbar';
import { TocPanel } from './TocPanel';

/**
 * Where to open: an offset, and the search whose hits to show (an empty query and no filters for none). `serial`
 * re-applies a target. The filters stay with the hits until the find box is edited; from then on it finds its text.
 */
export interface ReaderTarget {
  offset: number;
  query: string;
  filters: SearchFilters;
  serial: number;
}

interface Props {
  opened: OpenedDocument;
  issueLabel: string;
  target: ReaderTarget;
  settings: ReaderSettings;
  docNumbers: ReadonlyMap<string, string>;
  onSettings: (change: Partial<ReaderSettings>) => void;
  onOpenDocument: (docId: string) => void;
}

const SAVE_DELAY_MS = 500;
const FLASH_MS = 1600;
const FONT_STEP = 2;

export function Reader({
  opened,
  issueLabel,
  target,
  settings,
  docNumbers,
  onSettings,
  onOpenDocument,
}: Props): ReactNode {
  const { document } = opened;
  const text = useMemo(() => documentText(document), [document]);
  const frameRef = useRef<HTMLDivElement | null>(null);
  const stripRef = useRef<HTMLElement | null>(null);
  const pagination = usePagination(frameRef, stripRef, document.blocks, settings.fontSize, target.offset);
  const { goToOffset, turnTo, turnToElement, page, pageCount, anchor, geometry } = pagination;

  const [query, setQuery] = useState(target.query);
  const [filters, setFilters] = useState(target.filters);
  const hits = useMemo(() => findQueryHits(text, query, filters), [text, query, filters]);
  const [hitIndex, setHitIndex] = useState(() => hitAtOrAfter(hits, target.offset));
  const [flashBlock, setFlashBlock] = useState<number | null>(null);
  const [positionError, setPositionError] = useState<string | null>(null);

  // A new target (a search result, a reference) for the document already open.
  const appliedSerial = useRef(target.serial);
  useEffect(() => {
    if (appliedSerial.current === target.serial) return;
    appliedSerial.current = target.serial;
    setQuery(target.query);
    setFilters(target.filters);
    setHitIndex(hitAtOrAfter(findQueryHits(text, target.query, target.filters), target.offset));
    goToOffset(target.offset);
  }, [target, text, goToOffset]);

  // Save the position for this user once the reader rests on it.
  useEffect(() => {
    const timer = setTimeout(() => {
      void gazette.saveReadingPosition({ docId: document.id, offset: anchor }).then((result) => {
        setPositionError(result.ok ? null : result.error.message);
      });
    }, SAVE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [document.id, anchor]);

  useEffect(() => {
    if (flashBlock === null) return;
    const timer = setTimeout(() => {
      setFlashBlock(null);
    }, FLASH_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [flashBlock]);

  const decorations = useMemo(() => {
    const list: Decoration[] = runInDecorations(document.blocks);
    for (const reference of linkReferences(document.references, docNumbers, document.id)) {
      list.push({ kind: 'reference', start: reference.start, end: reference.end, targetDocId: reference.targetDocId });
    }
    hits.forEach((hit, index) => {
      list.push({ kind: index === hitIndex ? 'currentHit' : 'hit', start: hit.start, end: hit.end });
    });
    return decorationsByBlock(document.blocks, list);
  }, [document, docNumbers, hits, hitIndex]);

  const currentPath = useMemo(() => tocPathAt(document.toc, anchor).map(tocKey), [document.toc, anchor]);

  const showHit = useCallback(
    (index: number) => {
      const hit = hits[index];
      if (!hit) return;
      setHitIndex(index);
      goToOffset(hit.start);
    },
    [hits, goToOffset],
  );

  const stepHit = useCallback(
    (step: 1 | -1) => {
      if (hits.length === 0) return;
      showHit((hitIndex + step + hits.length) % hits.length);
    },
    [hits.length, hitIndex, showHit],
  );

  const changeQuery = (next: string): void => {
    setQuery(next);
    setFilters({});
    const nextHits = findQueryHits(text, next);
    const index = hitAtOrAfter(nextHits, anchor);
    setHitIndex(index);
    const hit = nextHits[index];
    if (hit) goToOffset(hit.start);
  };

  const chooseTocEntry = useCallback(
    (entry: TocEntry) => {
      goToOffset(entry.start);
      setFlashBlock(null);
      // Next frame, so choosing the same heading twice flashes it again.
      requestAnimationFrame(() => {
        setFlashBlock(entry.blockIndex);
      });
    },
    [goToOffset],
  );

  const changeFontSize = (step: number): void => {
    const fontSize = Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, settings.fontSize + step));
    if (fontSize === settings.fontSize) return;
    startMeasure('gazette:repaginate');
    onSettings({ fontSize });
  };

  useReaderKeys({ page, pageCount, turnTo });

  const printed = useMemo(() => {
    const block = document.blocks[blockIndexAt(document.blocks, anchor)];
    return block?.page != null ? (opened.issue.pages[block.page - 1]?.printed ?? null) : null;
  }, [document.blocks, anchor, opened.issue.pages]);

  const tocId = 'reader-toc';
  return (
    <section className="reader" aria-labelledby="reader-title">
      <ReaderToolbar
        title={document.title}
        issueLabel={issueLabel}
        tocId={tocId}
        tocOpen={settings.tocOpen}
        onToggleToc={() => {
          onSettings({ tocOpen: !settings.tocOpen });
        }}
        query={query}
        onQuery={changeQuery}
        hitIndex={hitIndex}
        hitCount={hits.length}
        onStepHit={stepHit}
        fontSize={settings.fontSize}
        onFontSmaller={() => {
          changeFontSize(-FONT_STEP);
        }}
        onFontLarger={() => {
          changeFontSize(FONT_STEP);
        }}
        theme={settings.theme}
        onTheme={(theme) => {
          onSettings({ theme });
        }}
        onPrint={() => {
          window.print();
        }}
      />
      <div className={`reader-body${settings.tocOpen ? ' with-toc' : ''}`}>
        {settings.tocOpen && (
          <TocPanel id={tocId} entries={document.toc} currentPath={currentPath} onChoose={chooseTocEntry} />
        )}
        <div className="page-frame" ref={frameRef}>
          {geometry && (
            <div
              className="sheet"
              role="region"
              aria-label={strings.documentPages}
              style={{
                width: geometry.sheetWidth,
                height: geometry.sheetHeight,
                padding: `${geometry.paddingTop}px ${geometry.padding}px ${geometry.paddingBottom}px`,
              }}
            >
              <div
                className="sheet-viewport"
                style={{ width: geometry.columnWidth, height: geometry.columnHeight }}
                onFocus={(event) => {
                  // Tab can reach a link on another page; the browser then scrolls this clipped box to it.
                  // Undo that and turn to the link's page instead.
                  event.currentTarget.scrollLeft = 0;
                  event.currentTarget.scrollTop = 0;
                  turnToElement(event.target);
                }}
              >
                <div
                  className="strip-slider"
                  style={{ transform: `translateX(${-page * (geometry.columnWidth + geometry.gap)}px)` }}
                >
                  <DocumentPages
                    stripRef={stripRef}
                    blocks={document.blocks}
                    pages={opened.issue.pages}
                    geometry={geometry}
                    fontSize={settings.fontSize}
                    decorations={decorations}
                    flashBlock={flashBlock}
                    onFollowReference={onOpenDocument}
                  />
                </div>
              </div>
            </div>
          )}
        </div>
      </div>
      <PrintView title={document.title} blocks={document.blocks} />
      <PageControls page={page} pageCount={pageCount} printedPage={printed} onTurn={turnTo} />
      {positionError !== null && <p role="alert">{strings.positionSaveFailed(positionError)}</p>}
    </section>
  );
}
