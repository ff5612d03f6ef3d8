/** 导出批注: one entry point for the app and the `gazette` command, so both give the same file. */
import type { OpenedDocument } from '../../../shared/api';
import type { AnnotationEntry } from '../../../shared/annotations/annotationListing';
import { jsonExport } from './annotationFile';
import { csvExport } from './csvExport';
import { digestExport } from './digestExport';
import { exportFileName } from './exportFileName';
import { exportSet } from './exportSet';
import type { ExportSet } from './exportSet';
import type { ExportScope } from '../../../shared/annotations/annotationTransfer';
import type { ExportFormat, ExportedFile } from '../../../shared/annotations/annotationTransfer';
import { htmlExport } from './htmlExport';
import { markdownExport } from './markdownExport';

const FORMATS: Record<
  ExportFormat,
  {
    render: (set: ExportSet) => string;
    extension: string;
    mimeType: string;
    suffix: string;
    /** Whether the file holds W3C positions, counted in code points. */
    codePoints: boolean;
  }
> = {
  md: { render: markdownExport, extension: 'md', mimeType: 'text/markdown', suffix: '', codePoints: false },
  html: { render: htmlExport, extension: 'html', mimeType: 'text/html', suffix: '', codePoints: false },
  json: { render: jsonExport, extension: 'json', mimeType: 'application/ld+json', suffix: '', codePoints: true },
  csv: { render: csvExport, extension: 'csv', mimeType: 'text/csv', suffix: '', codePoints: false },
  digest: { render: digestExport, extension: 'md', mimeType: 'text/markdown', suffix: '-汇编', codePoints: false },
};

export async function exportAnnotations(
  entries: readonly AnnotationEntry[],
  format: ExportFormat,
  scope: ExportScope,
  getDocument: (docId: string) => Promise<OpenedDocument | null>,
  now: Date,
): Promise<ExportedFile> {
  const { render, extension, mimeType, suffix, codePoints } = FORMATS[format];
  const set = await exportSet(entries, scope, getDocument, now, codePoints);
  return {
    fileName: exportFileName(scope, entries, set.exportedAt, extension, suffix),
    mimeType,
    content: render(set),
    count: set.count,
  };
}
