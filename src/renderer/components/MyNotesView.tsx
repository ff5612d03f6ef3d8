/**
 * 我的批注: every annotation the person has, across the library, over the reader (which stays as it was below).
 * A search box (library search's syntax plus 标签: and 颜色:), 全部批注 / 回收站, the grouping (by document in
 * library order, by tag, by date), the filter column with the tags (filter, rename, merge), and the rows. Only
 * the first 40 rows (several screens) are asked for and drawn; more come as the list is scrolled to its end (20,000 annotations stay
 * quick to open and filter).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { IssueSummary } from '../../shared/api';
import { ANNOTATION_GROUPINGS, type AnnotationEntry } from '../../shared/annotations/annotationListing';
import type { ExportScope } from '../../shared/annotations/annotationTransfer';
import { parseQuery } from '../../shared/search/parseQuery';
import { fold } from '../../shared/search/fold';
import { gazette } from '../gazette';
import { useMyNotes, type MyNotesFilter } from '../hooks/useMyNotes';
import { endMeasureAfterPaint } from '../perf';
import { strings } from '../strings';
import { AnnotationImport } from './AnnotationImport';
import { isFiltered, MyNotesFilters, type MyNotesFilterOptions } from './MyNotesFilters';
import { MyNotesList } from './MyNotesList';
import { TagManager } from './TagManager';
import { usePersonTags } from './TagInput';
import './myNotes.css';

/** Rows asked for at first and added each time the end of the list comes into view. */
const PAGE = 40;

interface Props {
  hidden: boolean;
  issues: readonly IssueSummary[];
  options: MyNotesFilterOptions;
  /** Grows each time the view is opened, so it shows what changed meanwhile. */
  opened: number;
  onOpen: (entry: AnnotationEntry) => void;
  onClose: () => void;
  /** Annotations were restored, or tags renamed: the reader shows the open document's again. */
  onChanged: () => void;
  /** 导出批注 for the tag filtered on, or everything. */
  onExport: (scope: ExportScope) => void;
}

