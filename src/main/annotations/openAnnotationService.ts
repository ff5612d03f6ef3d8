/**
 * The AnnotationService over one profile's SQLite store. Every save is one `BEGIN IMMEDIATE` transaction (the
 * write lock is taken up front, so two processes never deadlock upgrading a read), and every call reads the
 * database afresh, so the app, the web host and the `gazette` command see each other's changes.
 *
 * Annotations follow their document: they are found by document id and by document key, so a corrected file
 * imported again (new ids, same 文号) finds them, and they are re-anchored when the document's text hash differs
 * from the one they were last placed on. While the document is out of the library they are listed as `removed`.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { SQLOutputValue } from 'node:sqlite';
import type { ApiRequest, OpenedDocument } from '../../shared/api';
import type { Annotation, DocumentAnnotations } from '../../shared/annotations/annotation';
import { anchorFor, reanchor } from '../../shared/annotations/anchor';
import { documentKey } from '../../shared/annotations/documentKey';
import { normalizeTags } from '../../shared/annotations/tags';
import { documentText } from '../../shared/model';
import { ServiceError } from '../apiErrors';
import type { Library } from '../library/library';
import type { AnnotationService } from './annotationService';
import { annotationCollection } from './annotationCollection';
import { rowStatements, toAnnotation, toRow } from './annotationRows';
import { openAnnotationDatabase } from './annotationDb';
import type { OpenedDatabase } from './annotationDb';
import { storageError } from './storeErrors';

export interface ClosableAnnotationService extends AnnotationService {
  /** Waits for a backup in progress and closes the database. */
  close(): Promise<void>;
}

export interface AnnotationServiceOptions {
  /** The profile's folder, `<data>/profiles/<name>`. */
  dir: string;
  library: Pick<Library, 'getDocument'>;
  now?: () => Date;
}

export interface OpenedAnnotationService {
  service: ClosableAnnotationService;
  /** What was repaired or restored while opening, or why the store cannot be used, for the person. */
  notices: string[];
}

const NOT_FOUND = '找不到这条批注，它可能已被永久删除。请刷新后再试。';
const IN_TRASH = '这条批注已移到回收站，请先恢复再修改。';
const RANGE_OUTSIDE = '选区超出了文件内容，请重新选择后再保存。';
const STORE_UNAVAILABLE =
  '批注存储无法打开，本次无法查看或保存批注；阅读不受影响。请重新启动公报阅读器，如仍出现请联系管理员';
const NOTE_HAS_NO_RANGE = '文件批注针对整篇文件，不能放到某段文字上；请改为新建划线批注。';

/** The hash of a document's canonical text; anchors confirmed against another hash are re-anchored. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** A service for a store that cannot be opened: every call answers with the reason. */
function unavailable(error: ServiceError): ClosableAnnotationService {
  const fail = (): Promise<never> => Promise.reject(error);
  return {
    list: fail,
    create: fail,
    update: fail,
    remove: fail,
    restore: fail,
    all: fail,
    placements: fail,
    annotationsOf: fail,
    tags: fail,
    renameTag: fail,
    mergeTags: fail,
    emptyTrash: fail,
    merge: fail,
    close: () => Promise.resolve(),
  };
}

function byReadingOrder(a: Annotation, b: Annotation): number {
  const orphanA = a.status === 'orphan' ? 1 : 0;
  const orphanB = b.status === 'orphan' ? 1 : 0;
  if (orphanA !== orphanB) return orphanA - orphanB;
  if (orphanA === 0 && a.anchor && b.anchor) {
    return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end;
  }
  return a.createdAt.localeCompare(b.createdAt);
}

function split(annotations: Annotation[]): DocumentAnnotations {
  const highlights = annotations.filter((annotation) => annotation.anchor !== null).sort(byReadingOrder);
  const notes = annotations.filter((annotation) => annotation.anchor === null);
  notes.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { annotations: highlights, documentNote: notes[0] ?? null };
}

export async function openAnnotationService(options: AnnotationServiceOptions): Promise<OpenedAnnotationService> {
  const now = options.now ?? ((): Date => new Date());
  let opened;
  try {
    opened = await openAnnotationDatabase(options.dir, { now: now() });
  } catch (error) {
    // Whatever went wrong, reading must go on: the store answers every call with the reason instead.
    const storage = storageError(error);
    const shown =
      storage instanceof ServiceError
        ? storage
        : new ServiceError(
            'store-unavailable',
            `${STORE_UNAVAILABLE}（${error instanceof Error ? error.message : String(error)}）`,
          );
    return { service: unavailable(shown), notices: [shown.message] };
  }
  return { service: annotationService(opened, options.library, now), notices: opened.notices };
}

