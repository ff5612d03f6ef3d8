/**
 * ★ 批注汇编: what a staff member hands to a meeting. Markdown, documents ordered by 发文机关 and then by 文号
 * (code, year, serial — so 7号 comes before 12号), each with its quotes and notes, and at the end the 文号 the
 * quotes cite, each with where it is cited.
 */
import { findDocNumbers } from '../../../shared/docNumber';
import { issuersFromLabel, leadIssuer } from '../../../shared/issuers';
import type { ExportSet, ExportedDocument } from './exportSet';
import { documentTitle } from './exportText';
import { escapeMarkdown, noteToMarkdown } from '../../../shared/annotations/noteFormat';
import { chineseDateTime } from '../annotationDb';

const collator = new Intl.Collator('zh-Hans-CN');

/** `济政发〔2022〕7号` → ['济政发', 2022, 7]; anything else sorts after, by its text. */
function docNumberParts(docNumber: string | null): [string, number, number] | null {
  const match = /^(.*)〔(\d{4})〕(\d+)号$/u.exec(docNumber ?? '');
  return match ? [match[1] ?? '', Number(match[2]), Number(match[3])] : null;
}

/** Documents are grouped and ordered by their lead issuer (joint ones under the first that signs). */
const leadOf = (doc: ExportedDocument): string | null => leadIssuer(issuersFromLabel(doc.document?.issuer ?? ''));

function byIssuerAndNumber(a: ExportedDocument, b: ExportedDocument): number {
  const issuerA = leadOf(a) ?? '';
  const issuerB = leadOf(b) ?? '';
  if (issuerA !== issuerB) return issuerA === '' ? 1 : issuerB === '' ? -1 : collator.compare(issuerA, issuerB);
  const numberA = docNumberParts(a.document?.docNumber ?? null);
  const numberB = docNumberParts(b.document?.docNumber ?? null);
  if (numberA && numberB) {
    return collator.compare(numberA[0], numberB[0]) || numberA[1] - numberB[1] || numberA[2] - numberB[2];
  }
  if (numberA || numberB) return numberA ? -1 : 1;
  return collator.compare(a.document?.docNumber ?? documentTitle(a), b.document?.docNumber ?? documentTitle(b));
}

export function digestExport(set: ExportSet): string {
  const documents = [...set.documents].sort(byIssuerAndNumber);
  const parts = [
    `# 批注汇编：${escapeMarkdown(set.title)}`,
    `${chineseDateTime(new Date(set.exportedAt))} · ${String(documents.length)} 个文件 · ${String(set.count)} 条批注`,
  ];
  const cited = new Map<string, string[]>();
  let issuer: string | null | undefined;
  for (const doc of documents) {
    const docIssuer = leadOf(doc);
    if (docIssuer !== issuer) parts.push(`## ${escapeMarkdown(docIssuer ?? '其他')}`);
    issuer = docIssuer;
    const number = doc.document?.docNumber;
    parts.push(`### ${escapeMarkdown(number ? `${number}\u3000${documentTitle(doc)}` : documentTitle(doc))}`);
    if (doc.note?.note) parts.push(`**文件批注**：${noteToMarkdown(doc.note.note)}`);
    doc.highlights.forEach(({ annotation, page }, i) => {
      const quote = annotation.anchor?.exact ?? '';
      const where = page === null ? '' : `（第 ${page} 页）`;
      const lines = [`${String(i + 1)}. 「${escapeMarkdown(quote.replace(/\s*\n\s*/gu, ''))}」${where}`];
      if (annotation.note)
        lines.push(
          ...noteToMarkdown(annotation.note)
            .split('\n')
            .map((line) => (line === '' ? line : `   ${line}`)),
        );
      parts.push(lines.join('\n'));
      for (const found of findDocNumbers(quote)) {
        if (found.docNumber === number) continue;
        const citedBy = cited.get(found.docNumber) ?? [];
        const by = number ?? documentTitle(doc);
        if (!citedBy.includes(by)) citedBy.push(by);
        cited.set(found.docNumber, citedBy);
      }
    });
  }
  parts.push('## 摘录中引用的文号');
  if (cited.size === 0) parts.push('（摘录中没有引用其他文号。）');
  else {
    const list = [...cited].sort(([a], [b]) => collator.compare(a, b));
    parts.push(list.map(([docNumber, by]) => `- ${docNumber}（见 ${by.join('、')}）`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
