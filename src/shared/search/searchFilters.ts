/**
 * Search conditions chosen outside the query text (the filter menus, another program), and the one default
 * number of results. The worker merges them with whatever conditions the user typed (`文号:` …), so the query
 * syntax and the structured filters are the same conditions with the same meaning (parseQuery.ts).
 */
import { z } from 'zod';
import { fold } from './fold';
import type { ParsedQuery } from './parseQuery';

/** How many results a search returns when the caller does not say: the app, the web host and the command line. */
export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 500;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { error: '日期应写成 2022-06-30 这样的形式' });
const fieldValue = z.string().max(200);

export const searchFiltersSchema = z.object({
  /** Contained in the 发文字号 / title / issuer (folded, as typed after `文号:`, `标题:`, `机关:`). */
  docNumber: fieldValue.optional(),
  title: fieldValue.optional(),
  issuer: fieldValue.optional(),
  /** The 文种, as `文种:`. */
  genre: fieldValue.optional(),
  year: z.number().int().min(1000).max(9999).optional(),
  /** Inclusive bounds on the 成文日期, as `日期:from..to`. */
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

/**
 * The query with the filters added, as if they had been typed: field values must all be contained, a 文种 or a
 * year is one more accepted value (typed conditions of those kinds are alternatives too), and date bounds narrow.
 */
export function withFilters(query: ParsedQuery, filters: SearchFilters): ParsedQuery {
  const into = {
    ...query.filters,
    docNumber: [...query.filters.docNumber],
    title: [...query.filters.title],
    issuer: [...query.filters.issuer],
    genres: [...query.filters.genres],
    years: [...query.filters.years],
  };
  const text = (value: string | undefined): string[] => {
    const folded = fold(value ?? '');
    return folded === '' ? [] : [folded];
  };
  into.docNumber.push(...text(filters.docNumber));
  into.title.push(...text(filters.title));
  into.issuer.push(...text(filters.issuer));
  into.genres.push(...text(filters.genre));
  if (filters.year !== undefined) into.years.push(filters.year);
  const { dateFrom, dateTo } = filters;
  if (dateFrom !== undefined && (into.dateFrom === null || dateFrom > into.dateFrom)) into.dateFrom = dateFrom;
  if (dateTo !== undefined && (into.dateTo === null || dateTo < into.dateTo)) into.dateTo = dateTo;
  return { ...query, filters: into };
}
