/**
 * Heading recognition. Gazettes number headings per GB/T 9704 — `一、` → `（一）` → `1.` → `（1）` — plans use
 * decimals `1` / `1.1` / `1.1.1`, regulations `第X章` / `第X节` / `第X条`. Levels put the two schemes on one
 * scale (a plan's `1.1.1` sits where `1.` would) so one TOC tree can hold them.
 *
 * A heading stands on its own line (`一、总体要求`) or runs in (`（一）普查对象。耕地、园地…`): then only the words
 * before the first 。/： are the heading and the paragraph keeps the rest. Numbered list items are not headings:
 * see `dropListItems`.
 */

export interface HeadingMatch {
  level: number;
  /** Normalised label: `一、`, `（一）`, `1.`, `（1）`, `1.1`, `第一章`. */
  label: string;
  /** Label family plus level, so siblings can be compared. */
  scheme: string;
  text: string;
  runIn: boolean;
  /** Looks like a list item rather than a heading: ends with ；, or is one long sentence. */
  itemLike: boolean;
  /** A bare number before words (`1 总则`): trusted only where the section also has decimal headings. */
  bare?: boolean;
  /** A short unpunctuated sentence on its own line: a heading over body text, an item among numbered lines. */
  sentence?: boolean;
}

const CN = '[一二三四五六七八九十百零〇]+';
interface Pattern {
  regex: RegExp;
  level: (match: RegExpExecArray) => number;
  label: (match: RegExpExecArray) => string;
  scheme: string;
  /** Only a short line on its own can carry this label (a bare `1 ` before words is otherwise too common). */
  ownLineOnly?: boolean;
}

const PATTERNS: Pattern[] = [
  {
    regex: new RegExp(`^第\\s*(${CN}|\\d+)\\s*章\\s*`, 'u'),
    level: () => 1,
    label: (m) => `第${m[1]}章`,
    scheme: 'chapter',
  },
  {
    regex: new RegExp(`^第\\s*(${CN}|\\d+)\\s*节\\s*`, 'u'),
    level: () => 2,
    label: (m) => `第${m[1]}节`,
    scheme: 'section',
  },
  {
    regex: new RegExp(`^第\\s*(${CN}|\\d+)\\s*条\\s*`, 'u'),
    level: () => 3,
    label: (m) => `第${m[1]}条`,
    scheme: 'article',
  },
  { regex: new RegExp(`^(${CN})\\s*[、,，]\\s*`, 'u'), level: () => 1, label: (m) => `${m[1]}、`, scheme: 'cn' },
  {
    regex: new RegExp(`^[(（]\\s*(${CN})\\s*[)）]\\s*`, 'u'),
    level: () => 2,
    label: (m) => `（${m[1]}）`,
    scheme: 'cn-paren',
  },
  {
    regex: /^(\d{1,2}(?:\.\d{1,2}){1,3})(?![\d%])\s*(?=[\u4e00-\u9fff\u2160-\u217f“《(（])/u,
    level: (m) => (m[1] ?? '').split('.').length,
    label: (m) => m[1] ?? '',
    scheme: 'decimal',
  },
  { regex: /^(\d{1,2})\s*[.、](?![\d%])\s*/u, level: () => 3, label: (m) => `${m[1]}.`, scheme: 'arabic' },
  { regex: /^[(（]\s*(\d{1,2})\s*[)）]\s*/u, level: () => 4, label: (m) => `（${m[1]}）`, scheme: 'arabic-paren' },
  { regex: /^([\u2460-\u2473])\s*/u, level: () => 5, label: (m) => m[1] ?? '', scheme: 'circled' },
  {
    regex: /^(\d{1,2})\s+(?=[\u4e00-\u9fff])/u,
    level: () => 1,
    label: (m) => m[1] ?? '',
    scheme: 'decimal',
    ownLineOnly: true,
  },
];

const OWN_LINE_MAX = 40;
/** The longest run-in heading: the words before the first 。/： of a numbered paragraph. */
export const RUN_IN_MAX = 30;
const RUN_IN_END = /[。：:.]/u;

/** Strip spaces and ASCII sentence marks the way reading normalisation will, for comparing heading words. */
function clean(text: string): string {
  return text.replace(/\s+/gu, '').replace(/[。.]$/u, '');
}

/** The heading in a paragraph's width-folded raw text, or null. */
export function matchHeading(raw: string): HeadingMatch | null {
  const text = raw.trim();
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    const level = pattern.level(match);
    const base = {
      level,
      label: pattern.label(match),
      scheme: `${pattern.scheme}:${level}`,
      ...(pattern.ownLineOnly ? { bare: true } : {}),
    };
    const endsList = /[;；]\s*$/u.test(rest);
    const cut = rest.search(RUN_IN_END);
    const body = cut >= 0 ? rest.slice(cut + 1).trim() : '';
    if (pattern.scheme === 'article') {
      return { ...base, text: '', runIn: rest.length > 0, itemLike: false };
    }
    if (pattern.ownLineOnly && (rest.length > 20 || /[。；;：:，,]/u.test(rest))) return null;
    if (body.length > 0 && cut <= RUN_IN_MAX && cut > 0) {
      return { ...base, text: clean(rest.slice(0, cut)), runIn: true, itemLike: endsList };
    }
    const words = clean(rest).replace(/[;；]$/u, '');
    if (body.length === 0 && words.length > 0 && words.length <= OWN_LINE_MAX && !/[，,]$/u.test(rest.trim())) {
      const sentence = /[。.]\s*$/u.test(rest) && words.length > 15;
      // A clause-punctuated sentence is an item; an unpunctuated one (`（二）流行病学调查和外来动物疫病监测结果报送。`)
      // is told by what follows it (see dropListItems).
      const clauses = sentence && (/[，,、]/u.test(words) || words.length > 30);
      return {
        ...base,
        text: words,
        runIn: false,
        itemLike: endsList || clauses,
        ...(sentence && !clauses ? { sentence: true } : {}),
      };
    }
    // Numbered but no heading words (one long sentence): an item, which still counts among its siblings.
    return { ...base, text: '', runIn: false, itemLike: true };
  }
  return null;
}

