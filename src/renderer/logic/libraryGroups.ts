/** The library list's shape: issues grouped by year (newest first), narrowed by what the user typed. */
import type { DocumentSummary, IssueSummary } from '../../shared/api';
import { fold } from '../../shared/search/fold';

export interface IssueGroup {
  /** null for issues whose year could not be read; that group comes last. */
  year: number | null;
  issues: { issue: IssueSummary; documents: DocumentSummary[] }[];
}

const documentText = (document: DocumentSummary): string =>
  [document.title, document.docNumber, document.issuer, document.genre, document.signedOn].filter(Boolean).join(' ');

const issueText = (issue: IssueSummary): string =>
  [issue.gazette, issue.year, issue.number, issue.fileName].filter((part) => part !== null).join(' ');

/**
 * With a filter, an issue stays when the filter matches the issue itself (all its documents are kept) or any of its
 * documents (only those are kept). Matching is on folded text, as search is, so `〔2022〕7号` finds `[2022]7号`.
 */
export function groupIssues(issues: readonly IssueSummary[], filter: string): IssueGroup[] {
  const needle = fold(filter);
  const byYear = new Map<number | null, IssueGroup>();
  const sorted = [...issues].sort(
    (a, b) =>
      (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
      (b.number ?? '').localeCompare(a.number ?? '', 'zh-CN', { numeric: true }) ||
      b.importedAt.localeCompare(a.importedAt),
  );
  for (const issue of sorted) {
    let documents = issue.documents;
    if (needle !== '' && !fold(issueText(issue)).includes(needle)) {
      documents = documents.filter((document) => fold(documentText(document)).includes(needle));
      if (documents.length === 0) continue;
    }
    let group = byYear.get(issue.year);
    if (!group) {
      group = { year: issue.year, issues: [] };
      byYear.set(issue.year, group);
    }
    group.issues.push({ issue, documents });
  }
  return [...byYear.values()];
}
