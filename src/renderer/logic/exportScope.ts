/**
 * The 导出批注 dialog's 范围: which choices it offers and what each asks the export for. 当前文件 needs a document
 * open in the reader; 选定的文件 needs documents chosen in 我的批注; a tag scope needs a tag.
 */
import type { ExportScope } from '../../shared/annotations/annotationTransfer';

export const SCOPE_KINDS = ['current', 'selected', 'tag', 'all'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface ScopeContext {
  /** The document open in the reader, if any. */
  currentDocId: string | null;
  /** The documents 我的批注 asked to export (empty for none). */
  selectedDocIds: readonly string[];
}

export function availableScopes(context: ScopeContext): ScopeKind[] {
  return SCOPE_KINDS.filter(
    (kind) =>
      (kind !== 'current' || context.currentDocId !== null) &&
      (kind !== 'selected' || context.selectedDocIds.length > 0),
  );
}

/** The choice the dialog opens with: what it was asked for, else the open document, else everything. */
export function initialScope(initial: ExportScope | undefined, currentDocId: string | null): ScopeKind {
  if (initial?.tag !== undefined) return 'tag';
  const docIds = initial?.docIds ?? [];
  if (docIds.length === 1 && docIds[0] === currentDocId) return 'current';
  if (docIds.length > 0) return 'selected';
  return currentDocId === null ? 'all' : 'current';
}

/** The export request of a choice; null when it cannot be made yet (no tag picked, no document open). */
export function scopeRequest(kind: ScopeKind, tag: string, context: ScopeContext): ExportScope | null {
  switch (kind) {
    case 'current':
      return context.currentDocId === null ? null : { docIds: [context.currentDocId] };
    case 'selected':
      return context.selectedDocIds.length === 0 ? null : { docIds: [...context.selectedDocIds] };
    case 'tag':
      return tag.trim() === '' ? null : { tag };
    case 'all':
      return {};
  }
}
