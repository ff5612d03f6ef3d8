/**
 * 我的批注: every annotation a person has, with the document it belongs to, filtered by the menus and the search
 * box and grouped by document (in library order), by tag, or by day. Pure, so main answers the API with it and the
 * renderer can re-filter what it already holds.
 */
import { z } from 'zod';
import { parseQuery } from '../search/parseQuery';
import { ANCHOR_STATUSES, ANNOTATION_COLORS, tagSchema } from './annotation';
import type { Annotation } from './annotation';
import { fold } from '../search/fold';
import { issuersFromLabel } from '../issuers';
import { noteMatcher, noteQueryNotes, searchableNote } from './noteQuery';
import type { SearchableNote } from './noteQuery';

/** The document an annotation belongs to, as the library lists it. */
export interface AnnotatedDocument {
  docId: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  signedOn: string | null;
  genre: string | null;
  issueId: string;
  /** `济南市人民政府公报 2022年第23期`, or the file name. */
  issueLabel: string;
  year: number | null;
  /** Position in the library (issues newest first, documents in issue order). */
  order: number;
}

/** An annotation and its document; `document` is null when the document is no longer in the library. */
export interface AnnotationEntry {
  annotation: Annotation;
  document: AnnotatedDocument | null;
}

export const ANNOTATION_GROUPINGS = ['document', 'tag', 'date'] as const;
export type AnnotationGrouping = (typeof ANNOTATION_GROUPINGS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { error: '日期应写成 2022-06-30 这样的形式' });
const idList = z.array(z.string().min(1).max(200)).max(5000);

export const annotationFilterSchema = z.object({
  /** The search box: library search's syntax plus `标签:` and `颜色:`. */
  query: z.string().max(1000).optional(),
  colors: z.array(z.enum(ANNOTATION_COLORS)).optional(),
  /** Has every one of these tags (folded). */
  tags: z.array(tagSchema).max(50).optional(),
  issueIds: idList.optional(),
  docIds: idList.optional(),
  years: z.array(z.number().int().min(1000).max(9999)).optional(),
  /** The 发文机关, any of these (folded, whole). */
  issuers: z.array(z.string().max(200)).max(200).optional(),
  statuses: z.array(z.enum(ANCHOR_STATUSES)).optional(),
  /** Inclusive bounds on the day the annotation was made (UTC). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  groupBy: z.enum(ANNOTATION_GROUPINGS).optional(),
  /** The 回收站 instead of the live annotations. */
  trash: z.boolean().optional(),
  /**
   * At most this many entries over all groups, in order (the rest are counted, not sent): the view asks for
   * what it shows and more as the person scrolls, so 20,000 annotations never cross the process boundary at once.
   */
  limit: z.number().int().min(1).max(100_000).optional(),
});
export type AnnotationFilter = z.infer<typeof annotationFilterSchema>;

export interface AnnotationGroup {
  /** A document id (or the document key of a removed one), a folded tag, or a day. */
  key: string;
  label: string;
  entries: AnnotationEntry[];
  /** Entries in the group, also those beyond the listing's limit. */
  count: number;
}

export interface AnnotationListing {
  total: number;
  groups: AnnotationGroup[];
  /** Parts of the query that were ignored, for the person. */
  notes: string[];
}

export const UNTAGGED = '无标签';
export const REMOVED_DOCUMENT = '文件已移除';

const searchables = new WeakMap<readonly AnnotationEntry[], SearchableNote[]>();

/**
 * The entries folded for searching, once per list: the view keeps one list while the person types and filters,
 * so each keystroke only compares.
 */
function searchablesOf(entries: readonly AnnotationEntry[]): SearchableNote[] {
  let found = searchables.get(entries);
  if (!found) {
    found = entries.map(({ annotation, document }) =>
      searchableNote({
        quote: annotation.anchor?.exact ?? '',
        note: annotation.note?.text ?? '',
        tags: annotation.tags,
        color: annotation.color,
        document,
      }),
    );
    searchables.set(entries, found);
  }
  return found;
}

export function documentLabel(entry: AnnotationEntry): string {
  const { document } = entry;
  if (!document) return `${REMOVED_DOCUMENT}（${entry.annotation.docKey}）`;
  return document.docNumber ? `${document.title}（${document.docNumber}）` : document.title;
}

