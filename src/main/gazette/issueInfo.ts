/** The issue's name, year and number (期), from running headers, the first lines, or the file name. */
import type { ParsedIssue } from '../../shared/model';
import { GAZETTE_ISSUE_NAME, runningHeaderKey } from './sourceLines';

type IssueInfo = Omit<ParsedIssue['issue'], 'pages'>;

export function readIssueInfo(
  furniture: readonly string[],
  firstLines: readonly string[],
  fileName: string,
): IssueInfo {
  // Furniture is a header by construction; a first line names the issue only when it is shaped like one (a cover).
  const headers = [...furniture, ...firstLines.filter((line) => runningHeaderKey(line) !== null)];
  for (const text of headers) {
    const match = GAZETTE_ISSUE_NAME.exec(text.replace(/\s+/gu, ''));
    if (match) {
      return { gazette: match[1] ?? null, year: Number(match[2]), number: (match[3] ?? '').replace(/／/gu, '/') };
    }
  }
  // File names like jinan-gazette-2022-12-13.txt or 公报2022年第5期.pdf.
  const named = /(?:gazette|公报)\D{0,4}(\d{4})(?:[-_年第\s]+(\d{1,2}(?:[-_/]\d{1,2})?))?/iu.exec(fileName);
  if (named) {
    return { gazette: null, year: Number(named[1]), number: named[2]?.replace(/[-_]/gu, '/') ?? null };
  }
  return { gazette: null, year: null, number: null };
}
