/**
 * The reader: toolbar (目录, 批注, find in document, font size, theme), the 目录 panel, one page of the document,
 * the 批注 panel, and the page controls. Owns the in-document hits of the current query, the reading position,
 * which it saves (debounced) for the user, and the document's annotations: highlights are a decoration layer of
 * their own (ids only in the DOM), apart from the hits.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { FONT_SIZE_MAX, FONT_SIZE_MIN, type OpenedDocument, type ReaderSettings } from '../../shared/api';
import { documentText, type TocEntry } from '../../shared/model';
import type { SearchFilters } from '../../shared/search/searchFilters';
import type { Annotation, Note } from '../../shared/annotations/annotation';
import { annotationIdsAt } from '../annotationMarks';
import { highlightDecorations } from '../logic/annotationLayer';
import { blockIndexAt } from '../logic/blockLookup';
import { citation } from '../logic/citation';
import { noteExcerpt } from '../logic/noteExcerpt';
import { findQueryHits, hitAtOrAfter } from '../logic/documentHits';
import { linkReferences } from '../logic/referenceLinks';
import { runInDecorations } from '../logic/runInDecorations';
import { spreadFallsBack } from '../logic/spreadLayout';
import { decorationsByBlock, type Decoration } from '../logic/textSegments';
import { tocKey, tocPathAt } from '../logic/tocLookup';
import { gazette } from '../gazette';
import { useAnnotations } from '../hooks/useAnnotations';
import { useHighlightFocus } from '../hooks/useHighlightFocus';
import type { PendingAnnotations } from '../hooks/useDocumentOpener';
import { usePagination } from '../hooks/usePagination';
import { useReaderKeys } from '../hooks/useReaderKeys';
import { useTextSelection, type TextSelection } from '../hooks/useTextSelection';
import { endMeasureAfterPaint, startMeasure } from '../perf';
import { strings } from '../strings';
import { AnnotationOverlays, type OpenPopover } from './AnnotationOverlays';
import { AnnotationImport } from './AnnotationImport';
import { AnnotationPanel } from './AnnotationPanel';
import { DocumentPages } from './DocumentPages';
import { ExportDialog } from './ExportDialog';
import { PageControls } from './PageControls';
import { PageLayoutSelect } from './PageLayoutSelect';
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
  /** An annotation to flash once it is shown. */
  annotationId?: string;
  serial: number;
}

interface Props {
  opened: OpenedDocument;
  issueLabel: string;
  target: ReaderTarget;
  /** The document's highlights, requested beside it. */
  annotations: PendingAnnotations;
  settings: ReaderSettings;
  docNumbers: ReadonlyMap<string, string>;
  onSettings: (change: Partial<ReaderSettings>) => void;
  onOpenDocument: (docId: string) => void;
  /** Changes when annotations were changed elsewhere (我的批注), so this document's are read again. */
  annotationsVersion: number;
}

const SAVE_DELAY_MS = 500;
const FLASH_MS = 1600;
const FONT_STEP = 2;
const SPOKEN_NOTE_CHARS = 30;

/** A highlight's spoken name: colour, the text of its first mark (the rest of a longer passage as …), note start. */
const describeHighlight = (annotation: Annotation, shownText: string): string =>
  strings.highlightControl(
    strings.colorName(strings.colors[annotation.color]),
    annotation.style === 'underline',
    shownText.length < (annotation.anchor?.exact.length ?? 0) ? `${shownText}…` : shownText,
    noteExcerpt(annotation.note, SPOKEN_NOTE_CHARS),
  );

