/** Every string the interface shows, in one place (Simplified Chinese), ready for another locale. */
import type { ImportOutcomeStatus, Theme } from '../shared/api';
import { issueLabel } from '../shared/issueLabel';

export const strings = {
  productName: '公报阅读器',
  version: (version: string) => `版本 ${version}`,
  dataFolder: '数据文件夹',
  profile: '当前用户',
  loading: '正在加载…',
  loadFailed: (message: string) => `加载失败：${message}`,
  sidebar: '公报库与搜索',

  // Library
  library: '公报库',
  emptyLibrary: '还没有导入公报。点击“导入公报”，或把文件、文件夹拖到窗口里。',
  libraryFilter: '筛选公报库',
  libraryFilterPlaceholder: '按标题、文号、机关筛选',
  libraryNoMatch: (filter: string) => `公报库中没有与“${filter}”相符的文件。`,
  documentsCount: (count: number) => `${count} 篇文件`,
  issueLabel,
  yearLabel: (year: number | null) => (year === null ? '年份不详' : `${year}年`),
  removeIssue: '移除',
  removeIssueLabel: (label: string) => `移除 ${label}`,
  confirmRemove: (label: string) => `确定从公报库移除“${label}”？原文件不受影响。`,
  confirmRemoveYes: '确定移除',
  cancel: '取消',
  removeFailed: (message: string) => `移除失败：${message}`,
  signedOn: (date: string) => `成文日期 ${formatDate(date)}`,

  // Import
  importButton: '导入公报',
  importFolderButton: '导入文件夹',
  importRegion: '导入',
  importReading: (count: number) => `正在读取 ${count} 个文件…`,
  importProgress: '导入进度',
  importFileOf: (index: number, count: number) => `第 ${index} / ${count} 个文件`,
  importCancel: '取消',
  importCancelling: '正在取消…',
  importSummary: '导入结果',
  importSummaryCounts: (imported: number, duplicate: number, failed: number) =>
    `导入 ${imported} 个，已存在 ${duplicate} 个，失败 ${failed} 个`,
  importSkipped: (names: string[]) => `已跳过不支持的文件（只支持 TXT、PDF、HTML）：${names.join('、')}`,
  importNothing: '没有可导入的文件（只支持 TXT、PDF、HTML）。',
  importFailed: (message: string) => `导入失败：${message}`,
  importClose: '关闭',
  importStatus: {
    imported: '已导入',
    updated: '已更新',
    duplicate: '已存在',
    failed: '失败',
    cancelled: '已取消',
  } satisfies Record<ImportOutcomeStatus, string>,
  importDocuments: (count: number) => `${count} 篇文件`,
  dropHint: '松开鼠标以导入公报（TXT、PDF、HTML 文件或文件夹）',

  // Search
  searchLabel: '全文搜索',
  searchPlaceholder: '全文搜索（Ctrl+F）：关键词、"短语"、文号:…',
  searchFilters: '搜索筛选',
  filterYear: '年份',
  filterIssuer: '发文机关',
  filterGenre: '文种',
  filterAny: '不限',
  searchResults: '搜索结果',
  searching: '正在搜索…',
  searchingOver: (previous: string) =>
    previous === '' ? '正在搜索…（下列为上次的结果）' : `正在搜索…（下列为“${previous}”的结果）`,
  searchTotal: (total: number) => `找到 ${total} 篇文件`,
  searchNone: (query: string) => `没有找到与“${query}”相符的文件。`,
  searchSuggestions:
    '可以试试：减少或更换关键词；去掉年份、机关、文种筛选；用引号查找整句，如 "土壤普查"；或按字段查找，如 文号:济政发〔2022〕7号、标题:预案。',
  searchFailed: (message: string) => `搜索失败：${message}`,
  hitMeta: (docNumber: string | null, issue: string, date: string | null) =>
    [docNumber, issue, date === null ? null : formatDate(date)].filter(Boolean).join(' · '),

  // Reader
  readerEmpty: '从左侧公报库选择一篇文件，或搜索全文后打开结果。',
  toc: '目录',
  tocToggle: '目录',
  tocEmpty: '这篇文件没有可用的目录。',
  tocChildren: (label: string) => `${label} 的下级条目`,
  previousPage: '上一页',
  nextPage: '下一页',
  pageStatus: (page: number, count: number) => `第 ${page} / ${count} 页`,
  printedPage: (printed: string) => `原刊第 ${printed} 页`,
  print: '打印',
  printHint: '按公文格式（GB/T 9704）打印本文件，也可在打印对话框中另存为 PDF（Ctrl+P）',
  goToPage: '跳至页码',
  goToPageButton: '跳转',
  goToPageHint: (count: number) => `输入 1–${count} 的页码后按回车`,
  fontSmaller: 'A−',
  fontLarger: 'A+',
  fontSmallerLabel: '缩小字号 A−',
  fontLargerLabel: '放大字号 A+',
  fontSizeStatus: (size: number) => `字号 ${size}`,
  theme: '主题',
  themes: { light: '明亮', sepia: '护眼', dark: '夜间' } satisfies Record<Theme, string>,
  findInDocument: '在本文中查找',
  findInDocumentPlaceholder: '在本文中查找',
  previousHit: '上一处',
  nextHit: '下一处',
  hitStatus: (index: number, count: number) => `第 ${index} / ${count} 处`,
  noHits: '本文中没有找到',
  openReference: (docNumber: string) => `打开 ${docNumber}`,
  documentPages: '文档页面',
  issueOf: (issue: string) => `出自：${issue}`,
  settingsLoadFailed: (message: string) => `阅读设置未能读取，暂用默认设置：${message}`,
  settingsSaveFailed: (message: string) => `阅读设置未能保存：${message}`,
  positionLoadFailed: (message: string) => `上次的阅读位置未能读取，已从头打开：${message}`,
  positionSaveFailed: (message: string) => `阅读位置未能保存：${message}`,
  importCancelFailed: (message: string) => `未能取消导入：${message}`,
} as const;

/** `2022-06-10` → `2022年6月10日`, the way dates are written in 公文. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!match) return iso;
  return `${match[1] ?? ''}年${Number(match[2])}月${Number(match[3])}日`;
}