/** The service over a database that is already open. */
export function annotationService(
  opened: Pick<OpenedDatabase, 'db' | 'backupDone'>,
  library: Pick<Library, 'getDocument'>,
  now: () => Date = () => new Date(),
): ClosableAnnotationService {
  const { db, backupDone } = opened;
  const { insert, replace } = rowStatements(db);
  const placement = db.prepare(
    `UPDATE annotations SET doc_id = :doc_id, anchor_start = :anchor_start, anchor_end = :anchor_end,
       prefix = :prefix, suffix = :suffix, status = :status, text_hash = :text_hash WHERE id = :id`,
  );
  const byId = db.prepare('SELECT * FROM annotations WHERE id = ?');
  const liveByDoc = db.prepare('SELECT * FROM annotations WHERE doc_id = ? AND deleted_at IS NULL');
  const liveByDocOrKey = db.prepare(
    'SELECT * FROM annotations WHERE (doc_id = ? OR doc_key = ?) AND deleted_at IS NULL',
  );
  const liveDocumentNote = db.prepare(
    'SELECT * FROM annotations WHERE doc_id = ? AND exact IS NULL AND deleted_at IS NULL',
  );
  const setDeleted = db.prepare('UPDATE annotations SET deleted_at = ? WHERE id = ?');

  /** One transaction; a storage failure comes out as a ServiceError and leaves the database as it was. */
  function write<T>(change: () => T): T {
    try {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = change();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        // After some I/O errors SQLite has already rolled back; a second rollback would only mask the first error.
        if (db.isTransaction) db.exec('ROLLBACK');
        throw error;
      }
    } catch (error) {
      throw storageError(error);
    }
  }

  function read(id: string): Annotation {
    const row = byId.get(id);
    if (!row) throw new ServiceError('not-found', NOT_FOUND);
    return toAnnotation(row);
  }

  async function findDocument(docId: string): Promise<OpenedDocument | null> {
    try {
      return await library.getDocument(docId);
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not-found') return null;
      throw error;
    }
  }

  async function list(docId: string): Promise<DocumentAnnotations> {
    const opened = await findDocument(docId);
    if (!opened) {
      return split(liveByDoc.all(docId).map((row) => toAnnotation(row, 'removed')));
    }
    const text = documentText(opened.document);
    const hash = textHash(text);
    const rows = liveByDocOrKey.all(docId, documentKey(opened.document)).map((row) => toAnnotation(row));
    // Same key, other document: theirs while that document is in the library; ours once it is gone.
    const otherDocs = [...new Set(rows.map((a) => a.docId).filter((id) => id !== docId))];
    const gone = new Set<string>();
    for (const other of otherDocs) if (!(await findDocument(other))) gone.add(other);
    const hasOwnNote = rows.some((a) => a.anchor === null && a.docId === docId);

    const result: Annotation[] = [];
    const moved: Annotation[] = [];
    for (const annotation of rows) {
      if (annotation.docId !== docId && !gone.has(annotation.docId)) continue;
      // A re-attached document note never displaces the one this document has; it stays with its old document.
      if (annotation.docId !== docId && annotation.anchor === null && hasOwnNote) continue;
      let next = annotation.docId === docId ? annotation : { ...annotation, docId };
      if (next.anchor && next.textHash !== hash) next = { ...next, ...reanchor(text, next.anchor), textHash: hash };
      if (next !== annotation) moved.push(next);
      result.push(next);
    }
    if (moved.length > 0) savePlacements(moved);
    return split(result);
  }

  /** Re-anchoring is saved when it can be; a full disk must not stop the person from reading their notes. */
  function savePlacements(moved: readonly Annotation[]): void {
    try {
      write(() => {
        for (const annotation of moved) {
          const row = toRow(annotation);
          placement.run({
            id: row.id,
            doc_id: row.doc_id,
            anchor_start: row.anchor_start,
            anchor_end: row.anchor_end,
            prefix: row.prefix,
            suffix: row.suffix,
            status: row.status,
            text_hash: row.text_hash,
          });
        }
      });
    } catch (error) {
      console.warn(`批注重新定位未能保存，下次打开时会重试：${String(error)}`);
    }
  }

  async function create(request: ApiRequest<'createAnnotation'>): Promise<Annotation> {
    const { document } = await library.getDocument(request.docId);
    const text = documentText(document);
    const stampNow = now().toISOString();
    const base: Annotation = {
      id: randomUUID(),
      docId: request.docId,
      docKey: documentKey(document),
      anchor: null,
      textHash: textHash(text),
      status: 'anchored',
      color: request.color,
      style: request.style,
      note: request.note,
      tags: [],
      createdAt: stampNow,
      updatedAt: stampNow,
      deletedAt: null,
    };
    const { range } = request;
    if (range) {
      if (range.end > text.length) throw new ServiceError('invalid-request', RANGE_OUTSIDE);
      const annotation = { ...base, anchor: anchorFor(text, range) };
      write(() => insert.run(toRow(annotation)));
      return annotation;
    }
    return write(() => {
      const existing = liveDocumentNote.get(request.docId);
      if (!existing) {
        insert.run(toRow(base));
        return base;
      }
      // One note per document: a second "create" saves over the first, keeping its identity and history.
      const current = toAnnotation(existing);
      const next = { ...current, color: base.color, style: base.style, note: base.note, updatedAt: stampNow };
      replace.run(toRow(next));
      return next;
    });
  }

  async function update(request: ApiRequest<'updateAnnotation'>): Promise<Annotation> {
    const { range } = request;
    // Placing needs the document's current text; it is read before the transaction, which then stays short.
    let placed: Pick<Annotation, 'anchor' | 'textHash' | 'status'> | null = null;
    if (range) {
      const current = await settle(() => read(request.id));
      if (current.anchor === null) throw new ServiceError('invalid-request', NOTE_HAS_NO_RANGE);
      const { document } = await library.getDocument(current.docId);
      const text = documentText(document);
      if (range.end > text.length) throw new ServiceError('invalid-request', RANGE_OUTSIDE);
      placed = { anchor: anchorFor(text, range), textHash: textHash(text), status: 'anchored' };
    }
    return write(() => {
      const current = read(request.id);
      if (current.deletedAt !== null) throw new ServiceError('in-trash', IN_TRASH);
      const next: Annotation = {
        ...current,
        ...placed,
        color: request.color ?? current.color,
        style: request.style ?? current.style,
        note: request.note === undefined ? current.note : request.note,
        tags: request.tags === undefined ? current.tags : normalizeTags(request.tags),
        updatedAt: now().toISOString(),
      };
      replace.run(toRow(next));
      return next;
    });
  }

  function remove(id: string): Promise<Annotation> {
    return settle(() =>
      write(() => {
        const current = read(id);
        if (current.deletedAt !== null) return current;
        const deletedAt = now().toISOString();
        setDeleted.run(deletedAt, id);
        return { ...current, deletedAt };
      }),
    );
  }

  function restore(id: string): Promise<Annotation> {
    return settle(() =>
      write(() => {
        const current = read(id);
        if (current.deletedAt === null) return current;
        if (current.anchor === null) {
          // The note being brought back wins; the one written since goes to the trash, where it can be restored.
          const other: Record<string, SQLOutputValue> | undefined = liveDocumentNote.get(current.docId);
          if (other) setDeleted.run(now().toISOString(), String(other.id));
        }
        setDeleted.run(null, id);
        return { ...current, deletedAt: null };
      }),
    );
  }

  const collection = annotationCollection(db, write, now);
  try {
    collection.purgeExpired();
  } catch (error) {
    // A full or read-only disk must not stop the person from reading; the 回收站 is purged on a later open.
    console.warn(`回收站中过期的批注未能清除：${String(error)}`);
  }

  // A call may be waiting for the library when the window switches profile: closing waits for it to finish.
  const inFlight = new Set<Promise<unknown>>();
  const tracked =
    <A extends unknown[], T>(call: (...args: A) => Promise<T>) =>
    (...args: A): Promise<T> => {
      const running = call(...args);
      inFlight.add(running);
      const forget = (): void => {
        inFlight.delete(running);
      };
      running.then(forget, forget);
      return running;
    };

  return {
    list: tracked(list),
    create: tracked(create),
    update: tracked(update),
    remove: tracked(remove),
    restore: tracked(restore),
    all: () => settle(() => collection.all()),
    placements: (trash) => settle(() => collection.placements(trash)),
    annotationsOf: (docIds, trash) => settle(() => collection.annotationsOf(docIds, trash)),
    tags: () => settle(() => collection.tags()),
    renameTag: (from, to) => settle(() => collection.renameTag(from, to)),
    mergeTags: (tags, into) => settle(() => collection.mergeTags(tags, into)),
    emptyTrash: (ids) => settle(() => collection.emptyTrash(ids)),
    merge: (incoming) => settle(() => collection.merge(incoming)),
    async close() {
      await Promise.allSettled([backupDone, ...inFlight]);
      if (db.isOpen) db.close();
    },
  };
}

function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
