/** What the tag, export and import calls answer, shared by main and the renderer (see src/main/annotations/). */

export interface TagCount {
  /** The spelling used most (the first one met on a tie). */
  tag: string;
  /** Live annotations that carry it. */
  count: number;
}

export const EXPORT_FORMATS = ['md', 'html', 'json', 'csv', 'digest'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What 导出批注 writes: these documents, the annotations with this tag, or (neither) everything. */
export interface ExportScope {
  docIds?: string[];
  tag?: string;
}

export interface ExportedFile {
  /** A file name to suggest, e.g. `我的批注-2026-12-02.md`. */
  fileName: string;
  mimeType: string;
  content: string;
  /** Annotations in the file. */
  count: number;
}

/** What an import changed, by annotation. */
export interface MergeOutcome {
  added: number;
  /** The imported version was newer and replaced ours; ours is in the 回收站. */
  replaced: number;
  /** Ours was newer; the imported version is in the 回收站. */
  keptOurs: number;
  unchanged: number;
}

export interface UnplacedAnnotation {
  id: string;
  quote: string;
  /** The document's 文号 and title as the file names it. */
  document: string;
  reason: string;
}

export interface ImportReport extends MergeOutcome {
  /** Imported but not placed on a passage of a library document; kept as 孤立批注 / 文件已移除. */
  unplaced: UnplacedAnnotation[];
}
