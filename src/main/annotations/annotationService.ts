import type { ApiRequest } from '../../shared/api';
import type { Annotation, DocumentAnnotations } from '../../shared/annotations/annotation';

/** One person's annotations, behind the API. Owned by the main process; one store per profile. */
export interface AnnotationService {
  list(docId: string): Promise<DocumentAnnotations>;
  create(request: ApiRequest<'createAnnotation'>): Promise<Annotation>;
  update(request: ApiRequest<'updateAnnotation'>): Promise<Annotation>;
  remove(id: string): Promise<Annotation>;
  restore(id: string): Promise<Annotation>;
}
