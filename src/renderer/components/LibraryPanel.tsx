/**
 * 公报库: issues grouped by year (newest first), each expanding to its documents (title, 文号, 成文日期), narrowed
 * by typing; an issue can be removed after an in-app confirmation (the sandbox allows no window.confirm).
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { IssueSummary } from '../../shared/api';
import { groupIssues } from '../logic/libraryGroups';
import { strings } from '../strings';

interface Props {
  issues: readonly IssueSummary[];
  openDocId: string | null;
  onOpen: (docId: string) => void;
  onRemove: (issueId: string) => Promise<string | null>;
}

export function LibraryPanel({ issues, openDocId, onOpen, onRemove }: Props): ReactNode {
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const groups = useMemo(() => groupIssues(issues, filter), [issues, filter]);
  const filtering = filter.trim() !== '';

  const toggle = (issueId: string): void => {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(issueId)) next.add(issueId);
      return next;
    });
  };

  return (
    <section className="library" aria-labelledby="library-heading">
      <h2 id="library-heading" className="panel-title">
        {strings.library}
      </h2>
      {issues.length === 0 ? (
        <p className="muted">{strings.emptyLibrary}</p>
      ) : (
        <>
          <label className="library-filter">
            <span className="visually-hidden">{strings.libraryFilter}</span>
            <input
              type="search"
              placeholder={strings.libraryFilterPlaceholder}
              value={filter}
              onChange={(event) => {
                setFilter(event.target.value);
              }}
            />
          </label>
          {groups.length === 0 && <p className="muted">{strings.libraryNoMatch(filter.trim())}</p>}
        </>
      )}
      {removeError !== null && <p role="alert">{strings.removeFailed(removeError)}</p>}
      {groups.map((group) => (
        <section key={group.year ?? 'unknown'} className="year-group" aria-label={strings.yearLabel(group.year)}>
          <h3 className="year-heading">{strings.yearLabel(group.year)}</h3>
          <ul className="issue-list">
            {group.issues.map(({ issue, documents }) => {
              const label = strings.issueLabel(issue);
              const open = filtering || !collapsed.has(issue.id);
              return (
                <li key={issue.id} className="issue">
                  <div className="issue-row">
                    <button
                      type="button"
                      className="issue-toggle"
                      aria-expanded={open}
                      onClick={() => {
                        toggle(issue.id);
                      }}
                    >
                      <span aria-hidden="true" className="twisty">
                        {open ? '▾' : '▸'}
                      </span>
                      <span className="issue-name">{label}</span>
                      <span className="muted"> · {strings.documentsCount(issue.documents.length)}</span>
                    </button>
                    <button
                      type="button"
                      className="quiet-button"
                      aria-label={strings.removeIssueLabel(label)}
                      onClick={() => {
                        setConfirming(issue.id);
                        setRemoveError(null);
                      }}
                    >
                      {strings.removeIssue}
                    </button>
                  </div>
                  {confirming === issue.id && (
                    <div className="confirm" role="group" aria-label={strings.removeIssueLabel(label)}>
                      <p>{strings.confirmRemove(label)}</p>
                      <button
                        type="button"
                        className="danger-button"
                        autoFocus
                        onClick={() => {
                          setConfirming(null);
                          void onRemove(issue.id).then(setRemoveError);
                        }}
                      >
                        {strings.confirmRemoveYes}
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          setConfirming(null);
                        }}
                      >
                        {strings.cancel}
                      </button>
                    </div>
                  )}
                  {open && (
                    <ul className="document-list">
                      {documents.map((document) => (
                        <li key={document.id}>
                          <button
                            type="button"
                            className="document-link"
                            aria-current={document.id === openDocId ? 'page' : undefined}
                            onClick={() => {
                              onOpen(document.id);
                            }}
                          >
                            <span className="document-title">{document.title}</span>
                            <span className="document-meta">
                              {document.docNumber && <span className="doc-number">{document.docNumber}</span>}
                              {document.signedOn && <span>{strings.signedOn(document.signedOn)}</span>}
                            </span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
