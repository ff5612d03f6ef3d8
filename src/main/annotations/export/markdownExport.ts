/** 导出批注 as Markdown: a title, a heading per document, each quote as a blockquote with its page, notes, tags. */
import { escapeMarkdown, noteToMarkdown } from '../../../shared/annotations/noteFormat';
import type { Annotation } from '../../../shared/annotations/annotation';
import type { ExportSet } from './exportSet';
import { documentLine, documentTitle, highlightLine } from './exportText';
import { chineseDateTime } from '../annotationDb';

function annotationBody(annotation: Annotation): string[] {
  const parts: string[] = [];
  if (annotation.note) parts.push(noteToMarkdown(annotation.note));
  if (annotation.tags.length > 0) parts.push(`标签：${annotation.tags.map(escapeMarkdown).join('、')}`);
  return parts;
}

export function markdownExport(set: ExportSet): string {
  const parts = [
    `# ${escapeMarkdown(set.title)}`,
    `导出于 ${chineseDateTime(new Date(set.exportedAt))} · 共 ${String(set.count)} 条批注`,
  ];
  for (const doc of set.documents) {
    parts.push(`## ${escapeMarkdown(documentTitle(doc))}`, escapeMarkdown(documentLine(doc)));
    if (doc.note) parts.push('**文件批注**', ...annotationBody(doc.note));
    for (const { annotation, page } of doc.highlights) {
      const quote = (annotation.anchor?.exact ?? '').split('\n').map((line) => `> ${escapeMarkdown(line)}`);
      parts.push(quote.join('\n'), highlightLine(annotation, page), ...annotationBody(annotation));
    }
  }
  return `${parts.join('\n\n')}\n`;
}
