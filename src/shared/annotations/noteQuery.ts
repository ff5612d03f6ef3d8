/**
 * Search in one's annotations (我的批注): the library search's syntax and folding (parseQuery.ts, fold.ts) applied
 * to a quote and a note instead of a document. A word matches when it is an exact substring of the folded quote
 * or of the folded note (never across the two); `标签:` needs that tag (folded, whole) and `颜色:` any of the
 * colours named; `文号:`, `标题:`, `机关:`, `文种:`, `年份:` and `日期:` are the document's, as in library search.
 */
import type { ParsedQuery } from '../search/parseQuery';
import { fold } from '../search/fold';
import { ANNOTATION_COLORS } from './annotation';
import type { AnnotationColor } from './annotation';

/** The colours' names in the interface, as people type them after `颜色:` and as exports print them. */
export const COLOR_NAMES: Record<AnnotationColor, string> = {
  yellow: '黄色',
  green: '绿色',
  blue: '蓝色',
  red: '红色',
  purple: '紫色',
};

/** The colour a folded `颜色:` value names (`黄`, `黄色`, `yellow`), or null. */
export function colorNamed(folded: string): AnnotationColor | null {
  for (const color of ANNOTATION_COLORS) {
    const name = COLOR_NAMES[color];
    if (folded === color || folded === name || folded === name.slice(0, 1)) return color;
  }
  return null;
}

/** What a query is matched against, folded once and kept while the listing is open. */
export interface SearchableNote {
  quote: string;
  note: string;
  tags: readonly string[];
  color: AnnotationColor;
  docNumber: string;
  title: string;
  issuer: string;
  genre: string;
  year: number | null;
  /** ISO 成文日期. */
  signedOn: string | null;
}

export interface NoteSource {
  quote: string;
  note: string;
  tags: readonly string[];
  color: AnnotationColor;
  document: {
    docNumber: string | null;
    title: string;
    issuer: string | null;
    genre: string | null;
    year: number | null;
    signedOn: string | null;
  } | null;
}

export function searchableNote(source: NoteSource): SearchableNote {
  const doc = source.document;
  return {
    quote: fold(source.quote),
    note: fold(source.note),
    tags: source.tags.map(fold),
    color: source.color,
    docNumber: fold(doc?.docNumber ?? ''),
    title: fold(doc?.title ?? ''),
    issuer: fold(doc?.issuer ?? ''),
    genre: fold(doc?.genre ?? ''),
    year: doc?.year ?? null,
    signedOn: doc?.signedOn ?? null,
  };
}

/** Sentences for the person about `颜色:` values that name no colour (they are ignored). */
export function noteQueryNotes(query: ParsedQuery): string[] {
  return query.filters.colors
    .filter((value) => colorNamed(value) === null)
    .map((value) => `「颜色:${value}」不是批注的颜色（黄、绿、蓝、红、紫），已忽略。`);
}

/** The query as a test of one note; built once per query, since a search runs it over every annotation. */
export function noteMatcher(query: ParsedQuery): (note: SearchableNote) => boolean {
  const { terms, excluded, filters } = query;
  const colors = filters.colors.map(colorNamed).filter((color) => color !== null);
  return (note) => {
    for (const word of terms) if (!note.quote.includes(word) && !note.note.includes(word)) return false;
    for (const word of excluded) if (note.quote.includes(word) || note.note.includes(word)) return false;
    if (filters.tags.length > 0 && !filters.tags.every((tag) => note.tags.includes(tag))) return false;
    if (colors.length > 0 && !colors.includes(note.color)) return false;
    return matchesDocument(filters, note);
  };
}

function matchesDocument(filters: ParsedQuery['filters'], note: SearchableNote): boolean {
  if (!filters.docNumber.every((value) => note.docNumber.includes(value))) return false;
  if (!filters.title.every((value) => note.title.includes(value))) return false;
  if (!filters.issuer.every((value) => note.issuer.includes(value))) return false;
  if (filters.genres.length > 0 && !filters.genres.some((genre) => note.genre.includes(genre))) return false;
  if (filters.years.length > 0 && (note.year === null || !filters.years.includes(note.year))) return false;
  if (filters.dateFrom !== null || filters.dateTo !== null) {
    if (note.signedOn === null) return false;
    if (filters.dateFrom !== null && note.signedOn < filters.dateFrom) return false;
    if (filters.dateTo !== null && note.signedOn > filters.dateTo) return false;
  }
  return true;
}
