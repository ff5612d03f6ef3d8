/**
 * 我的批注's filter column: colour (several may be chosen), 公报, 年份, 发文机关, status, the day range the
 * annotations were made in, and 清除筛选. Each change is a new filter object (the listing asks again at once).
 */
import type { ReactNode } from 'react';
import type { IssueSummary } from '../../shared/api';
import { ANCHOR_STATUSES, ANNOTATION_COLORS, type AnchorStatus } from '../../shared/annotations/annotation';
import type { MyNotesFilter } from '../hooks/useMyNotes';
import { strings } from '../strings';
import { FilterMenu } from './FilterMenu';

export interface MyNotesFilterOptions {
  years: number[];
  issuers: string[];
}

interface Props {
  filter: MyNotesFilter;
  onFilter: (filter: MyNotesFilter) => void;
  issues: readonly IssueSummary[];
  options: MyNotesFilterOptions;
}

/** A list filter of at most one value from a menu: empty is no condition. */
const one = <T,>(value: T | undefined): T[] | undefined => (value === undefined ? undefined : [value]);

const STATUSES = ANCHOR_STATUSES.filter((status): status is Exclude<AnchorStatus, 'anchored'> => status !== 'anchored');

export function isFiltered(filter: MyNotesFilter): boolean {
  const { groupBy: _groupBy, trash: _trash, ...conditions } = filter;
  return Object.values(conditions).some((value: unknown) => value !== undefined);
}

export function MyNotesFilters({ filter, onFilter, issues, options }: Props): ReactNode {
  const set = (change: Partial<MyNotesFilter>): void => {
    onFilter({ ...filter, ...change });
  };
  const colors = filter.colors ?? [];
  return (
    <fieldset className="my-notes-filter-set">
      <legend className="visually-hidden">{strings.myNotesFilters}</legend>
      <div className="filter-colors" role="group" aria-label={strings.myNotesColor}>
        <span className="filter-title">{strings.myNotesColor}</span>
        {ANNOTATION_COLORS.map((color) => {
          const on = colors.includes(color);
          return (
            <button
              key={color}
              type="button"
              className={`swatch swatch-${color}`}
              aria-pressed={on}
              aria-label={strings.colorName(strings.colors[color])}
              onClick={() => {
                const next = on ? colors.filter((c) => c !== color) : [...colors, color];
                set({ colors: next.length > 0 ? next : undefined });
              }}
            >
              {strings.colors[color]}
            </button>
          );
        })}
      </div>
      <FilterMenu
        label={strings.myNotesIssue}
        value={filter.issueIds?.[0] ?? ''}
        choices={issues.map((issue) => ({ value: issue.id, label: strings.issueLabel(issue) }))}
        onChange={(id) => {
          set({ issueIds: one(id === '' ? undefined : id) });
        }}
      />
      <FilterMenu
        label={strings.filterYear}
        value={String(filter.years?.[0] ?? '')}
        choices={options.years.map((year) => ({ value: String(year), label: String(year) }))}
        onChange={(year) => {
          set({ years: one(year === '' ? undefined : Number(year)) });
        }}
      />
      <FilterMenu
        label={strings.filterIssuer}
        value={filter.issuers?.[0] ?? ''}
        choices={options.issuers.map((issuer) => ({ value: issuer, label: issuer }))}
        onChange={(issuer) => {
          set({ issuers: one(issuer === '' ? undefined : issuer) });
        }}
      />
      <FilterMenu
        label={strings.myNotesStatus}
        value={filter.statuses?.[0] ?? ''}
        choices={STATUSES.map((status) => ({ value: status, label: strings.annotationStatus[status] }))}
        onChange={(status) => {
          set({ statuses: one(STATUSES.find((known) => known === status)) });
        }}
      />
      <div className="filter-dates">
        <label className="filter">
          <span>{strings.myNotesFrom}</span>
          <input
            type="date"
            value={filter.from ?? ''}
            max={filter.to}
            onChange={(event) => {
              set({ from: event.target.value === '' ? undefined : event.target.value });
            }}
          />
        </label>
        <label className="filter">
          <span>{strings.myNotesTo}</span>
          <input
            type="date"
            value={filter.to ?? ''}
            min={filter.from}
            onChange={(event) => {
              set({ to: event.target.value === '' ? undefined : event.target.value });
            }}
          />
        </label>
      </div>
      <button
        type="button"
        disabled={!isFiltered(filter)}
        onClick={() => {
          onFilter({ groupBy: filter.groupBy, trash: filter.trash });
        }}
      >
        {strings.myNotesClearFilters}
      </button>
    </fieldset>
  );
}
