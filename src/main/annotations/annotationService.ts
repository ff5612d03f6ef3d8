import type { ApiRequest } from '../../shared/api';
import type { Annotation, DocumentAnnotations } from '../../shared/annotations/annotation';
import type { MergeOutcome, TagCount } from '../../shared/annotations/annotationTransfer';
import type { Placement } from './annotationCollection';

/** One person's annotations, behind the API. Owned by the main process; one store per profile. */
export interface AnnotationService {
  list(docId: string): Promise<DocumentAnnotations>;
  create(request: ApiRequest<'createAnnotation'>): Promise<Annotation>;
  update(request: ApiRequest<'updateAnnotation'>): Promise<Annotation>;
  remove(id: string): Promise<Annotation>;
  restore(id: string): Promise<Annotation>;
  /** All at once, live and in the 回收站 (see annotationCollection.ts). */
  all(): Promise<readonly Annotation[]>;
  /** How many annotations each document id and document key pair holds, live or in the 回收站 (`trash`). */
  placements(trash: boolean): Promise<Placement[]>;
  /** The live (or trashed) annotations made on these document ids, in the order they were stored. */
  annotationsOf(docIds: readonly string[], trash: boolean): Promise<readonly Annotation[]>;
  tags(): Promise<TagCount[]>;
  renameTag(from: string, to: string): Promise<number>;
  mergeTags(tags: readonly string[], into: string): Promise<number>;
  emptyTrash(ids?: readonly string[]): Promise<number>;
  merge(incoming: readonly Annotation[]): Promise<MergeOutcome>;
}