/**
 * Words that end the headings of 公文 plans, 预案 and 意见 (`组织指挥体系及职责分工`, `监测、报告、预警`, `资金和物资
 * 保障`, `推进基础设施提质升级`), longer ones first so that `职责分工` is read before `职责`.
 */
const HEADING_END_WORDS = [
  '职责分工',
  '体系',
  '机制',
  '体制',
  '制度',
  '职责',
  '分工',
  '措施',
  '要求',
  '保障',
  '原则',
  '目标',
  '任务',
  '依据',
  '目的',
  '范围',
  '分级',
  '背景',
  '意义',
  '思路',
  '步骤',
  '安排',
  '程序',
  '流程',
  '标准',
  '对象',
  '内容',
  '预警',
  '响应',
  '处置',
  '监测',
  '报告',
  '评估',
  '总结',
  '发布',
  '管理',
  '机构',
  '升级',
  '建设',
  '领导',
  '协调',
  '监督',
  '考核',
  '宣传',
  '培训',
  '演练',
  '终止',
  '调整',
  '解除',
  '补助',
  '动员',
  '实施',
].join('|');
const HEADING_END = new RegExp(HEADING_END_WORDS, 'gu');
/** A further heading word right after one (`响应分级`), or after 及/和/与/、 (`体系及职责分工`): the heading goes on. */
const HEADING_GOES_ON = new RegExp(`^[及和与、暨]?(?:${HEADING_END_WORDS})`, 'u');
/** Shorter words ending a heading are a leading verb (`建设现代化产业体系`), not the heading's end. */
const GLUED_HEADING_MIN = 4;

/**
 * The words of a heading that reflowing glued to its paragraph, found without a printed 目录 (`组织指挥体系及职责分工
 * 国家药品监管部门负责…`): up to the first heading word with the words that go on from it, within the first clause
 * and `RUN_IN_MAX`; without one, the first clause when it is short. Null when neither bounds it: no heading then.
 */
