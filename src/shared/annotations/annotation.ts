/**
 * One person's annotation as it crosses the API: a highlight (anchored to a passage of a document's canonical
 * text) or the one document note (no anchor). Anchors follow the W3C Web Annotation model — a TextQuoteSelector
 * (exact, prefix, suffix) and a TextPositionSelector (start, end) — over the canonical text (`documentText`),
 * in UTF-16 code units; the W3C export converts to code points. See DESIGN.md § Annotations.
 */
import { z } from 'zod';

export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'red', 'purple'] as const;
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];

/** A filled highlight, or an underline in the same colour. */
export const ANNOTATION_STYLES = ['highlight', 'underline'] as const;
export type AnnotationStyle = (typeof ANNOTATION_STYLES)[number];

/** Characters of context kept on each side of the quote, as Hypothesis does. */
export const ANCHOR_CONTEXT_CHARS = 32;

/**
 * - `anchored`: the passage is where the anchor says, and its text equals the quote;
 * - `doubtful` (需确认): re-anchored by an approximate match after the document's text changed;
 * - `orphan` (孤立批注): could not be placed; kept with its quote and note, never dropped;
 * - `removed` (文件已移除): the document is no longer in the library; re-attaches if it comes back.
 */
export const ANCHOR_STATUSES = ['anchored', 'doubtful', 'orphan', 'removed'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export const anchorSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type Anchor = z.infer<typeof anchorSchema>;

/** A passage chosen in the reader: offsets into the canonical text. Main derives the quote from the text. */
export const textRangeSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((range) => range.end > range.start, { error: '选区为空' });
export type TextRange = z.infer<typeof textRangeSchema>;

export const NOTE_FORMAT_VERSION = 1;
/** The largest serialised note (Lexical JSON) a person can save; larger ones are refused with NOTE_TOO_LARGE. */
export const NOTE_MAX_CHARS = 200_000;
export const NOTE_TOO_LARGE = `批注过长：一条批注最多约 ${String(NOTE_MAX_CHARS / 1000)} 千字符（含格式），请拆分成几条。`;

/** A note: Lexical's serialised editor state inside a versioned wrapper, plus a plain-text copy for search. */
export const noteSchema = z.object({
  version: z.literal(NOTE_FORMAT_VERSION),
  editorState: z.string().max(NOTE_MAX_CHARS, { error: NOTE_TOO_LARGE }),
  text: z.string().max(NOTE_MAX_CHARS, { error: NOTE_TOO_LARGE }),
});
export type Note = z.infer<typeof noteSchema>;

export const TAG_MAX_CHARS = 40;

/** How long a deleted annotation stays in the 回收站 before it is purged (on the first open after that). */
export const TRASH_DAYS = 30;
export const TRASH_MS = TRASH_DAYS * 24 * 60 * 60 * 1000;

/** From when an annotation deleted at `deletedAt` (ISO) is purged from the 回收站. */
export function purgeTime(deletedAt: string): Date {
  return new Date(new Date(deletedAt).getTime() + TRASH_MS);
}
export const tagSchema = z.string().trim().min(1).max(TAG_MAX_CHARS);

export interface Annotation {
  id: string;
  /** The library document it was made on (or re-attached to). */
  docId: string;
  /** Outlives the file: the normalised 文号 with the issuer, else title, issuer and 成文日期. */
  docKey: string;
  /** null for the document note. */
  anchor: Anchor | null;
  /** Hash of the canonical text the anchor was last confirmed against. */
  textHash: string;
  status: AnchorStatus;
  color: AnnotationColor;
  style: AnnotationStyle;
  note: Note | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  /** Set while the annotation is in the trash; restore clears it. */
  deletedAt: string | null;
}

export interface DocumentAnnotations {
  /** Highlights of this document (re-anchored if its text changed), in reading order; orphans last. */
  annotations: Annotation[];
  /** The document's own note, if it has one. */
  documentNote: Annotation | null;
}

export interface ProfileList {
  current: string;
  profiles: string[];
}

/** Something the app repaired or restored on its own, told to the person once, in plain Chinese. */
export interface Notice {
  id: string;
  message: string;
}
