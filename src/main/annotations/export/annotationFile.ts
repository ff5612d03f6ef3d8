/**
 * Our JSON export and import file: a W3C Web Annotation `AnnotationCollection` (JSON-LD) whose items carry, beside
 * the standard body and selectors (offsets in code points, as the W3C model asks), the annotation exactly as the
 * store holds it (`gazette:annotation`, with the Lexical state), so a file read back gives every field again.
 */
import { z } from 'zod';
import {
  ANCHOR_STATUSES,
  ANNOTATION_COLORS,
  ANNOTATION_STYLES,
  anchorSchema,
  noteSchema,
} from '../../../shared/annotations/annotation';
import type { Annotation } from '../../../shared/annotations/annotation';
import type { ExportSet } from './exportSet';

// The W3C context is named by this exact IRI (it is an identifier, never fetched).
// eslint-disable-next-line @microsoft/sdl/no-insecure-url
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const FILE_FORMAT = 'gazette-reader-annotations';
export const FILE_VERSION = 1;
const NS = 'urn:gazette-reader:annotations#';

const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/u);

/** One annotation as the file holds it: checked field by field on import, never trusted. */
export const annotationRecordSchema = z.object({
  id: z.string().min(1).max(200),
  docId: z.string().min(1).max(200),
  docKey: z.string().min(1).max(2000),
  anchor: anchorSchema.nullable(),
  textHash: z.string().max(200),
  status: z.enum(ANCHOR_STATUSES),
  color: z.enum(ANNOTATION_COLORS),
  style: z.enum(ANNOTATION_STYLES),
  note: noteSchema.nullable(),
  tags: z.array(z.string().max(200)).max(50),
  createdAt: isoTime,
  updatedAt: isoTime,
  deletedAt: isoTime.nullable(),
}) satisfies z.ZodType<Annotation>;

function item(annotation: Annotation, set: ExportSet, codePoints: { start: number; end: number } | null): object {
  const body: object[] = [];
  if (annotation.note) {
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      format: 'text/plain',
      language: 'zh-CN',
      value: annotation.note.text,
    });
  }
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const selector: object[] = [];
  if (annotation.anchor) {
    const { exact, prefix, suffix } = annotation.anchor;
    selector.push({ type: 'TextQuoteSelector', exact, prefix, suffix });
    if (codePoints) selector.push({ type: 'TextPositionSelector', ...codePoints });
  }
  const doc = set.documents.find((d) => d.docKey === annotation.docKey)?.document ?? null;
  return {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    motivation: annotation.anchor ? 'highlighting' : 'commenting',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: `urn:gazette-reader:document:${encodeURIComponent(annotation.docKey)}`,
      ...(selector.length > 0 ? { selector } : {}),
    },
    'gazette:document': doc
      ? {
          title: doc.title,
          docNumber: doc.docNumber,
          issuer: doc.issuer,
          signedOn: doc.signedOn,
          issue: doc.issueLabel,
        }
      : null,
    'gazette:annotation': annotation,
  };
}

export function jsonExport(set: ExportSet): string {
  const items: object[] = [];
  for (const doc of set.documents) {
    if (doc.note) items.push(item(doc.note, set, null));
    for (const { annotation, codePoints } of doc.highlights) items.push(item(annotation, set, codePoints));
  }
  const collection = {
    '@context': [W3C_CONTEXT, { gazette: NS }],
    type: 'AnnotationCollection',
    label: set.title,
    generator: { id: 'urn:gazette-reader', type: 'Software', name: '公报阅读器' },
    generated: set.exportedAt,
    'gazette:format': FILE_FORMAT,
    'gazette:version': FILE_VERSION,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
