/** The search box's words plus the filter menus, written in the query syntax the index parses (parseQuery.ts). */

export interface SearchFilters {
  year: string;
  issuer: string;
  genre: string;
}

export const noFilters: SearchFilters = { year: '', issuer: '', genre: '' };

/** A field value in quotes when it holds a space, so the parser reads it as one value. */
const fieldValue = (value: string): string => (/\s/u.test(value) ? `"${value.replace(/"/gu, '')}"` : value);

export function composeQuery(text: string, filters: SearchFilters): string {
  const parts = [text.trim()];
  if (filters.year !== '') parts.push(`年份:${filters.year}`);
  if (filters.issuer !== '') parts.push(`机关:${fieldValue(filters.issuer)}`);
  if (filters.genre !== '') parts.push(`文种:${fieldValue(filters.genre)}`);
  return parts.filter((part) => part !== '').join(' ');
}
