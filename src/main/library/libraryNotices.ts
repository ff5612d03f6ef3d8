/**
 * Repairs the library makes on its own — a rebuilt search index, a rebuilt manifest, a damaged issue folder set
 * aside — are told to the person once: in the window (the app feeds `LibraryOptions.notify` into the API's
 * `takeNotices`) or on the command line's stderr (the default sink). Each notice says what happened, what was
 * kept, and where an old file went; the sentences live here so every part of the library says them alike.
 */

/** Where the library tells its notices (`LibraryOptions.notify`; console.warn, i.e. stderr, by default). */
export type LibraryNoticeSink = (message: string) => void;

export const shardRebuiltNotice = (name: string): string =>
  `“${name}”的搜索索引已损坏，已根据这一期的内容重新建立。公报本身和你的阅读记录都没有受影响。`;

export const shardUnreadableNotice = (issueId: string): string =>
  `公报 ${issueId} 的搜索索引无法载入，搜索结果中暂不包括这一期。请在公报库中移除它，再重新导入原文件。`;
