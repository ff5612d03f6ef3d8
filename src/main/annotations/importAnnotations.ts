/**
 * 导入批注: a JSON file from our export (annotationFile.ts) merged into this profile. The whole file is read and
 * checked before anything is written — a file too large, cut short, nested without end, from another program or
 * from a newer version is refused with a plain reason and the store is untouched. Then each annotation follows its
 * document into the local library (by id, else by document key) and is re-anchored against the local text; what
 * cannot be placed is kept (never dropped) and listed. The merge itself is one transaction (annotationCollection.ts).
 */
import type { OpenedDocument } from '../../shared/api';
import type { Annotation } from '../../shared/annotations/annotation';
import { reanchor } from '../../shared/annotations/anchor';
import { documentText } from '../../shared/model';
import { ServiceError } from '../apiErrors';
import type { ImportReport, UnplacedAnnotation } from '../../shared/annotations/annotationTransfer';
import { libraryDocuments } from './annotationEntries';
import type { AnnotationService } from './annotationService';
import { FILE_FORMAT, FILE_VERSION, annotationRecordSchema } from './export/annotationFile';
import { textHash } from './openAnnotationService';
import type { IssueSummary } from '../../shared/api';

export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;
const MAX_DEPTH = 64;
const NOTHING_CHANGED = '没有导入任何内容，现有批注保持不变。';

function refuse(reason: string): never {
  throw new ServiceError('invalid-file', `${reason}${NOTHING_CHANGED}`);
}

/** The deepest nesting of arrays and objects in JSON text, stopping early once past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      deepest = Math.max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if (char === ']' || char === '}') depth--;
  }
  return deepest;
}

interface FileItem {
  annotation: Annotation;
  /** How the file names the document, for the list of what could not be placed. */
  documentName: string;
}

/** The annotations in an export file, fully checked, or a ServiceError saying why the file cannot be used. */
export function readAnnotationFile(bytes: Uint8Array): FileItem[] {
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    refuse(
      `文件太大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB），批注文件最多 ${String(IMPORT_MAX_BYTES / 1024 / 1024)} MB。`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    refuse('文件不是 UTF-8 文本，不是公报阅读器导出的批注文件。');
  }
  if (nestingDepth(text, MAX_DEPTH) > MAX_DEPTH) refuse('文件的层次嵌套过深，不是公报阅读器导出的批注文件。');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    refuse('文件不完整或不是有效的 JSON（可能在复制或下载时被截断）。');
  }
  const file =
    typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (file['gazette:format'] !== FILE_FORMAT)
    refuse('这不是公报阅读器导出的批注文件（请选择以 JSON 格式导出的批注文件）。');
  const version = file['gazette:version'];
  if (version !== FILE_VERSION) {
    refuse(
      typeof version === 'number' && version > FILE_VERSION
        ? `该文件来自更新版本的公报阅读器（格式版本 ${String(version)}），本版本只能读取版本 ${String(FILE_VERSION)}。请升级公报阅读器后再导入。`
        : '批注文件的格式版本无法识别。',
    );
  }
  const first = file.first;
  const items = typeof first === 'object' && first !== null ? (first as Record<string, unknown>).items : undefined;
  if (!Array.isArray(items)) refuse('批注文件缺少批注列表，可能已损坏。');
  const seen = new Set<string>();
  return items.map((item: unknown, i) => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const parsed = annotationRecordSchema.safeParse(record['gazette:annotation']);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') ?? '';
      refuse(`第 ${String(i + 1)} 条批注的内容有误${field ? `（${field}）` : ''}，文件可能已损坏。`);
    }
    if (seen.has(parsed.data.id)) refuse(`第 ${String(i + 1)} 条批注与前面一条编号相同，文件可能已损坏。`);
    seen.add(parsed.data.id);
    const doc = record['gazette:document'];
    const named = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
    const documentName = [named.docNumber, named.title].filter((part) => typeof part === 'string').join(' ');
    return { annotation: parsed.data, documentName: documentName || parsed.data.docKey };
  });
}

/** Each annotation moved onto the local library's copy of its document, if there is one. */
async function placeLocally(
  items: readonly FileItem[],
  issues: readonly IssueSummary[],
  getDocument: (docId: string) => Promise<OpenedDocument>,
): Promise<{ placed: Annotation[]; unplaced: UnplacedAnnotation[] }> {
  const { byId, byKey } = libraryDocuments(issues);
  const texts = new Map<string, { text: string; hash: string }>();
  const placed: Annotation[] = [];
  const unplaced: UnplacedAnnotation[] = [];
  for (const { annotation, documentName } of items) {
    const quote = annotation.anchor?.exact ?? '';
    const sameId = byId.get(annotation.docId);
    const local =
      sameId && byKey.get(annotation.docKey)?.docId === sameId.docId ? sameId : byKey.get(annotation.docKey);
    if (!local) {
      placed.push({ ...annotation, status: annotation.status === 'removed' ? 'orphan' : annotation.status });
      unplaced.push({ id: annotation.id, quote, document: documentName, reason: '本机文库中没有这个文件' });
      continue;
    }
    let next: Annotation = { ...annotation, docId: local.docId };
    if (next.anchor) {
      let known = texts.get(local.docId);
      if (!known) {
        const text = documentText((await getDocument(local.docId)).document);
        texts.set(local.docId, (known = { text, hash: textHash(text) }));
      }
      if (next.textHash !== known.hash) {
        next = { ...next, ...reanchor(known.text, next.anchor), textHash: known.hash };
      }
      if (next.status === 'orphan') {
        unplaced.push({ id: annotation.id, quote, document: documentName, reason: '本机文件中找不到这段文字' });
      }
    } else if (next.status === 'removed') next = { ...next, status: 'anchored' };
    placed.push(next);
  }
  return { placed, unplaced };
}

export async function importAnnotations(
  service: Pick<AnnotationService, 'merge'>,
  library: { listIssues(): Promise<IssueSummary[]>; getDocument(docId: string): Promise<OpenedDocument> },
  bytes: Uint8Array,
): Promise<ImportReport> {
  const items = readAnnotationFile(bytes);
  const { placed, unplaced } = await placeLocally(items, await library.listIssues(), (id) => library.getDocument(id));
  return { ...(await service.merge(placed)), unplaced };
}
