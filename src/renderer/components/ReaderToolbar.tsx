/**
 * The reader's toolbar: 目录 and 批注 toggles, find in this document with 上一处 / 下一处, A− / A+, 打印 with its 含批注
 * choice, and the theme.
 */
import type { ReactNode } from 'react';
import { themes, type Theme } from '../../shared/api';
import { strings } from '../strings';

interface Props {
  title: string;
  issueLabel: string;
  tocId: string;
  tocOpen: boolean;
  onToggleToc: () => void;
  annotationsId: string;
  annotationsOpen: boolean;
  onToggleAnnotations: () => void;
  query: string;
  onQuery: (query: string) => void;
  /** -1 when there is no hit. */
  hitIndex: number;
  hitCount: number;
  onStepHit: (step: 1 | -1) => void;
  fontSize: number;
  onFontSmaller: () => void;
  onFontLarger: () => void;
  theme: Theme;
  onTheme: (theme: Theme) => void;
  onPrint: () => void;
  printAnnotations: boolean;
  onPrintAnnotations: (include: boolean) => void;
}

export function ReaderToolbar(props: Props): ReactNode {
  const { hitCount, hitIndex, query } = props;
  return (
    <div className="reader-toolbar">
      <button
        type="button"
        className="toc-toggle"
        aria-expanded={props.tocOpen}
        aria-controls={props.tocOpen ? props.tocId : undefined}
        onClick={props.onToggleToc}
      >
        {strings.tocToggle}
      </button>
      <button
        type="button"
        className="toc-toggle"
        aria-expanded={props.annotationsOpen}
        aria-controls={props.annotationsOpen ? props.annotationsId : undefined}
        onClick={props.onToggleAnnotations}
      >
        {strings.annotationsToggle}
      </button>
      <div className="reader-heading">
        <h2 id="reader-title" className="reader-title" title={props.title}>
          {props.title}
        </h2>
        <p className="reader-issue muted">{strings.issueOf(props.issueLabel)}</p>
      </div>
      <div className="find-in-document" role="search" aria-label={strings.findInDocument}>
        <input
          type="search"
          aria-label={strings.findInDocument}
          placeholder={strings.findInDocumentPlaceholder}
          value={query}
          onChange={(event) => {
            props.onQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              props.onStepHit(event.shiftKey ? -1 : 1);
            }
          }}
        />
        <button
          type="button"
          onClick={() => {
            props.onStepHit(-1);
          }}
          disabled={hitCount === 0}
        >
          {strings.previousHit}
        </button>
        <button
          type="button"
          onClick={() => {
            props.onStepHit(1);
          }}
          disabled={hitCount === 0}
        >
          {strings.nextHit}
        </button>
        <span className="hit-status" role="status">
          {query.trim() === '' ? '' : hitCount === 0 ? strings.noHits : strings.hitStatus(hitIndex + 1, hitCount)}
        </span>
      </div>
      <div className="font-size" role="group" aria-label={strings.fontSizeStatus(props.fontSize)}>
        <button type="button" aria-label={strings.fontSmallerLabel} onClick={props.onFontSmaller}>
          {strings.fontSmaller}
        </button>
        <button type="button" aria-label={strings.fontLargerLabel} onClick={props.onFontLarger}>
          {strings.fontLarger}
        </button>
      </div>
      <button type="button" title={strings.printHint} onClick={props.onPrint}>
        {strings.print}
      </button>
      <label className="print-annotations" title={strings.printAnnotationsHint}>
        <input
          type="checkbox"
          checked={props.printAnnotations}
          onChange={(event) => {
            props.onPrintAnnotations(event.target.checked);
          }}
        />
        {strings.printAnnotations}
      </label>
      <label className="theme-select">
        <span className="visually-hidden">{strings.theme}</span>
        <select
          value={props.theme}
          onChange={(event) => {
            const theme = themes.find((candidate) => candidate === event.target.value);
            if (theme) props.onTheme(theme);
          }}
        >
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {strings.themes[theme]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
