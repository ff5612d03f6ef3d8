/** The `annotations` table's rows, read back through a schema: a row another version wrote is checked, not trusted. */
import type { DatabaseSync, SQLOutputValue, StatementSync } from 'node:sqlite';
import { z } from 'zod';
import {
  ANNOTATION_COLORS,
  ANNOTATION_STYLES,
  NOTE_FORMAT_VERSION,
  NOTE_MAX_CHARS,
  noteSchema,
} from '../../shared/annotations/annotation';
import type { Annotation, AnchorStatus, Note } from '../../shared/annotations/annotation';

const placedStatuses = ['anchored', 'doubtful', 'orphan'] as const;

export const rowSchema = z.object({
  id: z.string(),
  doc_id: z.string(),
  doc_key: z.string(),
  anchor_start: z.number().int().nullable(),
  anchor_end: z.number().int().nullable(),
  exact: z.string().nullable(),
  prefix: z.string().nullable(),
  suffix: z.string().nullable(),
  text_hash: z.string(),
  status: z.enum(placedStatuses),
  color: z.enum(ANNOTATION_COLORS),
  style: z.enum(ANNOTATION_STYLES),
  note: z.string().nullable(),
  tags: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  deleted_at: z.string().nullable(),
});

const tagsSchema = z.array(z.string());

const colors: ReadonlySet<unknown> = new Set(ANNOTATION_COLORS);
const styles: ReadonlySet<unknown> = new Set(ANNOTATION_STYLES);
const statuses: ReadonlySet<unknown> = new Set(placedStatuses);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isIntOrNull = (value: unknown): value is number | null => value === null || Number.isSafeInteger(value);

/**
 * What `rowSchema` accepts, checked by hand: 我的批注 reads every row at once, and zod's parse was a third of that
 * read. A row this refuses goes through `rowSchema` itself, so a damaged row fails with zod's own message.
 */
function isSoundRow(
  row: Record<string, SQLOutputValue>,
): row is Record<string, SQLOutputValue> & z.infer<typeof rowSchema> {
  return (
    isText(row.id) &&
    isText(row.doc_id) &&
    isText(row.doc_key) &&
    isIntOrNull(row.anchor_start) &&
    isIntOrNull(row.anchor_end) &&
    isTextOrNull(row.exact) &&
    isTextOrNull(row.prefix) &&
    isTextOrNull(row.suffix) &&
    isText(row.text_hash) &&
    statuses.has(row.status) &&
    colors.has(row.color) &&
    styles.has(row.style) &&
    isTextOrNull(row.note) &&
    isText(row.tags) &&
    isText(row.created_at) &&
    isText(row.updated_at) &&
    isTextOrNull(row.deleted_at)
  );
}

/** `noteSchema.parse` by hand for a sound note (a new object with its three fields), else by `noteSchema`. */
function toNote(json: string): Note {
  const value: unknown = JSON.parse(json);
  if (typeof value === 'object' && value !== null) {
    const { version, editorState, text } = value as Record<string, unknown>;
    if (
      version === NOTE_FORMAT_VERSION &&
      isText(editorState) &&
      editorState.length <= NOTE_MAX_CHARS &&
      isText(text) &&
      text.length <= NOTE_MAX_CHARS
    )
      return { version, editorState, text };
  }
  return noteSchema.parse(value);
}

export function toTags(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) && value.every(isText) ? value : tagsSchema.parse(value);
}

export function toAnnotation(row: Record<string, SQLOutputValue>, status?: AnchorStatus): Annotation {
  const r = isSoundRow(row) ? row : rowSchema.parse(row);
  const anchor =
    r.anchor_start === null || r.anchor_end === null || r.exact === null
      ? null
      : { start: r.anchor_start, end: r.anchor_end, exact: r.exact, prefix: r.prefix ?? '', suffix: r.suffix ?? '' };
  return {
    id: r.id,
    docId: r.doc_id,
    docKey: r.doc_key,
    anchor,
    textHash: r.text_hash,
    status: status ?? r.status,
    color: r.color,
    style: r.style,
    note: r.note === null ? null : toNote(r.note),
    tags: toTags(r.tags),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export const COLUMNS = [
  'id',
  'doc_id',
  'doc_key',
  'anchor_start',
  'anchor_end',
  'exact',
  'prefix',
  'suffix',
  'text_hash',
  'status',
  'color',
  'style',
  'note',
  'note_text',
  'tags',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

/** The INSERT of a whole row and the UPDATE of every column but the id, both taking `toRow`'s parameters. */
export function rowStatements(db: DatabaseSync): { insert: StatementSync; replace: StatementSync } {
  return {
    insert: db.prepare(
      `INSERT INTO annotations (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `:${c}`).join(', ')})`,
    ),
    replace: db.prepare(
      `UPDATE annotations SET ${COLUMNS.filter((c) => c !== 'id')
        .map((c) => `${c} = :${c}`)
        .join(', ')} WHERE id = :id`,
    ),
  };
}

/** The named parameters of an INSERT or full UPDATE of `annotation`. */
export function toRow(annotation: Annotation): Record<(typeof COLUMNS)[number], string | number | null> {
  const { anchor } = annotation;
  return {
    id: annotation.id,
    doc_id: annotation.docId,
    doc_key: annotation.docKey,
    anchor_start: anchor?.start ?? null,
    anchor_end: anchor?.end ?? null,
    exact: anchor?.exact ?? null,
    prefix: anchor?.prefix ?? null,
    suffix: anchor?.suffix ?? null,
    text_hash: annotation.textHash,
    status: annotation.status === 'removed' ? 'orphan' : annotation.status,
    color: annotation.color,
    style: annotation.style,
    note: annotation.note === null ? null : JSON.stringify(annotation.note),
    note_text: annotation.note?.text ?? '',
    tags: JSON.stringify(annotation.tags),
    created_at: annotation.createdAt,
    updated_at: annotation.updatedAt,
    deleted_at: annotation.deletedAt,
  };
}