export function MyNotesView({
  hidden,
  issues,
  options,
  opened,
  onOpen,
  onClose,
  onChanged,
  onExport,
}: Props): ReactNode {
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<MyNotesFilter>({ groupBy: 'document' });
  const [limit, setLimit] = useState(PAGE);
  const [changes, setChanges] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmingEmpty, setConfirmingEmpty] = useState(false);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const moreRef = useRef<HTMLButtonElement | null>(null);
  const notes = useMyNotes(text, filter, limit, opened + changes);
  const tags = usePersonTags(opened + changes);
  const trash = filter.trash ?? false;
  const groupBy = filter.groupBy ?? 'document';
  const shownQuery = notes.state === 'ready' ? notes.query : '';
  const parsed = useMemo(() => parseQuery(shownQuery), [shownQuery]);
  const chosenTag = filter.tags?.[0] ?? null;

  useEffect(() => {
    searchRef.current?.focus();
  }, [opened]);

  useEffect(() => {
    if (notes.state === 'ready' && !notes.stale) {
      endMeasureAfterPaint('gazette:my-notes-open');
      endMeasureAfterPaint('gazette:my-notes-filter');
    }
  }, [notes]);

  const changeFilter = (next: MyNotesFilter): void => {
    setFilter(next);
    setLimit(PAGE);
    setConfirmingEmpty(false);
  };
  const changed = (said: string): void => {
    setMessage(said);
    setChanges((count) => count + 1);
    onChanged();
  };

  const shown =
    notes.state === 'ready' ? notes.listing.groups.reduce((sum, group) => sum + group.entries.length, 0) : 0;
  const total = notes.state === 'ready' ? notes.listing.total : 0;
  const hasMore = shown < total;

  // More rows once the end of the list is in view (the button does the same from the keyboard).
  useEffect(() => {
    const button = moreRef.current;
    if (!button || !hasMore) return;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((entry) => entry.isIntersecting)) setLimit(shown + PAGE);
    });
    observer.observe(button);
    return () => {
      observer.disconnect();
    };
  }, [hasMore, shown]);

  const restore = (entry: AnnotationEntry): void => {
    void gazette.restoreAnnotation({ id: entry.annotation.id }).then((result) => {
      if (result.ok) changed(strings.myNotesRestored);
      else setMessage(strings.myNotesFailed(result.error.message));
    });
  };
  const emptyTrash = (): void => {
    setConfirmingEmpty(false);
    void gazette.emptyTrash({}).then((result) => {
      if (result.ok) changed(strings.myNotesTrashEmptied(result.value.removed));
      else setMessage(strings.myNotesFailed(result.error.message));
    });
  };

  const nothingAtAll = notes.state === 'ready' && total === 0 && text.trim() === '' && !isFiltered(filter);
  return (
    <section
      className="my-notes"
      hidden={hidden}
      aria-labelledby="my-notes-title"
      onKeyDown={(event) => {
        const inBox = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
        if (event.key === 'Escape' && !inBox && !event.defaultPrevented) onClose();
      }}
    >
      <header className="my-notes-head">
        <h2 id="my-notes-title" className="my-notes-title">
          {strings.myNotes}
        </h2>
        <div className="my-notes-modes" role="group" aria-label={strings.myNotesModes}>
          {[false, true].map((inTrash) => (
            <button
              key={String(inTrash)}
              type="button"
              aria-pressed={trash === inTrash}
              onClick={() => {
                changeFilter({ ...filter, trash: inTrash || undefined });
              }}
            >
              {inTrash ? strings.myNotesTrash : strings.myNotesLive}
            </button>
          ))}
        </div>
        <div role="search" aria-label={strings.myNotesSearch} className="my-notes-search">
          <input
            ref={searchRef}
            type="search"
            aria-label={strings.myNotesSearch}
            placeholder={strings.myNotesSearchPlaceholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setLimit(PAGE);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && text !== '') {
                event.preventDefault();
                setText('');
              }
            }}
          />
        </div>
        <label className="filter my-notes-grouping">
          <span>{strings.myNotesGroupBy}</span>
          <select
            value={groupBy}
            onChange={(event) => {
              const chosen = ANNOTATION_GROUPINGS.find((grouping) => grouping === event.target.value);
              changeFilter({ ...filter, groupBy: chosen });
            }}
          >
            {ANNOTATION_GROUPINGS.map((grouping) => (
              <option key={grouping} value={grouping}>
                {strings.myNotesGroupings[grouping]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          title={strings.myNotesExportHint}
          onClick={() => {
            onExport(chosenTag === null ? {} : { tag: chosenTag });
          }}
        >
          {strings.myNotesExport}
        </button>
        <AnnotationImport
          onImported={() => {
            setChanges((count) => count + 1);
            onChanged();
          }}
        />
        <button type="button" className="primary-button" onClick={onClose}>
          {strings.myNotesBack}
        </button>
      </header>
      <div className="my-notes-body">
        <aside className="my-notes-side" aria-label={strings.myNotesFilters}>
          <MyNotesFilters filter={filter} onFilter={changeFilter} issues={issues} options={options} />
          <TagManager
            tags={tags}
            chosen={chosenTag}
            onChoose={(tag) => {
              changeFilter({ ...filter, tags: tag === null ? undefined : [tag] });
            }}
            onRenamed={(from, to, said) => {
              if (chosenTag !== null && fold(chosenTag) === fold(from)) changeFilter({ ...filter, tags: [to] });
              changed(said);
            }}
          />
        </aside>
        <section
          className={`my-notes-results${notes.state === 'ready' && notes.stale ? ' stale' : ''}`}
          aria-labelledby="my-notes-results-title"
          aria-busy={notes.state === 'loading' || (notes.state === 'ready' && notes.stale)}
        >
          <h3 id="my-notes-results-title" className="visually-hidden">
            {strings.myNotesResults}
          </h3>
          <div className="my-notes-status">
            <p className="muted" role="status">
              {notes.state === 'loading' && strings.myNotesLoading}
              {notes.state === 'ready' &&
                (notes.stale
                  ? strings.myNotesSearchingOver
                  : trash
                    ? strings.myNotesTrashTotal(total)
                    : strings.myNotesTotal(total))}
            </p>
            {trash && total > 0 && (
              <button
                type="button"
                className="danger-button"
                onClick={() => {
                  setConfirmingEmpty(true);
                }}
              >
                {strings.myNotesEmptyTrash}
              </button>
            )}
          </div>
          {confirmingEmpty && (
            <div className="confirm" role="group" aria-label={strings.myNotesEmptyTrash}>
              <p>{strings.myNotesConfirmEmptyTrash(total)}</p>
              <button type="button" className="danger-button" autoFocus onClick={emptyTrash}>
                {strings.myNotesConfirmEmptyTrashYes}
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirmingEmpty(false);
                }}
              >
                {strings.cancel}
              </button>
            </div>
          )}
          {message !== null && (
            <p className="my-notes-message" role="status">
              {message}
            </p>
          )}
          {notes.state === 'failed' && <p role="alert">{strings.loadFailed(notes.message)}</p>}
          {notes.state === 'ready' &&
            notes.listing.notes.map((note) => (
              <p key={note} className="muted">
                {note}
              </p>
            ))}
          {notes.state === 'ready' && total === 0 && (
            <p className="my-notes-empty">
              {trash ? strings.myNotesTrashEmpty : nothingAtAll ? strings.myNotesEmpty : strings.myNotesNoMatch}
            </p>
          )}
          {notes.state === 'ready' && (
            <MyNotesList
              listing={notes.listing}
              query={parsed}
              groupBy={groupBy}
              trash={trash}
              onOpen={onOpen}
              onRestore={restore}
            />
          )}
          {hasMore && (
            <button
              ref={moreRef}
              type="button"
              className="my-notes-more"
              onClick={() => {
                setLimit(shown + PAGE);
              }}
            >
              {strings.myNotesMore(shown, total)}
            </button>
          )}
        </section>
      </div>
    </section>
  );
}
