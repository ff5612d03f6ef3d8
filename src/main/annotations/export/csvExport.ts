/**
 * 导出批注 as CSV for Excel: UTF-8 with a BOM (without it Excel on Windows reads the Chinese as GBK mojibake),
 * CRLF rows, RFC 4180 quoting, one row per annotation. A cell that Excel would run as a formula (`=`, `+`, `-`,
 * `@` first) is written with a leading `'`.
 */
import type { Annotation } from '../../../shared/annotations/annotation';
import type { ExportSet } from './exportSet';
import { colorName, statusLabel } from './exportText';

export const CSV_COLUMNS = [
  '文件标题',
  '发文字号',
  '发文机关',
  '公报',
  '成文日期',
  '页码',
  '类型',
  '颜色',
  '状态',
  '摘录',
  '批注',
  '标签',
  '创建时间',
  '修改时间',
  '批注编号',
] as const;

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export function csvExport(set: ExportSet): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const doc of set.documents) {
    const d = doc.document;
    const row = (annotation: Annotation, page: string | null): string[] => [
      d?.title ?? '文件已移除',
      d?.docNumber ?? '',
      d?.issuer ?? '',
      d?.issueLabel ?? '',
      d?.signedOn ?? '',
      page ?? '',
      annotation.anchor ? '摘录' : '文件批注',
      colorName(annotation),
      statusLabel(annotation) || '正常',
      annotation.anchor?.exact ?? '',
      annotation.note?.text ?? '',
      annotation.tags.join('、'),
      annotation.createdAt,
      annotation.updatedAt,
      annotation.id,
    ];
    if (doc.note) rows.push(row(doc.note, null));
    for (const { annotation, page } of doc.highlights) rows.push(row(annotation, page));
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
