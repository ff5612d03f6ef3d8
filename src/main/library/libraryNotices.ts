/**
 * Repairs the library makes on its own — a rebuilt search index, a rebuilt manifest, a damaged issue folder set
 * aside — are told to the person once: in the window (the app feeds `LibraryOptions.warn` into the API's
 * `takeNotices`) or on the command line's stderr (the default sink). Each notice says what happened, what was
 * kept, and where an old file went; the sentences live here so every part of the library says them alike.
 */

/** Where the library tells its notices (`LibraryOptions.warn`; console.warn, i.e. stderr, by default). */
export type LibraryNoticeSink = (message: string) => void;

/** An issue as a person knows it: `济南市人民政府公报 2022年第12/13期`, or its file name. */
export function issueName(issue: {
  gazette: string | null;
  year: number | null;
  number: string | null;
  fileName: string;
}): string {
  const year = issue.year === null ? '' : ` ${issue.year}年`;
  const number = issue.number === null ? '' : `第${issue.number}期`;
  return issue.gazette === null ? issue.fileName : `${issue.gazette}${year}${number}`;
}

export const shardRebuiltNotice = (name: string): string =>
  `“${name}”的搜索索引已损坏，已根据这一期的内容重新建立。公报本身和你的阅读记录都没有受影响。`;

export const shardUnreadableNotice = (issueId: string): string =>
  `公报 ${issueId} 的搜索索引无法载入，搜索结果中暂不包括这一期。请在公报库中移除它，再重新导入原文件。`;
