/**
 * The lines of a 公文's header that are not prose: the 发文字号 in the forms sites and exporters print it, and the
 * 文种 a title ends with.
 */
import { normalizeDocNumber } from '../../shared/docNumber';
import { foldWidth } from '../../shared/text/normalize';
import { metadataField, metadataRows } from './metadataRows';

/**
 * The 发文字号 when a line is nothing else: bare (`济政发〔2022〕7号`), labelled (`文号：…`, `发文字号：…`) or in
 * brackets (`（卫医发〔2001〕169 号）`, as gov.cn article pages print it under the title).
 */
export function docNumberLine(text: string): string | null {
  const line = foldWidth(text).trim();
  const bare = normalizeDocNumber(line);
  if (bare !== null) return bare;
  const rows = metadataRows(line);
  const [row] = rows ?? [];
  if (rows?.length === 1 && row && metadataField(row.label) === 'docNumber') return normalizeDocNumber(row.value);
  const inner = /^[(（]\s*([^()（）]+?)\s*[)）]$/u.exec(line)?.[1];
  return inner === undefined ? null : normalizeDocNumber(inner);
}

const GENRE =
  /(实施意见|指导意见|通知|意见|决定|批复|方案|预案|规划|办法|条例|规定|细则|通报|报告|公告|通告|命令|决议|纪要|函|令)$/u;

/** 文种, read from the title's ending. */
export function genreOf(title: string): string | null {
  // 诊疗方案（试行第十版）: the edition in brackets follows the genre.
  return GENRE.exec(title.replace(/（[^（）]*）$/u, ''))?.[1] ?? null;
}

/** The title of an appended 说明 or 解读 (`关于《…》的起草说明`, `《…》政策解读`): no 文种, but a title. */
export const APPENDED_TITLE = /^(?:关于|《)[^。；，,;：:]*(?:说明|解读)$/u;

/**
 * A title line with its 发文字号 in brackets at the end (`关于…的通知（卫医发〔2001〕169号）`): the title part and
 * the normalised number, or null. The part before must end with a 文种, so a cited number ending a sentence or a
 * heading is never taken for it.
 */
export function titleWithDocNumber(text: string): { title: string; docNumber: string } | null {
  const match = /^(.+?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/u.exec(foldWidth(text).trim());
  const title = match?.[1];
  const docNumber = match?.[2] === undefined ? null : normalizeDocNumber(match[2]);
  return title !== undefined && docNumber !== null && genreOf(title) !== null ? { title, docNumber } : null;
}