/** Plain comparison: ISO times and ids sort by code unit, and localeCompare costs too much over 20,000 entries. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byDocumentThenPlace(a: AnnotationEntry, b: AnnotationEntry): number {
  const orderA = a.document?.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.document?.order ?? Number.MAX_SAFE_INTEGER;
  if (orderA !== orderB) return orderA - orderB;
  if (a.annotation.docKey !== b.annotation.docKey) return a.annotation.docKey < b.annotation.docKey ? -1 : 1;
  // The document note first, then highlights in reading order.
  const startA = a.annotation.anchor?.start ?? -1;
  const startB = b.annotation.anchor?.start ?? -1;
  return startA - startB || compare(a.annotation.createdAt, b.annotation.createdAt);
}

const newestFirst = (a: AnnotationEntry, b: AnnotationEntry): number =>
  compare(b.annotation.createdAt, a.annotation.createdAt) || compare(a.annotation.id, b.annotation.id);

export function filterAnnotations(entries: readonly AnnotationEntry[], filter: AnnotationFilter): AnnotationEntry[] {
  const matches = noteMatcher(parseQuery(filter.query ?? ''));
  const tags = (filter.tags ?? []).map(fold);
  const issuers = filter.issuers?.map(fold);
  const wanted = <T>(list: readonly T[] | undefined, value: T): boolean => !list || list.includes(value);
  // Folding every quote and note is most of a filter's time; a scope of documents alone (an export) needs none.
  const folded = (filter.query ?? '').trim() === '' && tags.length === 0 ? null : searchablesOf(entries);
  return entries.filter((entry, i) => {
    const { annotation, document } = entry;
    if ((annotation.deletedAt !== null) !== (filter.trash ?? false)) return false;
    if (!wanted(filter.colors, annotation.color) || !wanted(filter.statuses, annotation.status)) return false;
    if (!wanted(filter.docIds, annotation.docId)) return false;
    if (filter.issueIds && !filter.issueIds.includes(document?.issueId ?? '')) return false;
    if (filter.years && (document?.year == null || !filter.years.includes(document.year))) return false;
    // A document is found by its issuers' line or by any one of them (joint issuers).
    const named = [document?.issuer ?? '', ...issuersFromLabel(document?.issuer ?? '')];
    if (issuers && !named.some((name) => issuers.includes(fold(name)))) return false;
    if (filter.from !== undefined || filter.to !== undefined) {
      const day = annotation.createdAt.slice(0, 10);
      if ((filter.from !== undefined && day < filter.from) || (filter.to !== undefined && day > filter.to))
        return false;
    }
    if (!folded) return true;
    const searchable = folded[i];
    if (!searchable) return false;
    if (tags.length > 0 && !tags.every((tag) => searchable.tags.includes(tag))) return false;
    return matches(searchable);
  });
}

function group(entries: AnnotationEntry[], by: AnnotationGrouping): AnnotationGroup[] {
  const groups = new Map<string, AnnotationGroup>();
  const add = (key: string, label: string, entry: AnnotationEntry): void => {
    let found = groups.get(key);
    if (!found) groups.set(key, (found = { key, label, entries: [], count: 0 }));
    found.entries.push(entry);
    found.count++;
  };
  if (by === 'document') {
    for (const entry of [...entries].sort(byDocumentThenPlace)) {
      add(entry.document?.docId ?? entry.annotation.docKey, documentLabel(entry), entry);
    }
    return [...groups.values()];
  }
  const sorted = [...entries].sort(newestFirst);
  if (by === 'date') {
    for (const entry of sorted)
      add(entry.annotation.createdAt.slice(0, 10), entry.annotation.createdAt.slice(0, 10), entry);
    return [...groups.values()];
  }
  for (const entry of sorted) {
    if (entry.annotation.tags.length === 0) add('', UNTAGGED, entry);
    for (const tag of entry.annotation.tags) add(fold(tag), tag, entry);
  }
  return [...groups.values()].sort((a, b) =>
    a.key === '' ? 1 : b.key === '' ? -1 : a.label.localeCompare(b.label, 'zh-Hans-CN'),
  );
}

/** The groups with no more than `limit` entries in all, the first ones in order; counts stay whole. */
function upTo(groups: AnnotationGroup[], limit: number | undefined): AnnotationGroup[] {
  if (limit === undefined) return groups;
  let left = limit;
  const kept: AnnotationGroup[] = [];
  for (const found of groups) {
    if (left === 0) break;
    kept.push(found.entries.length <= left ? found : { ...found, entries: found.entries.slice(0, left) });
    left -= Math.min(left, found.entries.length);
  }
  return kept;
}

export function listAnnotations(entries: readonly AnnotationEntry[], filter: AnnotationFilter): AnnotationListing {
  const found = filterAnnotations(entries, filter);
  return {
    total: found.length,
    groups: upTo(group(found, filter.groupBy ?? 'document'), filter.limit),
    notes: [...parseQuery(filter.query ?? '').notes, ...noteQueryNotes(parseQuery(filter.query ?? ''))],
  };
}
