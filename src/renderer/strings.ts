/** Every string the interface shows, in one place (Simplified Chinese), ready for another locale. */
export const strings = {
  productName: '公报阅读器',
  version: (version: string) => `版本 ${version}`,
  dataFolder: '数据文件夹',
  profile: '当前用户',
  library: '公报库',
  loading: '正在加载…',
  emptyLibrary: '还没有导入公报。',
  documentsCount: (count: number) => `${count} 篇文件`,
  issueLabel: (gazette: string | null, year: number | null, number: string | null) =>
    [gazette ?? '未命名公报', year !== null ? `${year}年` : '', number !== null ? `第${number}期` : '']
      .filter(Boolean)
      .join(' '),
  loadFailed: (message: string) => `加载失败：${message}`,
} as const;
