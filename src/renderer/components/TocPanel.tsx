/**
 * The 目录 panel: the document's heading tree, levels collapsible. The entry of the section being read is marked
 * `aria-current` — or, when it sits in a collapsed branch, the nearest shown ancestor — and kept in view.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { TocEntry } from '../../shared/model';
import { initiallyExpanded, tocKey } from '../logic/tocLookup';
import { strings } from '../strings';

interface Props {
  id: string;
  entries: readonly TocEntry[];
  /** Keys of the current section's chain, outermost first. */
  currentPath: readonly string[];
  onChoose: (entry: TocEntry) => void;
}

const entryLabel = (entry: TocEntry): string => `${entry.label}${entry.text}`;

export function TocPanel({ id, entries, currentPath, onChoose }: Props): ReactNode {
  const [expanded, setExpanded] = useState(() => initiallyExpanded(entries));
  const currentRef = useRef<HTMLButtonElement | null>(null);

  // The deepest entry of the path that is on screen (every ancestor expanded).
  let shownCurrent: string | null = null;
  for (const key of currentPath) {
    shownCurrent = key;
    if (!expanded.has(key)) break;
  }

  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [shownCurrent]);

  const toggle = (key: string): void => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  };

  const renderEntries = (list: readonly TocEntry[], depth: number): ReactNode => (
    <ul className={depth === 0 ? 'toc-tree' : 'toc-children'}>
      {list.map((entry) => {
        const key = tocKey(entry);
        const isOpen = expanded.has(key);
        const isCurrent = key === shownCurrent;
        const label = entryLabel(entry);
        return (
          <li key={key} className={`toc-entry toc-level-${Math.min(entry.level, 4)}`}>
            <div className="toc-row">
              {entry.children.length > 0 ? (
                <button
                  type="button"
                  className="toc-twisty"
                  aria-expanded={isOpen}
                  aria-label={strings.tocChildren(label)}
                  onClick={() => {
                    toggle(key);
                  }}
                >
                  <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span className="toc-twisty-space" aria-hidden="true" />
              )}
              <button
                type="button"
                className="toc-link"
                ref={isCurrent ? currentRef : undefined}
                aria-current={isCurrent ? 'location' : undefined}
                onClick={() => {
                  onChoose(entry);
                }}
              >
                {entry.label && <span className="toc-label">{entry.label}</span>}
                {entry.text}
              </button>
            </div>
            {entry.children.length > 0 && isOpen && renderEntries(entry.children, depth + 1)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <nav id={id} className="toc-panel" aria-label={strings.toc}>
      <h2 className="panel-title">{strings.toc}</h2>
      {entries.length === 0 ? <p className="muted">{strings.tocEmpty}</p> : renderEntries(entries, 0)}
    </nav>
  );
}
