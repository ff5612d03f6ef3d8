/** 导出批注: one entry point for the app and the `gazette` command, so both give the same file. */
import type { OpenedDocument } from '../../../shared/api';
import type { AnnotationEntry } from '../../../shared/annotations/annotationListing';
import { jsonExport } from './annotationFile';
import { csvExport } from './csvExport';
import { digestExport } from './digestExport';
import { exportSet } from './exportSet';
import type { ExportScope, ExportSet } from './exportSet';
import type { ExportFormat, ExportedFile } from '../../../shared/annotations/annotationTransfer';
import { htmlExport } from './htmlExport';
import { markdownExport } from './markdownExport';

const FORMATS: Record<
  ExportFormat,
  { render: (set: ExportSet) => string; extension: string; mimeType: string; suffix: string }
> = {
  md: { render: markdownExport, extension: 'md', mimeType: 'text/markdown', suffix: '' },
  html: { render: htmlExport, extension: 'html', mimeType: 'text/html', suffix: '' },
  json: { render: jsonExport, extension: 'json', mimeType: 'application/ld+json', suffix: '' },
  csv: { render: csvExport, extension: 'csv', mimeType: 'text/csv', suffix: '' },
  digest: { render: digestExport, extension: 'md', mimeType: 'text/markdown', suffix: '-汇编' },
};

export function renderExport(format: ExportFormat, set: ExportSet): ExportedFile {
  const { render, extension, mimeType, suffix } = FORMATS[format];
  const safeTitle = set.title.replace(/[\\/:*?"<>|《》「」]/gu, '');
  return {
    fileName: `${safeTitle}${suffix}-${set.exportedAt.slice(0, 10)}.${extension}`,
    mimeType,
    content: render(set),
    count: set.count,
  };
}

export async function exportAnnotations(
  entries: readonly AnnotationEntry[],
  format: ExportFormat,
  scope: ExportScope,
  getDocument: (docId: string) => Promise<OpenedDocument | null>,
  now: Date,
): Promise<ExportedFile> {
  return renderExport(format, await exportSet(entries, scope, getDocument, now));
}
