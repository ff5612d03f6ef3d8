import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { globalDocId } from '../../../src/main/library/documentIds';
import { buildShard } from '../../../src/main/search/buildShard';
import { createSearchIndex, type SearchIndex } from '../../../src/main/search/searchIndex';
import { readShard, serializeShard } from '../../../src/main/search/shardFormat';
import { DEFAULT_SEARCH_LIMIT, type SearchFilters } from '../../../src/shared/search/searchFilters';
import { documentText, type ParsedIssue } from '../../../src/shared/model';
import { FIXTURE_ISSUE, fixtureIndex } from './fixtureIndex';

let parsed: ParsedIssue;
let index: SearchIndex;
beforeAll(async () => {
  ({ parsed, index } = await fixtureIndex());
});

const ids = (query: string, filters?: SearchFilters): string[] =>
  index.search(query, { filters, limit: 500 }).hits.map((hit) => hit.docId);
const idOf = (title: string): string => {
  const doc = parsed.documents.find((d) => d.title === title);
  if (!doc) throw new Error(`fixture has no document titled ${title}`);
  return globalDocId(FIXTURE_ISSUE, doc.id);
};
/** The oracle: documents whose canonical text, with whitespace removed, contains `needle`. */
const containing = (needle: string): string[] =>
  parsed.documents
    .filter((doc) => documentText(doc).replace(/\s/gu, '').includes(needle))
    .map((doc) => globalDocId(FIXTURE_ISSUE, doc.id));

const SOIL = '关于组织开展济南市第三次土壤普查的通知';

