/**
 * 我的批注, 导出批注 and 导入批注 over the current person's store and the library: the one code path behind the
 * API's handler table and the `gazette annotations` command.
 */
import type { IssueSummary, OpenedDocument } from '../../shared/api';
import { listAnnotations } from '../../shared/annotations/annotationListing';
import type { AnnotationFilter, AnnotationListing } from '../../shared/annotations/annotationListing';
import type { ExportFormat, ExportedFile, ImportReport } from '../../shared/annotations/annotationTransfer';
import { ServiceError } from '../apiErrors';
import { annotationEntries } from './annotationEntries';
import type { AnnotationService } from './annotationService';
import { exportAnnotations } from './export/exportAnnotations';
import { chooseForExport } from './export/exportSet';
import type { ExportScope } from '../../shared/annotations/annotationTransfer';
import { importAnnotations } from './importAnnotations';

export interface LibraryReader {
  listIssues(): Promise<IssueSummary[]>;
  getDocument(docId: string): Promise<OpenedDocument>;
}

export async function listAllAnnotations(
  annotations: AnnotationService,
  library: LibraryReader,
  filter: AnnotationFilter,
): Promise<AnnotationListing> {
  return listAnnotations(await annotationEntries(annotations, library), filter);
}

export async function exportFromLibrary(
  annotations: AnnotationService,
  library: LibraryReader,
  format: ExportFormat,
  scope: ExportScope,
  now: Date = new Date(),
): Promise<ExportedFile> {
  const entries = await annotationEntries(annotations, library);
  const getDocument = async (docId: string): Promise<OpenedDocument | null> => {
    try {
      return await library.getDocument(docId);
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not-found') return null;
      throw error;
    }
  };
  return exportAnnotations(entries, format, scope, getDocument, now);
}

export async function countForExport(
  annotations: AnnotationService,
  library: LibraryReader,
  scope: ExportScope,
): Promise<number> {
  return chooseForExport(await annotationEntries(annotations, library), scope).length;
}

export function importIntoProfile(
  annotations: AnnotationService,
  library: LibraryReader,
  bytes: Uint8Array,
): Promise<ImportReport> {
  return importAnnotations(annotations, library, bytes);
}
