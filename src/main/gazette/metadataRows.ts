/**
 * Labelled metadata as government sites and exporters print it: gov.cn's table (`发文字号：` | `国发〔2019〕5号`),
 * rows of saved page text (`文号：沪发改规范〔2019〕7号`), Markdown front matter (`标题: …`). One list of labels
 * for every reader, so a label learnt for one source is known to all.
 */
import { normalizeDocNumber, findDocNumbers } from '../../shared/docNumber';
import { foldWidth, normalizeForReading } from '../../shared/text/normalize';
import { parseDate } from './dates';
import type { SourceMetadata } from './sourceLines';

/**
 * Label → the field it fills; null for labels that are metadata but have no field in the model (publication
 * dates, index numbers, classifications): recognised so they stay out of the text, not stored.
 */
const LABELS: Record<string, keyof SourceMetadata | null> = {
  标题: 'title',
  名称: 'title',
  文件名称: 'title',
  文号: 'docNumber',
  发文字号: 'docNumber',
  发文文号: 'docNumber',
  发文机关: 'issuer',
  发文单位: 'issuer',
  发布机构: 'issuer',
  发布单位: 'issuer',
  发布部门: 'issuer',
  成文日期: 'signedOn',
  发布日期: null,
  日期: null,
  索引号: null,
  公开类别: null,
  公开方式: null,
  主题分类: null,
  主题词: null,
  关键词: null,
  来源: null,
  信息来源: null,
  作者: null,
  时效: null,
  有效性: null,
};

const LABEL_NAMES = Object.keys(LABELS).sort((a, b) => b.length - a.length);
const ROW_LABEL = new RegExp(`(?:^|\\s)(${LABEL_NAMES.join('|')})\\s*[:：]`, 'gu');

export interface MetadataRow {
  label: string;
  value: string;
}

/**
 * The label–value pairs of a line that holds nothing but metadata (`索引号：… 主题分类：…`), brackets around the
 * whole allowed (`(发布日期：2019年05月31日`); a pair's value may be empty when it is printed on the next line.
 * Null when the line is anything else.
 */
export function metadataRows(line: string): MetadataRow[] | null {
  const text = foldWidth(line)
    .trim()
    .replace(/^[(（【[]\s*/u, '')
    .replace(/\s*[)）】\]]$/u, '');
  const starts = [...text.matchAll(ROW_LABEL)];
  if (starts.length === 0 || (starts[0]?.index ?? -1) !== 0) return null;
  return starts.map((match, position) => {
    const next = starts[position + 1]?.index ?? text.length;
    return { label: match[1] ?? '', value: text.slice(match.index + match[0].length, next).trim() };
  });
}

export function isMetadataLabel(label: string): boolean {
  return label in LABELS;
}

/** The field a label fills, or null (unknown labels and labels without a field alike). */
export function metadataField(label: string): keyof SourceMetadata | null {
  return LABELS[label.replace(/\s+/gu, '')] ?? null;
}

/** Stores `value` under the field `label` names; the first value of a field wins. */
export function addMetadata(metadata: SourceMetadata, label: string, value: string): void {
  const field = metadataField(label);
  const text = foldWidth(value).trim();
  if (!field || text.length === 0) return;
  if (field === 'title') metadata.title ??= normalizeForReading(text);
  else if (field === 'issuer') metadata.issuer ??= normalizeForReading(text);
  else if (field === 'docNumber') {
    metadata.docNumber ??= normalizeDocNumber(text) ?? findDocNumbers(text)[0]?.docNumber ?? undefined;
  } else metadata.signedOn ??= parseDate(text) ?? isoDate(text) ?? undefined;
}

/** `2023-10-13` as exporters write dates. */
function isoDate(text: string): string | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(text);
  return match ? parseDate(`${match[1]}年${match[2]}月${match[3]}日`) : null;
}
