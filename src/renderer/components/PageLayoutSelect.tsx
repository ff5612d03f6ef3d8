/**
 * 单页 / 双页 / 自动 beside the page controls. When 双页 is chosen but the window is too narrow for two pages of a
 * 公文 line each, one page is shown and the control says so in words beside it, in its tooltip and to screen readers.
 */
import type { ReactNode } from 'react';
import { pageLayouts, type PageLayout } from '../../shared/api';
import { strings } from '../strings';

interface Props {
  layout: PageLayout;
  fallsBack: boolean;
  onLayout: (layout: PageLayout) => void;
}

const FALLBACK_ID = 'page-layout-fallback';

export function PageLayoutSelect({ layout, fallsBack, onLayout }: Props): ReactNode {
  return (
    <div className={`page-layout-select${fallsBack ? ' falls-back' : ''}`}>
      <label>
        <span className="visually-hidden">{strings.pageLayout}</span>
        <select
          value={layout}
          title={fallsBack ? strings.spreadTooNarrow : strings.pageLayoutHint}
          aria-describedby={fallsBack ? FALLBACK_ID : undefined}
          onChange={(event) => {
            const chosen = pageLayouts.find((candidate) => candidate === event.target.value);
            if (chosen) onLayout(chosen);
          }}
        >
          {pageLayouts.map((candidate) => (
            <option key={candidate} value={candidate}>
              {strings.pageLayouts[candidate]}
            </option>
          ))}
        </select>
      </label>
      {fallsBack && (
        <span id={FALLBACK_ID} className="spread-fallback muted" title={strings.spreadTooNarrow}>
          {strings.spreadFallenBack}
        </span>
      )}
    </div>
  );
}
