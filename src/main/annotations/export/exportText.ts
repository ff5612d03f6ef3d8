/** The words every export format shares: dates, colours, statuses and a document's description line. */
import type { Annotation } from '../../../shared/annotations/annotation';
import { COLOR_NAMES } from '../../../shared/annotations/noteQuery';
import type { ExportedDocument } from './exportSet';

const STATUS_LABELS: Record<Annotation['status'], string> = {
  anchored: '',
  doubtful: '需确认',
  orphan: '孤立批注',
  removed: '文件已移除',
};

/** `2026-12-02`, the day in the machine's time zone. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const colorName = (annotation: Annotation): string => COLOR_NAMES[annotation.color];
export const statusLabel = (annotation: Annotation): string => STATUS_LABELS[annotation.status];

export function documentTitle(doc: ExportedDocument): string {
  return doc.document?.title ?? '文件已移除';
}

/** `济政发〔2022〕7号 · 济南市人民政府公报 2022年第23期 · 成文日期 2022-12-05`, with what is known. */
export function documentLine(doc: ExportedDocument): string {
  const { document } = doc;
  if (!document) return `该文件已不在文库中（${doc.docKey}）`;
  return [
    document.docNumber,
    document.issuer,
    document.issueLabel,
    document.signedOn === null ? null : `成文日期 ${document.signedOn}`,
  ]
    .filter((part) => part !== null && part !== '')
    .join(' · ');
}

/** `第 3 页 · 黄色 · 2026-11-30 · 需确认`. */
export function highlightLine(annotation: Annotation, page: string | null): string {
  return [
    page === null ? null : `第 ${page} 页`,
    colorName(annotation),
    localDay(annotation.createdAt),
    statusLabel(annotation),
  ]
    .filter((part) => part !== null && part !== '')
    .join(' · ');
}