describe('search on the sample gazette', () => {
  it('has the six documents the fixture holds', () => {
    expect(parsed.documents).toHaveLength(6);
  });

  it('finds every document by each word of its title, with a title match ranked first', () => {
    for (const doc of parsed.documents) {
      const words = doc.title.split(/关于|印发|的|和|、|“|”|（|）/u).filter((word) => word.length >= 2);
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) {
        const hits = index.search(word, { limit: 500 }).hits;
        expect(hits.map((hit) => hit.docId)).toContain(globalDocId(FIXTURE_ISSUE, doc.id));
        expect(hits[0]?.title).toContain(word);
      }
    }
  });

  it('answers a one-character query with exactly the documents containing it', () => {
    expect(ids('壤').sort()).toEqual(containing('壤').sort());
    expect(containing('壤').length).toBeGreaterThan(0);
    expect(ids('Q').length).toBeGreaterThan(0);
  });

  it('finds a phrase that spans a line break in the source', () => {
    // In the source, 「…组织开展第」 ends a line and 「三次土壤普查…」 starts the next.
    expect(ids('开展第三次土壤普查')).toEqual([idOf(SOIL)]);
    expect(ids('"开展第三次 土壤普查"')).toEqual([idOf(SOIL)]);
  });

  it('finds a 发文字号 in every spelling', () => {
    for (const spelling of [
      '济政发〔2022〕7号',
      '济政发[2022]7号',
      '济政发(2022)7号',
      '济政发（2022）7号',
      '济政发〔２０２２〕７号',
      '文号:济政发[2022]7号',
    ]) {
      const hits = index.search(spelling).hits;
      expect(hits[0]?.docId, spelling).toBe(idOf(SOIL));
      expect(hits[0]?.docNumber).toBe('济政发〔2022〕7号');
    }
  });

  it('requires every space-separated word and drops excluded ones', () => {
    const both = ids('土壤 预算');
    expect(both.sort()).toEqual(
      containing('土壤')
        .filter((id) => containing('预算').includes(id))
        .sort(),
    );
    const without = ids('土壤 -普查');
    expect(without).not.toContain(idOf(SOIL));
    expect(without.sort()).toEqual(
      containing('土壤')
        .filter((id) => !containing('普查').includes(id))
        .sort(),
    );
  });

  it('filters by title, issuer, genre, year and date', () => {
    expect(ids('标题:土壤普查')).toEqual([idOf(SOIL)]);
    expect(ids('文种:意见').sort()).toEqual(
      [idOf('关于进一步深化预算管理制度改革的实施意见'), idOf('关于促进集成电路产业发展的意见')].sort(),
    );
    expect(ids('年份:2021')).toEqual([]);
    expect(ids('年份:2022')).toHaveLength(6);
    expect(ids('日期:2022-06-10')).toContain(idOf(SOIL));
    expect(ids('机关:济南市人民政府 土壤')).toContain(idOf(SOIL));
  });

  it('takes the same conditions as structured filters, merged with those typed in the query', () => {
    const typed: [string, SearchFilters][] = [
      ['文号:济政发[2022]7号', { docNumber: '济政发〔２０２２〕７号' }],
      ['标题:土壤普查', { title: '土壤普查' }],
      ['机关:济南市人民政府 土壤', { issuer: '济南市人民政府' }],
      ['文种:意见', { genre: '意见' }],
      ['年份:2022', { year: 2022 }],
      ['年份:2021', { year: 2021 }],
      ['日期:2022-06-10', { dateFrom: '2022-06-10', dateTo: '2022-06-10' }],
    ];
    for (const [query, filters] of typed) {
      const words = query.split(' ').slice(1).join(' ');
      expect(ids(words, filters).sort(), query).toEqual(ids(query).sort());
    }
    expect(ids('文种:意见').length).toBeGreaterThan(0);
    // Both must hold: a typed condition and a structured one narrow together.
    expect(ids('标题:预算', { genre: '意见' })).toEqual([idOf('关于进一步深化预算管理制度改革的实施意见')]);
    expect(ids('标题:土壤', { issuer: '办公厅' })).toEqual([]);
    expect(ids('土壤', { dateFrom: '2022-06-10', dateTo: '2022-06-10' })).toEqual(ids('土壤 日期:2022-06-10'));
  });

  it('returns the default number of results unless told otherwise', () => {
    // Enough copies of the issue that more documents match than the default returns.
    const large = createSearchIndex();
    const copies = Math.ceil((DEFAULT_SEARCH_LIMIT + 1) / parsed.documents.length);
    for (let copy = 0; copy < copies; copy++)
      large.addShard(readShard(serializeShard(buildShard(`copy${copy}`, parsed))));
    expect(large.search('的', { limit: 500 }).total).toBeGreaterThan(DEFAULT_SEARCH_LIMIT);
    expect(large.search('的').hits).toHaveLength(DEFAULT_SEARCH_LIMIT);
    expect(large.search('的', { limit: 2 }).hits).toHaveLength(2);
  });

  it('answers odd input with results or a message, never an exception', () => {
    for (const odd of [
      'title:',
      '~',
      '*',
      '^2',
      '+',
      '-',
      '"',
      ':',
      'a:b:c',
      '土壤^2',
      '日期:昨天',
      '年份:abc',
      '\u0000',
      '  ',
    ]) {
      const response = index.search(odd);
      expect(response.hits.length > 0 || typeof response.message === 'string', odd).toBe(true);
    }
    expect(index.search('title:').message).toContain('title:');
  });

  it('asks for input on an empty query', () => {
    expect(index.search('')).toEqual({ total: 0, hits: [], message: '请输入要查找的内容。' });
  });

  it('returns snippets whose offsets point at the match in the canonical text', () => {
    const hit = index.search('土壤普查').hits[0];
    const doc = parsed.documents.find((d) => globalDocId(FIXTURE_ISSUE, d.id) === hit?.docId);
    const snippet = hit?.snippets[0];
    expect(doc && snippet).toBeTruthy();
    if (!doc || !snippet) return;
    const text = documentText(doc);
    expect(text.slice(snippet.hitStart, snippet.hitEnd)).toBe('土壤普查');
    const [start, end] = snippet.highlights[0] ?? [0, 0];
    expect(snippet.text.slice(start, end)).toBe('土壤普查');
    expect(text.slice(snippet.start, snippet.start + snippet.text.length).replace(/\n/gu, ' ')).toBe(snippet.text);
  });

  it('returns exactly the documents containing any random substring (property)', () => {
    const runs = parsed.documents.flatMap((doc) => documentText(doc).match(/[\u4e00-\u9fff0-9]+/gu) ?? []);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: runs.length - 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 12 }),
        (run, offset, length) => {
          const text = runs[run] ?? '';
          const start = offset % text.length;
          const needle = text.slice(start, start + length);
          expect(ids(needle).sort()).toEqual(containing(needle).sort());
          expect(ids(`"${needle}"`).sort()).toEqual(containing(needle).sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
