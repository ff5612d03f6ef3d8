/**
 * 上一页 / 下一页 (a spread at a time in 双页), the `第 N / M 页` or `第 N–N+1 / M 页` status with the print's page
 * number, go-to-page, and 单页 / 双页 / 自动: here rather than in the reader toolbar, which has no room left for it
 * at 1280–1366 px with the 目录 open.
 */
import { useState, type ReactNode } from 'react';
import type { PagesShown } from '../logic/pageGeometry';
import { shownPages, viewStatus } from '../logic/spreadLayout';
import { strings } from '../strings';

interface Props {
  /** 0-based: the page, or the left page of the spread. */
  page: number;
  pagesShown: PagesShown;
  pageCount: number;
  printedPage: string | null;
  onTurn: (page: number) => void;
  onTurnBy: (direction: 1 | -1) => void;
  /** 单页 / 双页 / 自动 (PageLayoutSelect), beside the page numbers it changes. */
  layoutSelect: ReactNode;
}

export function PageControls({
  page,
  pagesShown,
  pageCount,
  printedPage,
  onTurn,
  onTurnBy,
  layoutSelect,
}: Props): ReactNode {
  const shown = shownPages(page, pagesShown, pageCount);
  const [goTo, setGoTo] = useState('');
  const go = (): void => {
    const wanted = Number.parseInt(goTo, 10);
    if (Number.isFinite(wanted)) onTurn(wanted - 1);
    setGoTo('');
  };
  return (
    <div className="page-controls">
      <button
        type="button"
        onClick={() => {
          onTurnBy(-1);
        }}
        disabled={page <= 0}
      >
        {strings.previousPage}
      </button>
      <p className="page-status" role="status" aria-live="polite" aria-atomic="true">
        <span>{viewStatus(shown, pageCount)}</span>
        {printedPage !== null && <span className="printed-status">{strings.printedPage(printedPage)}</span>}
      </p>
      <button
        type="button"
        onClick={() => {
          onTurnBy(1);
        }}
        disabled={shown.last >= pageCount - 1}
      >
        {strings.nextPage}
      </button>
      {/* Not a <form>: the sandboxed page may not submit forms, so Enter and the button act directly. */}
      <div className="go-to-page">
        <label>
          <span className="visually-hidden">{strings.goToPage}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={pageCount}
            value={goTo}
            placeholder={String(page + 1)}
            title={strings.goToPageHint(pageCount)}
            onChange={(event) => {
              setGoTo(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                go();
              }
            }}
          />
        </label>
        <button type="button" onClick={go}>
          {strings.goToPageButton}
        </button>
      </div>
      {layoutSelect}
    </div>
  );
}
