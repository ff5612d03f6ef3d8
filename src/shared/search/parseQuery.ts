/**
 * The search box's syntax, parsed without ever throwing (anything not understood is searched for literally or
 * explained in `notes`):
 *
 *   土壤 普查            both must occur (spaces mean AND)
 *   "土壤 普查"          an exact phrase (whitespace inside is ignored, as in the folded text)
 *   -耕地                must not occur
 *   文号:济政发〔2022〕7号  标题:…  机关:…   field contains (also 字号:, title:, issuer:, docno:)
 *   文种:通知            genre (also genre:, type:)
 *   年份:2022           year (also year:, 年:)
 *   日期:2022-01..2022-06   date range on 成文日期 (also date:; `..`, `~`, `至`, `到`; either end may be left open)
 *   标签:待办  颜色:黄      an annotation's tag / colour (also tag:, color:); only annotation search (noteQuery.ts) uses them
 *
 * Everything is folded (see fold.ts) so the same rules hold for queries and for indexed text. Shared with the
 * renderer, which can show the parsed query back to the user.
 */
import { fold } from './fold';

export interface QueryFilters {
  /** Each must be contained in the document's folded 发文字号 / title / issuer. */
  docNumber: string[];
  title: string[];
  issuer: string[];
  /** Any of these 文种. */
  genres: string[];
  /** Any of these years. */
  years: number[];
  /** Inclusive ISO bounds on the 成文日期. */
  dateFrom: string | null;
  dateTo: string | null;
  /** An annotation has each of these tags (folded, compared whole). */
  tags: string[];
  /** An annotation has any of these colours (folded, as typed). */
  colors: string[];
}

export interface ParsedQuery {
  /** Folded strings that must all occur in the document's text. */
  terms: string[];
  /** Folded strings that must not occur. */
  excluded: string[];
  filters: QueryFilters;
  /** Sentences for the user about the parts of the query that were ignored. */
  notes: string[];
}

type FieldName = 'docNumber' | 'title' | 'issuer' | 'genre' | 'year' | 'date' | 'tag' | 'color';

const fieldAliases: Record<string, FieldName> = {
  文号: 'docNumber',
  字号: 'docNumber',
  发文字号: 'docNumber',
  docno: 'docNumber',
  number: 'docNumber',
  标题: 'title',
  title: 'title',
  机关: 'issuer',
  发文机关: 'issuer',
  issuer: 'issuer',
  文种: 'genre',
  genre: 'genre',
  type: 'genre',
  年份: 'year',
  年: 'year',
  year: 'year',
  日期: 'date',
  date: 'date',
  标签: 'tag',
  tag: 'tag',
  颜色: 'color',
  color: 'color',
};

const openingQuotes = new Set(['"', '“', '”', '＂', '「', '『']);
const closingQuotes = new Set(['"', '“', '”', '＂', '」', '』']);
const isSpace = (char: string): boolean => /\s/u.test(char);

interface RawPart {
  negated: boolean;
  field: FieldName | null;
  /** The prefix as typed, for messages. */
  prefix: string;
  value: string;
}

/** Splits the query into parts: optional `-`/`+`, optional known `field:`, then a word or a quoted phrase. */
function splitParts(query: string): RawPart[] {
  const chars = Array.from(query);
  const parts: RawPart[] = [];
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && isSpace(chars[i] ?? '')) i++;
    if (i >= chars.length) break;
    let negated = false;
    const sign = chars[i];
    if ((sign === '-' || sign === '－' || sign === '+' || sign === '＋') && i + 1 < chars.length) {
      const next = chars[i + 1] ?? ' ';
      if (!isSpace(next)) {
        negated = sign === '-' || sign === '－';
        i++;
      }
    }
    let field: FieldName | null = null;
    let prefix = '';
    const rest = chars.slice(i, i + 8).join('');
    const colon = /^([^\s:：]{1,6})[:：]/u.exec(rest);
    const alias = colon?.[1];
    if (alias !== undefined) {
      const known = fieldAliases[alias.toLowerCase()];
      if (known) {
        field = known;
        prefix = alias;
        i += Array.from(colon?.[0] ?? '').length;
      }
    }
    let value = '';
    if (i < chars.length && openingQuotes.has(chars[i] ?? '')) {
      i++;
      while (i < chars.length && !closingQuotes.has(chars[i] ?? '')) value += chars[i++] ?? '';
      i++; // the closing quote, or past the end when it is missing
    } else {
      while (i < chars.length && !isSpace(chars[i] ?? '')) value += chars[i++] ?? '';
    }
    parts.push({ negated, field, prefix, value });
  }
  return parts;
}