export function Reader({
  opened,
  issueLabel,
  target,
  annotations,
  settings,
  docNumbers,
  onSettings,
  onOpenDocument,
  annotationsVersion,
}: Props): ReactNode {
  const { document } = opened;
  const text = useMemo(() => documentText(document), [document]);
  const frameRef = useRef<HTMLDivElement | null>(null);
  const stripRef = useRef<HTMLElement | null>(null);
  const pagination = usePagination(
    frameRef,
    stripRef,
    document.blocks,
    settings.fontSize,
    settings.pageLayout,
    target.offset,
  );
  const { goToOffset, turnTo, turnBy, turnToElement, pageOf, page, pageCount, anchor, geometry } = pagination;

  const store = useAnnotations(document.id, annotations, annotationsVersion);
  const toolbarRef = useRef<HTMLDivElement | null>(null);
  const { selection, clear: clearSelection } = useTextSelection(stripRef, toolbarRef);
  const [annotationsOpen, setAnnotationsOpen] = useState(false);
  const [popover, setPopover] = useState<OpenPopover | null>(null);
  const [flashId, setFlashId] = useState<string | null>(target.annotationId ?? null);
  const [exportOpen, setExportOpen] = useState(false);

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
    setFlashId(target.annotationId ?? null);
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
    if (flashBlock === null && flashId === null) return;
    const timer = setTimeout(() => {
      setFlashBlock(null);
      setFlashId(null);
    }, FLASH_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [flashBlock, flashId]);

  useEffect(() => {
    if (store.state !== 'loading') endMeasureAfterPaint('gazette:open-highlights');
  }, [store.state]);

  const decorations = useMemo(() => {
    const list: Decoration[] = runInDecorations(document.blocks);
    for (const reference of linkReferences(document.references, docNumbers, document.id)) {
      list.push({ kind: 'reference', start: reference.start, end: reference.end, targetDocId: reference.targetDocId });
    }
    hits.forEach((hit, index) => {
      list.push({ kind: index === hitIndex ? 'currentHit' : 'hit', start: hit.start, end: hit.end });
    });
    list.push(...highlightDecorations(store.annotations, flashId));
    return decorationsByBlock(document.blocks, list);
  }, [document, docNumbers, hits, hitIndex, store.annotations, flashId]);

  // Pages of the listed annotations, measured only while the panel shows them and again after each layout.
  const annotationPages = useMemo(() => {
    const pages = new Map<string, number>();
    if (!annotationsOpen || pageCount < 1) return pages;
    for (const annotation of store.annotations) {
      if (annotation.anchor) pages.set(annotation.id, pageOf(annotation.anchor.start));
    }
    return pages;
  }, [annotationsOpen, store.annotations, pageOf, pageCount]);

  const goToAnnotation = useCallback(
    (annotation: Annotation) => {
      if (!annotation.anchor) return;
      goToOffset(annotation.anchor.start);
      setFlashId(null);
      requestAnimationFrame(() => {
        setFlashId(annotation.id);
      });
    },
    [goToOffset],
  );

  const copyCitation = useCallback(
    async (chosen: TextSelection): Promise<boolean> => {
      const quote = text.slice(chosen.range.start, chosen.range.end);
      try {
        await navigator.clipboard.writeText(citation(quote, document.title, document.docNumber, issueLabel));
        return true;
      } catch {
        return false;
      }
    },
    [text, document.title, document.docNumber, issueLabel],
  );

  const saveDocumentNote = useCallback(
    async (note: Note | null): Promise<string | null> => {
      const result = await store.saveDocumentNote(note);
      return result.ok ? null : result.message;
    },
    [store],
  );

  // A click on a highlight (not the end of a drag selection, not a followed link) opens it, or the chooser.
  const openHighlightAt = (event: MouseEvent): void => {
    if (event.defaultPrevented || !(event.target instanceof Element)) return;
    if (window.getSelection()?.isCollapsed === false) return;
    const ids = annotationIdsAt(event.target).filter((id) => store.byId.has(id));
    const first = ids[0];
    if (first === undefined) return;
    const place = { left: event.clientX - 40, top: event.clientY + 18 };
    setPopover(
      ids.length === 1 ? { kind: 'edit', id: first, place, focusNote: false } : { kind: 'choose', ids, place },
    );
  };

  // From the keyboard: the popover opens under the highlight, and focus returns to it when the popover closes.
  const openedFromKeys = useRef(false);
  const openHighlight = useCallback((annotation: Annotation, mark: HTMLElement) => {
    const box = mark.getBoundingClientRect();
    openedFromKeys.current = true;
    setPopover({ kind: 'edit', id: annotation.id, place: { left: box.left, top: box.bottom + 8 }, focusNote: false });
  }, []);
  // A new token whenever the shown page or the marks on it may have changed.
  const highlightLayout = useMemo(() => ({ page, geometry, decorations }), [page, geometry, decorations]);
  const highlightFocus = useHighlightFocus({
    stripRef,
    layout: highlightLayout,
    byId: store.byId,
    describe: describeHighlight,
    onOpen: openHighlight,
  });
  const { refocus } = highlightFocus;
  useEffect(() => {
    if (popover !== null || !openedFromKeys.current) return;
    openedFromKeys.current = false;
    if (window.document.activeElement === window.document.body) refocus();
  }, [popover, refocus]);

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

  useReaderKeys({ pageCount, turnTo, turnBy });
  const fallsBack = geometry !== null && spreadFallsBack(settings.pageLayout, geometry.pagesShown);

  const printed = useMemo(() => {
    const block = document.blocks[blockIndexAt(document.blocks, anchor)];
    return block?.page != null ? (opened.issue.pages[block.page - 1]?.printed ?? null) : null;
  }, [document.blocks, anchor, opened.issue.pages]);

  const printNotes = useMemo(
    () => (settings.printAnnotations ? { annotations: store.annotations, documentNote: store.documentNote } : null),
    [settings.printAnnotations, store.annotations, store.documentNote],
  );

  const tocId = 'reader-toc';
  const annotationsId = 'reader-annotations';
  const bodyClass = `reader-body${settings.tocOpen ? ' with-toc' : ''}${annotationsOpen ? ' with-annotations' : ''}`;
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
        annotationsId={annotationsId}
        annotationsOpen={annotationsOpen}
        onToggleAnnotations={() => {
          setAnnotationsOpen(!annotationsOpen);
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
        printAnnotations={settings.printAnnotations}
        onPrintAnnotations={(printAnnotations) => {
          onSettings({ printAnnotations });
        }}
      />
      <div className={bodyClass}>
        {settings.tocOpen && (
          <TocPanel id={tocId} entries={document.toc} currentPath={currentPath} onChoose={chooseTocEntry} />
        )}
        <div className="page-frame" ref={frameRef}>
          {geometry && (
            <div
              className={geometry.pagesShown === 2 ? 'sheet spread' : 'sheet'}
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
                style={{ width: geometry.viewportWidth, height: geometry.columnHeight }}
                onClick={openHighlightAt}
                onKeyDown={highlightFocus.onKeyDown}
                onFocus={(event) => {
                  highlightFocus.onFocus(event.target);
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
        {annotationsOpen && (
          <AnnotationPanel
            id={annotationsId}
            state={store.state}
            loadError={store.loadError}
            annotations={store.annotations}
            documentNote={store.documentNote}
            pages={annotationPages}
            onGoTo={goToAnnotation}
            onEdit={(annotation) => {
              setPopover({ kind: 'edit', id: annotation.id, place: null, focusNote: false });
            }}
            onSaveDocumentNote={saveDocumentNote}
            actions={
              <>
                <button
                  type="button"
                  className="quiet-button"
                  aria-label={strings.exportAnnotationsLabel}
                  onClick={() => {
                    setExportOpen(true);
                  }}
                >
                  {strings.exportAnnotations}
                </button>
                <AnnotationImport onImported={store.reload} />
              </>
            }
          />
        )}
      </div>
      <AnnotationOverlays
        store={store}
        selection={selection}
        toolbarRef={toolbarRef}
        clearSelection={clearSelection}
        popover={popover}
        onPopover={setPopover}
        onCopy={copyCitation}
      />
      {exportOpen && (
        <ExportDialog
          current={{ docId: document.id, title: document.title }}
          onClose={() => {
            setExportOpen(false);
          }}
        />
      )}
      <PrintView title={document.title} blocks={document.blocks} notes={printNotes} />
      <PageControls
        page={page}
        pagesShown={geometry?.pagesShown ?? 1}
        pageCount={pageCount}
        printedPage={printed}
        onTurn={turnTo}
        onTurnBy={turnBy}
        layoutSelect={
          <PageLayoutSelect
            layout={settings.pageLayout}
            fallsBack={fallsBack}
            onLayout={(pageLayout) => {
              onSettings({ pageLayout });
            }}
          />
        }
      />
      {positionError !== null && <p role="alert">{strings.positionSaveFailed(positionError)}</p>}
    </section>
  );
}
