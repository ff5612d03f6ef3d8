/**
 * 复制引用: the quoted passage followed by its source, as staff cite a 公文 in their own drafts —
 * `引文——《标题》（文号）`, or the issue in place of the 文号 when the document has none.
 */
export function citation(quote: string, title: string, docNumber: string | null, issueLabel: string): string {
  return `${quote.trim()}——《${title}》（${docNumber ?? issueLabel}）`;
}