/** `2022`, `2022-3`, `2022年3月5日`, `2022/03/05` → [first day, last day] of that period, or null. */
function datePeriod(text: string): [string, string] | null {
  const match = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?)?[月日]?$/u.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (month === null) return [`${year}-01-01`, `${year}-12-31`];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === null) return [`${year}-${pad(month)}-01`, `${year}-${pad(month)}-${pad(lastDay)}`];
  if (day < 1 || day > lastDay) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return [iso, iso];
}

function dateRange(value: string): [string | null, string | null] | null {
  const sides = value.split(/\.\.|~|至|到/u);
  if (sides.length > 2) return null;
  const [fromText = '', toText = fromText] = sides;
  const from = fromText === '' ? null : datePeriod(fromText);
  const to = toText === '' ? null : datePeriod(toText);
  if ((fromText !== '' && !from) || (toText !== '' && !to) || (!from && !to)) return null;
  return [from?.[0] ?? null, to?.[1] ?? null];
}

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = {
    terms: [],
    excluded: [],
    filters: {
      docNumber: [],
      title: [],
      issuer: [],
      genres: [],
      years: [],
      dateFrom: null,
      dateTo: null,
      tags: [],
      colors: [],
    },
    notes: [],
  };
  const { filters, notes } = parsed;
  for (const part of splitParts(query)) {
    const value = fold(part.value);
    if (part.field === null) {
      if (value !== '') (part.negated ? parsed.excluded : parsed.terms).push(value);
      continue;
    }
    const label = `「${part.prefix}:」`;
    if (value === '') {
      notes.push(`${label}后面缺少要查找的内容，已忽略。`);
      continue;
    }
    if (part.negated) {
      notes.push(`不支持排除字段条件${label}，已忽略。`);
      continue;
    }
    switch (part.field) {
      case 'docNumber':
        filters.docNumber.push(value);
        break;
      case 'title':
        filters.title.push(value);
        break;
      case 'issuer':
        filters.issuer.push(value);
        break;
      case 'genre':
        filters.genres.push(value);
        break;
      case 'tag':
        filters.tags.push(value);
        break;
      case 'color':
        filters.colors.push(value);
        break;
      case 'year': {
        const year = /^(\d{4})年?$/u.exec(value)?.[1];
        if (year === undefined) notes.push(`${label}应为四位数字的年份，如 年份:2022，已忽略。`);
        else filters.years.push(Number(year));
        break;
      }
      case 'date': {
        const range = dateRange(value);
        if (!range) {
          notes.push(`${label}无法识别，请写成 日期:2022-01-01..2022-06-30 这样的形式，已忽略。`);
          break;
        }
        const [from, to] = range;
        if (from !== null && (filters.dateFrom === null || from > filters.dateFrom)) filters.dateFrom = from;
        if (to !== null && (filters.dateTo === null || to < filters.dateTo)) filters.dateTo = to;
        break;
      }
    }
  }
  return parsed;
}

/** True when the query asks a document search for nothing (no words and no document conditions). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  const { filters } = query;
  return (
    query.terms.length === 0 &&
    query.excluded.length === 0 &&
    filters.docNumber.length + filters.title.length + filters.issuer.length === 0 &&
    filters.genres.length + filters.years.length === 0 &&
    filters.dateFrom === null &&
    filters.dateTo === null
  );
}
