/**
 * 全文搜索: the box, the year / 发文机关 / 文种 filters (sent beside the query), and the 搜索结果 list with
 * title, 文号, issue, date and snippets whose matches are <mark>ed. Choosing a snippet opens the document at that hit.
 */
import { useEffect, type ReactNode, type RefObject } from 'react';
import type { SearchHit, SearchSnippet } from '../../shared/api';
import type { SearchFilters } from '../../shared/search/searchFilters';
import type { SearchState } from '../logic/searchState';
import { endMeasureAfterPaint } from '../perf';
import { strings } from '../strings';
import { FilterMenu } from './FilterMenu';

export interface FilterOptions {
  years: number[];
  issuers: string[];
  genres: string[];
}

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  text: string;
  onText: (text: string) => void;
  filters: SearchFilters;
  onFilters: (filters: SearchFilters) => void;
  options: FilterOptions;
  search: SearchState;
  issueLabels: ReadonlyMap<string, string>;
  onOpenHit: (hit: SearchHit, offset: number) => void;
}

function SnippetText({ snippet }: { snippet: SearchSnippet }): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return <>{parts}</>;
}

export function SearchPanel({ inputRef, ...props }: Props): ReactNode {
  const { search, filters, onFilters } = props;
  useEffect(() => {
    if (search.state === 'done' && !search.stale) endMeasureAfterPaint('gazette:search');
  }, [search]);

  /** A menu's choice: its empty option is no condition. */
  const chosen = (value: string): string | undefined => (value === '' ? undefined : value);
  return (
    <div className="search-panel">
      {/* role="search" on a <div>: the sandboxed page may not submit forms, and results come as you type. */}
      <div role="search" aria-label={strings.searchLabel} className="search-form">
        <div className="search-box">
          <input
            ref={inputRef}
            type="search"
            aria-label={strings.searchLabel}
            placeholder={strings.searchPlaceholder}
            value={props.text}
            onChange={(event) => {
              props.onText(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') props.onText('');
            }}
          />
        </div>
        <fieldset className="search-filters">
          <legend className="visually-hidden">{strings.searchFilters}</legend>
          <FilterMenu
            label={strings.filterYear}
            value={String(filters.year ?? '')}
            choices={props.options.years}
            onChange={(year) => {
              onFilters({ ...filters, year: year === '' ? undefined : Number(year) });
            }}
          />
          <FilterMenu
            label={strings.filterIssuer}
            value={filters.issuer ?? ''}
            choices={props.options.issuers}
            onChange={(issuer) => {
              onFilters({ ...filters, issuer: chosen(issuer) });
            }}
          />
          <FilterMenu
            label={strings.filterGenre}
            value={filters.genre ?? ''}
            choices={props.options.genres}
            onChange={(genre) => {
              onFilters({ ...filters, genre: chosen(genre) });
            }}
          />
        </fieldset>
      </div>
      {search.state !== 'idle' && (
        <section
          className={`search-results${search.state === 'done' && search.stale ? ' stale' : ''}`}
          aria-labelledby="search-results-heading"
          aria-busy={search.state === 'searching' || (search.state === 'done' && search.stale)}
        >
          <h2 id="search-results-heading" className="panel-title">
            {strings.searchResults}
          </h2>
          {search.state === 'searching' && <p className="muted">{strings.searching}</p>}
          {search.state === 'failed' && <p role="alert">{strings.searchFailed(search.message)}</p>}
          {search.state === 'done' && (
            <>
              <p className="muted" role="status">
                {search.stale
                  ? strings.searchingOver(search.query)
                  : search.response.total > 0
                    ? strings.searchTotal(search.response.total)
                    : strings.searchNone(search.query)}
              </p>
              {search.response.total === 0 && (
                <div className="search-empty">
                  {search.response.message && <p>{search.response.message}</p>}
                  <p>{strings.searchSuggestions}</p>
                </div>
              )}
              {search.response.total > 0 && search.response.message && (
                <p className="muted">{search.response.message}</p>
              )}
              <ol className="hit-list" aria-label={strings.searchResults}>
                {search.response.hits.map((hit) => (
                  <li key={hit.docId} className="hit">
                    <button
                      type="button"
                      className="hit-title"
                      onClick={() => {
                        props.onOpenHit(hit, hit.snippets[0]?.hitStart ?? 0);
                      }}
                    >
                      {hit.title}
                    </button>
                    <p className="hit-meta">
                      {strings.hitMeta(hit.docNumber, props.issueLabels.get(hit.issueId) ?? '', hit.signedOn)}
                    </p>
                    {hit.snippets.length > 0 && (
                      <ul className="snippets">
                        {hit.snippets.map((snippet) => (
                          <li key={snippet.start}>
                            <button
                              type="button"
                              className="snippet"
                              onClick={() => {
                                props.onOpenHit(hit, snippet.hitStart);
                              }}
                            >
                              <SnippetText snippet={snippet} />
                            </button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
    </div>
  );
}
