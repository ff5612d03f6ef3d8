/**
 * The engines compared by the benchmark, each in its best setup for Chinese: every engine indexes the same folded
 * text (src/shared/search/fold.ts) and gets the same parsed query. MiniSearch and FlexSearch index unigrams and
 * bigrams and must have all of a query's grams (AND); they do not verify, so their precision is what grams give.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { documentText, type ParsedIssue } from '../src/shared/model';
import { fold } from '../src/shared/search/fold';
import { parseQuery } from '../src/shared/search/parseQuery';
import { buildShard } from '../src/main/search/buildShard';
import { globalDocId } from '../src/main/library/documentIds';
import { createSearchIndex, type SearchIndex } from '../src/main/search/searchIndex';
import { openMergedPostings, serializeMergedPostings } from '../src/main/search/postingsFile';
import { serializeShard } from '../src/main/search/shardFormat';
import { loadShardFile } from '../src/main/search/shardFile';

export interface Searcher {
  /** Ids of matching documents, best first, at most `limit`. */
  search(query: string, limit: number): string[];
  /** Indexes one more issue (the `n`th) into the loaded index and its folder, as importing does. */
  add?(issue: ParsedIssue, n: number): void;
}

export interface Engine {
  build(issues: ParsedIssue[], dir: string): void;
  load(dir: string): Searcher;
}

export const issueIdOf = (n: number): string => `i${n}`;

function* foldedDocuments(issues: ParsedIssue[]): Generator<{ id: string; text: string }> {
  for (const [n, issue] of issues.entries()) {
    for (const doc of issue.documents) yield { id: globalDocId(issueIdOf(n), doc.id), text: fold(documentText(doc)) };
  }
}

function grams(folded: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    out.push(folded.charAt(i));
    if (i + 1 < folded.length) out.push(folded.slice(i, i + 2));
  }
  return out;
}

/** The query's words, folded, as every engine sees them. */
const queryTerms = (query: string): string[] => parseQuery(query).terms;

const POSTINGS_FILE = 'postings.gzp';

/** Loads every shard of the folder into an index, over the merged postings when there are some. */
function loadGazette(dir: string): SearchIndex {
  const index = createSearchIndex();
  const merged = openMergedPostings(join(dir, POSTINGS_FILE));
  if (merged) index.useMergedPostings(merged);
  for (const file of readdirSync(dir)) if (file.endsWith('.gzs')) index.addShard(loadShardFile(join(dir, file)));
  return index;
}

const gazette: Engine = {
  // As an import and the search worker's first start do: write each issue's shard, then the merged postings.
  build(issues, dir) {
    issues.forEach((issue, n) => {
      writeFileSync(join(dir, `${issueIdOf(n)}.gzs`), serializeShard(buildShard(issueIdOf(n), issue)));
    });
    writeFileSync(join(dir, POSTINGS_FILE), serializeMergedPostings(loadGazette(dir).merge()));
  },
  load(dir) {
    const index = loadGazette(dir);
    return {
      search: (query, limit) => index.search(query, { limit }).hits.map((hit) => hit.docId),
      add(issue, n) {
        const path = join(dir, `${issueIdOf(n)}.gzs`);
        writeFileSync(path, serializeShard(buildShard(issueIdOf(n), issue)));
        index.addShard(loadShardFile(path));
      },
    };
  },
};

const miniSearchOptions = {
  fields: ['text'],
  tokenize: (text: string) => grams(text.replace(/\s+/gu, '')),
  processTerm: (term: string) => term,
};

const minisearch: Engine = {
  build(issues, dir) {
    const index = new MiniSearch(miniSearchOptions);
    for (const doc of foldedDocuments(issues)) index.add(doc);
    writeFileSync(join(dir, 'minisearch.json'), JSON.stringify(index));
  },
  load(dir) {
    const index = MiniSearch.loadJSON(readFileSync(join(dir, 'minisearch.json'), 'utf8'), miniSearchOptions);
    return {
      search(query, limit) {
        const terms = queryTerms(query).flatMap((term) =>
          term.length === 1 ? [term] : grams(term).filter((g) => g.length === 2),
        );
        if (terms.length === 0) return [];
        const results = index.search({ combineWith: 'AND', queries: terms }, { prefix: false, fuzzy: false });
        return results.slice(0, limit).map((result) => String(result.id));
      },
    };
  },
};

const flexOptions = { tokenize: 'strict' as const, encode: (text: string) => grams(text.replace(/\s+/gu, '')) };

const flexsearch: Engine = {
  build(issues, dir) {
    const index = new FlexSearch.Index(flexOptions);
    const ids: string[] = [];
    for (const doc of foldedDocuments(issues)) index.add(ids.push(doc.id) - 1, doc.text);
    mkdirSync(join(dir, 'parts'), { recursive: true });
    index.export((key, data) => {
      writeFileSync(join(dir, 'parts', key), data);
    });
    writeFileSync(join(dir, 'ids.json'), JSON.stringify(ids));
  },
  load(dir) {
    const index = new FlexSearch.Index(flexOptions);
    for (const key of readdirSync(join(dir, 'parts'))) index.import(key, readFileSync(join(dir, 'parts', key), 'utf8'));
    const ids = JSON.parse(readFileSync(join(dir, 'ids.json'), 'utf8')) as string[];
    return {
      search(query, limit) {
        const terms = queryTerms(query);
        if (terms.length === 0) return [];
        const found = index.search(terms.join(' '), { limit: Number.isFinite(limit) ? limit : ids.length });
        return found.map((n) => ids[Number(n)] ?? '');
      },
    };
  },
};

/** Brute force: `includes` over every folded text. The reference for recall and precision. */
const scan: Engine = {
  build(issues, dir) {
    writeFileSync(join(dir, 'texts.json'), JSON.stringify([...foldedDocuments(issues)]));
  },
  load(dir) {
    const docs = JSON.parse(readFileSync(join(dir, 'texts.json'), 'utf8')) as { id: string; text: string }[];
    return {
      search(query, limit) {
        const { terms, excluded } = parseQuery(query);
        if (terms.length === 0) return [];
        const out: string[] = [];
        for (const doc of docs) {
          if (out.length >= limit) break;
          if (terms.every((t) => doc.text.includes(t)) && !excluded.some((t) => doc.text.includes(t))) out.push(doc.id);
        }
        return out;
      },
    };
  },
};

export const engines: Record<string, Engine> = { gazette, minisearch, flexsearch, scan };
