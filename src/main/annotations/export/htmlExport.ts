/**
 * 导出批注 as one self-contained HTML file for printing, in 公文 typography (GB/T 9704): A4 with the standard
 * margins, 仿宋 三号 body on a 28 pt line, 小标宋 title, 黑体 document headings. No scripts, no external resources.
 */
import type { Annotation } from '../../../shared/annotations/annotation';
import type { ExportSet } from './exportSet';
import { documentLine, documentTitle, highlightLine } from './exportText';
import { escapeHtml, noteToHtml } from '../../../shared/annotations/noteFormat';
import { chineseDateTime } from '../annotationDb';

const STYLE = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, serif; font-size: 16pt; line-height: 28pt; color: #000; margin: 0 auto; max-width: 156mm; }
h1 { font-family: "方正小标宋简体", "华文中宋", STZhongsong, "宋体", SimSun, serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 14pt; }
h2 { font-family: "黑体", SimHei, "Heiti SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 28pt 0 0; break-after: avoid; }
p { margin: 0; text-indent: 2em; }
.meta { text-indent: 0; font-size: 12pt; line-height: 20pt; color: #333; }
.exported { text-align: center; }
section.annotation { margin: 14pt 0 0; break-inside: avoid; }
blockquote { margin: 0; padding: 0 0 0 1em; border-left: 3pt solid #999; font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, serif; }
blockquote p { text-indent: 0; }
.note { margin: 4pt 0 0; }
.tags { text-indent: 0; font-size: 12pt; }
.mark-yellow { border-left-color: #d4a800; } .mark-green { border-left-color: #3c9a3c; } .mark-blue { border-left-color: #3b6fd4; }
.mark-red { border-left-color: #c83c3c; } .mark-purple { border-left-color: #8a4fc8; }`;

function annotationHtml(annotation: Annotation, quote: string): string {
  const parts = [quote];
  if (annotation.note) parts.push(`<div class="note">${noteToHtml(annotation.note)}</div>`);
  if (annotation.tags.length > 0) parts.push(`<p class="tags">标签：${annotation.tags.map(escapeHtml).join('、')}</p>`);
  return `<section class="annotation">${parts.join('')}</section>`;
}

export function htmlExport(set: ExportSet): string {
  const body: string[] = [
    `<h1>${escapeHtml(set.title)}</h1>`,
    `<p class="meta exported">导出于 ${escapeHtml(chineseDateTime(new Date(set.exportedAt)))} · 共 ${String(set.count)} 条批注</p>`,
  ];
  for (const doc of set.documents) {
    body.push(`<h2>${escapeHtml(documentTitle(doc))}</h2>`, `<p class="meta">${escapeHtml(documentLine(doc))}</p>`);
    if (doc.note) body.push(annotationHtml(doc.note, '<p class="meta">文件批注</p>'));
    for (const { annotation, page } of doc.highlights) {
      const lines = (annotation.anchor?.exact ?? '').split('\n').map((line) => `<p>${escapeHtml(line)}</p>`);
      const quote = `<blockquote class="mark-${annotation.color}">${lines.join('')}</blockquote><p class="meta">${escapeHtml(highlightLine(annotation, page))}</p>`;
      body.push(annotationHtml(annotation, quote));
    }
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(set.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