export function gluedHeadingWords(rest: string): string | null {
  const cut = rest.search(/[，,；;。：:]/u);
  const clause = rest.slice(0, cut >= 0 ? Math.min(cut, RUN_IN_MAX) : RUN_IN_MAX);
  for (const match of clause.matchAll(HEADING_END)) {
    let end = match.index + match[0].length;
    for (let next = HEADING_GOES_ON.exec(clause.slice(end)); next; next = HEADING_GOES_ON.exec(clause.slice(end))) {
      end += next[0].length;
    }
    if (end >= GLUED_HEADING_MIN && end < rest.length) return clause.slice(0, end);
  }
  return cut > 0 && cut <= RUN_IN_MAX ? rest.slice(0, cut) : null;
}

/** Parts of a 公文 that are headed by a word alone, without a number: `序言` before `第一章`, `前言`, `附则`. */
const UNNUMBERED_HEADING = /^(?:序言|前言|引言|导言|总则|附则|结束语|结语)$/u;

/**
 * A standalone unnumbered heading (`序 言` on its own line). Its level is unknown until its numbered siblings are
 * seen: it ranks with the section's top numbered headings (see `rankUnnumbered`).
 */
export function matchUnnumberedHeading(raw: string): HeadingMatch | null {
  const words = raw.replace(/\s+/gu, '');
  if (!UNNUMBERED_HEADING.test(words)) return null;
  return { level: 1, label: '', scheme: 'unnumbered:1', text: words, runIn: false, itemLike: false };
}

/** Unnumbered headings rank with the section's top numbered headings (list items aside; level 1 when none). */
export function rankUnnumbered(matches: readonly (HeadingMatch | null)[]): (HeadingMatch | null)[] {
  const numbered = matches.filter((match): match is HeadingMatch => match !== null && match.label !== '');
  const headings = numbered.filter((match) => !match.itemLike);
  const level = headings.length > 0 ? Math.min(...headings.map((match) => match.level)) : 1;
  return matches.map((match) => (match?.label === '' ? { ...match, level, scheme: `unnumbered:${level}` } : match));
}

/**
 * Numbered list items are not headings: within a run of siblings (same label family and level, not interrupted
 * by a heading above them), when at least half look like items (end with ；, or are single long sentences), the
 * whole run is a list — so the last item, ending with 。, goes with its siblings. Item-like ones always go.
 */
export function dropListItems(input: (HeadingMatch | null)[]): (HeadingMatch | null)[] {
  // A numbered line followed by deeper numbered lines is a heading over them, even if it reads as a sentence.
  const candidates = input.map((candidate, index) => {
    // A sentence line with another numbered line (or nothing) right after it is an item of a list.
    if (candidate?.sentence && input[index + 1] !== null) return { ...candidate, itemLike: true };
    if (!candidate?.itemLike) return candidate;
    const next = input.slice(index + 1).find((other) => other !== null);
    return next && next.level > candidate.level && !next.itemLike ? { ...candidate, itemLike: false } : candidate;
  });
  const result = [...candidates];
  const open = new Map<string, number[]>();
  const flush = (scheme: string): void => {
    const members = open.get(scheme);
    open.delete(scheme);
    if (!members) return;
    const items = members.filter((index) => candidates[index]?.itemLike).length;
    for (const index of members) if (items * 2 >= members.length || candidates[index]?.itemLike) result[index] = null;
  };
  candidates.forEach((candidate, index) => {
    if (candidate === null) return;
    // A heading closes every open run at its level or deeper.
    for (const [scheme] of [...open]) {
      const level = Number(scheme.split(':')[1]);
      if (level > candidate.level || (level === candidate.level && scheme !== candidate.scheme)) flush(scheme);
    }
    const members = open.get(candidate.scheme) ?? [];
    members.push(index);
    open.set(candidate.scheme, members);
  });
  for (const [scheme] of [...open]) flush(scheme);
  return result;
}
