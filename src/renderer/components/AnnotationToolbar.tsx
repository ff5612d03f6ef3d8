/**
 * The toolbar beside a selection: the five colours (keys 1–5), 下划线 (the colours then draw underlines), 批注 (N:
 * a highlight with its note open) and 复制引用. Its buttons keep the selection when clicked (no mousedown focus
 * change), and Tab from the page reaches it.
 */
import type { MouseEvent, ReactNode, RefObject } from 'react';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../shared/annotations/annotation';
import { strings } from '../strings';

interface Props {
  toolbarRef: RefObject<HTMLDivElement | null>;
  box: { left: number; top: number; bottom: number };
  underline: boolean;
  status: string;
  onToggleUnderline: () => void;
  onColor: (color: AnnotationColor) => void;
  onNote: () => void;
  onCopy: () => void;
}

const TOOLBAR_GAP = 8;
const TOOLBAR_HEIGHT = 44;
const TOOLBAR_WIDTH = 420;

export function AnnotationToolbar({
  toolbarRef,
  box,
  underline,
  status,
  onToggleUnderline,
  onColor,
  onNote,
  onCopy,
}: Props): ReactNode {
  const keepSelection = (event: MouseEvent): void => {
    event.preventDefault();
  };
  return (
    <div
      ref={toolbarRef}
      className="selection-toolbar"
      role="toolbar"
      aria-label={strings.selectionToolbar}
      style={{
        left: Math.max(TOOLBAR_GAP, Math.min(box.left - TOOLBAR_WIDTH / 2, window.innerWidth - TOOLBAR_WIDTH)),
        // Below the selection, or above it when it ends near the bottom of the window.
        top:
          box.bottom + TOOLBAR_GAP + TOOLBAR_HEIGHT < window.innerHeight
            ? box.bottom + TOOLBAR_GAP
            : box.top - TOOLBAR_GAP - TOOLBAR_HEIGHT,
      }}
      onMouseDown={keepSelection}
    >
      {ANNOTATION_COLORS.map((color, index) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}${underline ? ' swatch-underline' : ''}`}
          aria-label={strings.colorLabel(strings.colors[color], index + 1)}
          title={strings.colorLabel(strings.colors[color], index + 1)}
          onClick={() => {
            onColor(color);
          }}
        >
          {strings.colors[color]}
        </button>
      ))}
      <button
        type="button"
        className="toolbar-underline"
        aria-pressed={underline}
        title={strings.underlineLabel}
        onClick={onToggleUnderline}
      >
        {strings.underline}
      </button>
      <button type="button" aria-label={strings.addNoteLabel} title={strings.addNoteLabel} onClick={onNote}>
        {strings.addNote}
      </button>
      <button type="button" onClick={onCopy}>
        {strings.copyCitation}
      </button>
      <span className="selection-toolbar-status" role="status">
        {status}
      </span>
    </div>
  );
}
