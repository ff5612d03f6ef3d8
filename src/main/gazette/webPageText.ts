/**
 * Text saved from a government web page: the document sits between the site's chrome (navigation, breadcrumbs,
 * `字号 大|中|小`, `打印本页`, footers) and under a block of metadata rows. A page is recognised by its window title
 * (`关于…的通知_能源`) printed again above the document, or by several lines of chrome vocabulary; only then is
 * anything removed, and then only chrome, metadata rows and what lies between the window title and its repeat.
 */
import { foldWidth } from '../../shared/text/normalize';
import { isDateLine } from './dates';
import { addMetadata, isMetadataLabel, metadataRows } from './metadataRows';
import type { SourceMetadata } from './sourceLines';

/** Lines that are only a site control, whatever page they are on (compared without spaces and brackets). */
const CONTROLS = new Set([
  '首页',
  '当前位置',
  '打印',
  '打印本页',
  '打印此页',
  '关闭',
  '关闭窗口',
  '关闭本页',
  '分享',
  '分享到',
  '收藏',
  '加入收藏',
  '设为首页',
  '字号',
  '字体',
  '大',
  '中',
  '小',
  '大中小',
  '|',
  'Aa',
  '返回顶部',
  '网站地图',
  '联系我们',
  '搜索',
  '无障碍',
  '中文',
  'English',
  '繁体',
  '简体',
  '扫一扫在手机打开当前页',
  '文字解读',
  '图片解读',
  '视频解读',
  '政策解读',
  '相关附件',
  '附件下载',
  '相关链接',
  '上一篇',
  '下一篇',
  '政策性文件留言咨询',
  '-->',
]);

/** Controls no document prints as a line of its own, dropped wherever they stand on a recognised page. */
const ACTIONS = new Set([
  '打印',
  '打印本页',
  '关闭窗口',
  '收藏',
  '加入收藏',
  '分享',
  '文字解读',
  '图片解读',
  '视频解读',
]);

const squeeze = (text: string): string =>
  text
    .replace(/\s+/gu, '')
    .replace(/^[【[(（]+/u, '')
    .replace(/[】\])）:：]+$/u, '');

/** A site control, a breadcrumb step (`/ 政务公开`, `> 第5期`) or a font-size switch (`【字号：大 中 小】`). */
function isControl(line: string): boolean {
  const text = squeeze(line);
  return (
    CONTROLS.has(text) ||
    text.length === 0 ||
    /^[/>»›]\s*\S{0,16}$/u.test(line.trim()) ||
    /^当前位置[:：]/u.test(text) ||
    /^字[号体][:：]?[大中小|]*$/u.test(text)
  );
}

/** Footer furniture: site registration, ownership and contact lines, and links to downloadable files. */
function isFooter(line: string): boolean {
  return (
    /版权所有|ICP备|公网安备|网站标识码|^(?:主办|承办|协办)单位[:：]|^技术支持[:：]|^(?:地址|邮编|联系电话|电话|传真)[:：]/u.test(
      line.trim(),
    ) ||
    /^[(（]注[:：].*(?:留言|咨询).*[)）]$/u.test(line.trim()) ||
    /\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)$/iu.test(line.trim())
  );
}

/** A publication time as sites print it: `2018-10-29 10:04`. */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;

export interface PageChrome {
  /** Indices (into the given lines) that are chrome or metadata and are left out. */
  drop: Set<number>;
  /** The repeated window title, when it wraps over several lines: [first, last] to be read as one line. */
  title: [number, number] | null;
  metadata: SourceMetadata;
}

/** The window title's document part: `关于…的通知_能源` → `关于…的通知`. */
function windowTitle(line: string): string[] {
  const parts = line.split(/_|\s[-|—]\s|\|/u).map((part) => part.trim());
  return [line.trim(), ...(parts.length > 1 && parts[0] ? [parts[0]] : [])];
}

/** Where the window title is printed again: [first, last] line of the repeat, or null. */
function findTitleRepeat(lines: readonly string[], first: number): [number, number] | null {
  const titles = windowTitle(lines[first] ?? '')
    .map((title) => title.replace(/\s+/gu, ''))
    .filter((title) => title.length >= 6);
  if (titles.length === 0) return null;
  for (let start = first + 1; start < Math.min(lines.length, first + 120); start++) {
    let joined = '';
    for (let end = start; end < Math.min(lines.length, start + 4); end++) {
      joined += (lines[end] ?? '').replace(/\s+/gu, '');
      if (titles.includes(joined)) return [start, end];
      if (!titles.some((title) => title.startsWith(joined))) break;
    }
  }
  return null;
}

/**
 * Metadata rows from `index` on: each row's pairs are stored, and a label printed alone takes the next line as its
 * value. Returns the index after the last row read, or `index` when the line there is no metadata row.
 */
function readRows(lines: readonly string[], index: number, metadata: SourceMetadata): number {
  const rows = metadataRows(lines[index] ?? '');
  if (rows === null) return index;
  let next = index + 1;
  for (const { label, value } of rows) {
    const following = lines[next];
    if (value.length > 0 || following === undefined) addMetadata(metadata, label, value);
    else if (metadataRows(following) === null && !isControl(following)) {
      addMetadata(metadata, label, following);
      next++;
    }
  }
  return next;
}

/** The chrome of saved page text, or null when the text is not recognisably a web page. */
export function findPageChrome(rawLines: readonly string[]): PageChrome | null {
  const lines = rawLines.map((line) => foldWidth(line).trim());
  const first = lines.findIndex((line) => line.length > 0);
  if (first < 0) return null;
  const isControlLine = (line: string): boolean => line.length > 0 && CONTROLS.has(squeeze(line));
  // A repeated first line is a window title only with site controls between (an issuer line repeats as a signature).
  const found = findTitleRepeat(lines, first);
  const repeat = found && lines.slice(first + 1, found[0]).filter(isControlLine).length >= 2 ? found : null;
  if (repeat === null && lines.filter(isControlLine).length < 3) return null;

  const drop = new Set<number>();
  const metadata: SourceMetadata = {};
  // Above the document: everything before the repeated title, or a leading run of controls and metadata rows.
  let index = repeat ? first : 0;
  while (index < lines.length && (repeat ? index < repeat[0] : true)) {
    const after = readRows(lines, index, metadata);
    if (after > index) {
      for (let row = index; row < after; row++) drop.add(row);
      index = after;
    } else if (repeat || isControl(lines[index] ?? '')) {
      drop.add(index++);
    } else {
      break;
    }
  }
  // Between the title and the text: metadata rows, the publication time, font-size switches.
  index = repeat ? repeat[1] + 1 : index;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const after = readRows(lines, index, metadata);
    if (after > index) {
      for (let row = index; row < after; row++) drop.add(row);
      index = after;
    } else if (isControl(line) || TIMESTAMP.test(line) || isMetadataLabel(squeeze(line))) {
      drop.add(index++);
    } else {
      break;
    }
  }
  // Below it: a trailing run of controls and footers.
  for (let last = lines.length - 1; last > index; last--) {
    const line = lines[last] ?? '';
    if (!isControl(line) && !isFooter(line)) break;
    if (isDateLine(line)) break;
    drop.add(last);
  }
  // Page actions inside the text (a `[打印]` between two parts) are never the document's words.
  lines.forEach((line, position) => {
    if (ACTIONS.has(squeeze(line))) drop.add(position);
  });
  if (repeat) addMetadata(metadata, '标题', lines.slice(repeat[0], repeat[1] + 1).join(''));
  return { drop, title: repeat && repeat[1] > repeat[0] ? repeat : null, metadata };
}
