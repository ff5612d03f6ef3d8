/**
 * Acting on a highlight: the popover with its colour and style, its note (the lazily loaded Lexical editor), its
 * tags, and 删除. Where several highlights overlap at the clicked spot, a chooser comes first so each one can be
 * picked. Escape or a click elsewhere closes; the keyboard focus goes into the popover when it opens.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  ANNOTATION_COLORS,
  ANNOTATION_STYLES,
  tagSchema,
  type Annotation,
  type Note,
} from '../../shared/annotations/annotation';
import { normalizeTags } from '../../shared/annotations/tags';
import type { AnnotationChange, Outcome } from '../hooks/useAnnotations';
import { strings } from '../strings';
import { TagInput, usePersonTags } from './TagInput';

const NoteEditor = lazy(() => import('./NoteEditor'));

const QUOTE_CHARS = 80;
const POPOVER_WIDTH = 360;
const GAP = 8;

export interface PopoverPlace {
  left: number;
  top: number;
}

const shortQuote = (annotation: Annotation): string => {
  const exact = annotation.anchor?.exact ?? '';
  return exact.length > QUOTE_CHARS ? `${exact.slice(0, QUOTE_CHARS)}…` : exact;
};

/** Keeps a floating box inside the window, below its anchor point. */
function placeStyle(place: PopoverPlace | null): { left: number; top: number } | undefined {
  if (!place) return undefined;
  return {
    left: Math.max(GAP, Math.min(place.left, window.innerWidth - POPOVER_WIDTH - GAP)),
    top: Math.max(GAP, Math.min(place.top, window.innerHeight - 200)),
  };
}

/** Closes on Escape and on a press outside `ref`. */
function useDismiss(ref: RefObject<HTMLElement | null>, onClose: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
    };
    const onPress = (event: MouseEvent): void => {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onPress);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onPress);
    };
  }, [ref, onClose]);
}

interface ChooserProps {
  choices: readonly Annotation[];
  place: PopoverPlace | null;
  onChoose: (annotation: Annotation) => void;
  onClose: () => void;
}

export function AnnotationChooser({ choices, place, onChoose, onClose }: ChooserProps): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  useDismiss(ref, onClose);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div ref={ref} className="annotation-chooser floating" style={placeStyle(place)}>
      <p className="floating-title" id="annotation-chooser-title">
        {strings.chooseAnnotation}
      </p>
      <ul aria-labelledby="annotation-chooser-title">
        {choices.map((annotation) => (
          <li key={annotation.id}>
            <button
              type="button"
              onClick={() => {
                onChoose(annotation);
              }}
            >
              <span className={`swatch-dot swatch-${annotation.color}`} aria-hidden="true" />
              {strings.chooseAnnotationItem(
                strings.colorName(strings.colors[annotation.color]),
                shortQuote(annotation),
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TagEditor({ tags, onTags }: { tags: readonly string[]; onTags: (tags: string[]) => void }): ReactNode {
  const [draft, setDraft] = useState('');
  const known = usePersonTags();
  const add = (tag: string): void => {
    const parsed = tagSchema.safeParse(tag);
    setDraft('');
    if (!parsed.success) return;
    const next = normalizeTags([...tags, parsed.data]);
    if (next.length > tags.length) onTags(next);
  };
  return (
    <div className="tag-editor">
      {tags.length > 0 && (
        <ul className="tag-list" aria-label={strings.annotationTags}>
          {tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button
                type="button"
                className="tag-remove"
                aria-label={strings.removeTag(tag)}
                onClick={() => {
                  onTags(tags.filter((t) => t !== tag));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <TagInput
        value={draft}
        onValue={setDraft}
        onCommit={add}
        tags={known}
        taken={tags}
        label={strings.addTag}
        placeholder={strings.addTagPlaceholder}
        commitOnBlur
      />
    </div>
  );
}

interface Props {
  annotation: Annotation;
  place: PopoverPlace | null;
  focusNote: boolean;
  onChange: (id: string, change: AnnotationChange) => Promise<Outcome<Annotation>>;
  onDelete: (annotation: Annotation) => void;
  onClose: () => void;
}

export function AnnotationPopover({ annotation, place, focusNote, onChange, onDelete, onClose }: Props): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  useDismiss(ref, onClose);
  useEffect(() => {
    if (!focusNote) ref.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
  }, [focusNote]);

  const change = (patch: AnnotationChange): void => {
    void onChange(annotation.id, patch).then((result) => {
      setError(result.ok ? null : strings.annotationFailed(result.message));
    });
  };
  const saveNote = async (note: Note | null): Promise<string | null> => {
    const result = await onChange(annotation.id, { note });
    return result.ok ? null : result.message;
  };
  const titleId = `popover-title-${annotation.id}`;
  const hint = strings.annotationStatusHint[annotation.status];

  return (
    <div
      ref={ref}
      className="annotation-popover floating"
      role="dialog"
      aria-labelledby={titleId}
      style={placeStyle(place)}
    >
      <div className="popover-head">
        <h3 id={titleId} className="floating-title">
          {strings.annotationPopover}
        </h3>
        <button type="button" className="popover-close" aria-label={strings.close} onClick={onClose}>
          ×
        </button>
      </div>
      {annotation.anchor && <blockquote className="popover-quote">{shortQuote(annotation)}</blockquote>}
      {hint !== '' && <p className="popover-hint">{hint}</p>}
      <div className="popover-row" role="group" aria-label={strings.annotationColor}>
        {ANNOTATION_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch swatch-${color}`}
            aria-label={strings.colorName(strings.colors[color])}
            aria-pressed={annotation.color === color}
            onClick={() => {
              change({ color });
            }}
          >
            {strings.colors[color]}
          </button>
        ))}
      </div>
      <div className="popover-row" role="group" aria-label={strings.annotationStyle}>
        {ANNOTATION_STYLES.map((style) => (
          <button
            key={style}
            type="button"
            aria-pressed={annotation.style === style}
            onClick={() => {
              change({ style });
            }}
          >
            {style === 'highlight' ? strings.styleHighlight : strings.styleUnderline}
          </button>
        ))}
      </div>
      <section className="popover-section" aria-label={strings.annotationNote}>
        <Suspense fallback={<p className="muted">{strings.noteLoading}</p>}>
          <NoteEditor
            key={annotation.id}
            initial={annotation.note}
            onSave={saveNote}
            label={strings.annotationNote}
            autoFocus={focusNote}
          />
        </Suspense>
      </section>
      <section className="popover-section" aria-label={strings.annotationTags}>
        <TagEditor
          tags={annotation.tags}
          onTags={(tags) => {
            change({ tags });
          }}
        />
      </section>
      {error !== null && <p role="alert">{error}</p>}
      <div className="popover-actions">
        <button
          type="button"
          className="danger-button"
          onClick={() => {
            onDelete(annotation);
          }}
        >
          {strings.deleteAnnotation}
        </button>
      </div>
    </div>
  );
}
