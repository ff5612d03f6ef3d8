/**
 * The annotations store of the open document: the data behind the ids the highlight layer draws. It takes the
 * document's highlights and its note as requested beside the document (already in, it starts ready), and creates,
 * changes, deletes (to the trash) and restores them, keeping the list in reading order. Every change reports failure as a plain message and leaves the list as it was.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  Annotation,
  AnnotationColor,
  AnnotationStyle,
  Note,
  TextRange,
} from '../../shared/annotations/annotation';
import type { Result } from '../../shared/api';
import type { DocumentAnnotations } from '../../shared/annotations/annotation';
import { gazette } from '../gazette';
import { inReadingOrder } from '../logic/annotationLayer';
import type { PendingAnnotations } from './useDocumentOpener';

export type AnnotationChange = Partial<Pick<Annotation, 'color' | 'style' | 'note' | 'tags'>>;

/** Null when it worked, else the message to show. */
export type Outcome<T = null> = { ok: true; value: T } | { ok: false; message: string };

export interface AnnotationsStore {
  state: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  annotations: Annotation[];
  byId: ReadonlyMap<string, Annotation>;
  documentNote: Annotation | null;
  create: (range: TextRange, color: AnnotationColor, style: AnnotationStyle) => Promise<Outcome<Annotation>>;
  update: (id: string, change: AnnotationChange) => Promise<Outcome<Annotation>>;
  remove: (id: string) => Promise<Outcome<Annotation>>;
  restore: (id: string) => Promise<Outcome<Annotation>>;
  saveDocumentNote: (note: Note | null) => Promise<Outcome<Annotation | null>>;
  /** Reads the document's annotations again (after 导入批注 changed them). */
  reload: () => void;
}

function outcome<T>(result: Result<T>): Outcome<T> {
  return result.ok ? { ok: true, value: result.value } : { ok: false, message: result.error.message };
}

interface Loaded {
  state: AnnotationsStore['state'];
  loadError: string | null;
  annotations: Annotation[];
  documentNote: Annotation | null;
}

function loaded(result: Result<DocumentAnnotations> | null): Loaded {
  if (result === null) return { state: 'loading', loadError: null, annotations: [], documentNote: null };
  if (!result.ok) return { state: 'failed', loadError: result.error.message, annotations: [], documentNote: null };
  return {
    state: 'ready',
    loadError: null,
    annotations: inReadingOrder(result.value.annotations),
    documentNote: result.value.documentNote,
  };
}

/**
 * `pending` is the request made beside the document; the reader is mounted once per document. `version`: a change
 * reads the document's annotations again (they were changed outside the reader, in 我的批注).
 */
export function useAnnotations(docId: string, pending: PendingAnnotations, version = 0): AnnotationsStore {
  const [first] = useState(() => loaded(pending.settled));
  const [firstVersion] = useState(version);
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState(first.state);
  const [loadError, setLoadError] = useState(first.loadError);
  const [annotations, setAnnotations] = useState(first.annotations);
  const [documentNote, setDocumentNote] = useState(first.documentNote);

  useEffect(() => {
    const again = generation > 0 || version !== firstVersion;
    if (!again && first.state !== 'loading') return;
    let live = true;
    void (again ? gazette.listAnnotations({ docId }) : pending.request).then((result) => {
      if (!live) return;
      const next = loaded(result);
      setAnnotations(next.annotations);
      setDocumentNote(next.documentNote);
      setLoadError(next.loadError);
      setState(next.state);
    });
    return () => {
      live = false;
    };
  }, [docId, first, pending, generation, version, firstVersion]);

  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);

  const put = useCallback((annotation: Annotation) => {
    setAnnotations((list) => inReadingOrder([...list.filter((a) => a.id !== annotation.id), annotation]));
  }, []);

  const create = useCallback(
    async (range: TextRange, color: AnnotationColor, style: AnnotationStyle) => {
      const result = outcome(await gazette.createAnnotation({ docId, range, color, style, note: null }));
      if (result.ok) put(result.value);
      return result;
    },
    [docId, put],
  );

  const update = useCallback(
    async (id: string, change: AnnotationChange) => {
      const result = outcome(await gazette.updateAnnotation({ id, ...change }));
      if (result.ok) {
        if (result.value.anchor === null) setDocumentNote(result.value);
        else put(result.value);
      }
      return result;
    },
    [put],
  );

  const remove = useCallback(async (id: string) => {
    const result = outcome(await gazette.deleteAnnotation({ id }));
    if (result.ok) setAnnotations((list) => list.filter((a) => a.id !== id));
    return result;
  }, []);

  const restore = useCallback(
    async (id: string) => {
      const result = outcome(await gazette.restoreAnnotation({ id }));
      if (result.ok) put(result.value);
      return result;
    },
    [put],
  );

  const saveDocumentNote = useCallback(
    async (note: Note | null): Promise<Outcome<Annotation | null>> => {
      if (note === null && documentNote === null) return { ok: true, value: null };
      const result = outcome(
        await gazette.createAnnotation({ docId, range: null, color: 'yellow', style: 'highlight', note }),
      );
      if (result.ok) setDocumentNote(result.value);
      return result;
    },
    [docId, documentNote],
  );

  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  return {
    state,
    loadError,
    annotations,
    byId,
    documentNote,
    create,
    update,
    remove,
    restore,
    saveDocumentNote,
    reload,
  };
}
