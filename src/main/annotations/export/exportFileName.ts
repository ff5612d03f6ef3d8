/**
 * The name 导出批注 suggests for its file, the same in the window and the `gazette` command: what it holds (the
 * document's 文号, else its title; the tag; how many documents; or everything) and the day, in the reader's time
 * zone, e.g. `批注-济政发〔2022〕7号-2026-12-02.md`.
 */
import type { AnnotationEntry } from '../../../shared/annotations/annotationListing';
import type { ExportScope } from '../../../shared/annotations/annotationTransfer';
import { localDay } from './exportText';

/** Characters Windows, macOS or Linux refuse in a file name, and control characters, become `_`. */
const safeCharacter = (character: string): string =>
  character < ' ' || character === '\u007f' || '\\/:*?"<>|'.includes(character) ? '_' : character;
const MAX_STEM = 80;

function subject(scope: ExportScope, entries: readonly AnnotationEntry[]): string {
  if (scope.tag !== undefined) return `批注-标签-${scope.tag}`;
  const docIds = scope.docIds ?? [];
  if (docIds.length > 1) return `批注-${String(docIds.length)}篇文件`;
  const only = docIds[0];
  if (only === undefined) return '我的批注';
  const document = entries.find((entry) => entry.document?.docId === only)?.document;
  return `批注-${document?.docNumber ?? document?.title ?? '文件'}`;
}

export function exportFileName(
  scope: ExportScope,
  entries: readonly AnnotationEntry[],
  exportedAt: string,
  extension: string,
  suffix = '',
): string {
  const stem = Array.from(subject(scope, entries).replace(/\s+/gu, ' ').trim(), safeCharacter)
    .slice(0, MAX_STEM)
    .join('');
  return `${stem}${suffix}-${localDay(exportedAt)}.${extension}`;
}
