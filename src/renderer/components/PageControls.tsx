/** 上一页 / 下一页, the `第 N / M 页` status with the print's page number, and go-to-page. */
import { useState, type ReactNode } from 'react';
import { strings } from '../strings';

interface Props {
  /** 0-based. */
  page: number;
  pageCount: number;
  printedPage: string | null;
  onTurn: (page: number) => void;
}

export function PageControls({ page, pageCount, printedPage, onTurn }: Props): ReactNode {
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
          onTurn(page - 1);
        }}
        disabled={page <= 0}
      >
        {strings.previousPage}
      </button>
      <p className="page-status" role="status" aria-live="polite" aria-atomic="true">
        <span>{strings.pageStatus(page + 1, pageCount)}</span>
        {printedPage !== null && <span className="printed-status">{strings.printedPage(printedPage)}</span>}
      </p>
      <button
        type="button"
        onClick={() => {
          onTurn(page + 1);
        }}
        disabled={page >= pageCount - 1}
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
    </div>
  );
}
