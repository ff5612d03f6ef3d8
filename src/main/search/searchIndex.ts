/**
 * The search index: the loaded shards (one per issue) and the query evaluation over them.
 *
 * Contract — exact substrings of folded text: every required word must occur in the document, no excluded word
 * may, and the field conditions must hold. Candidates come from the gram postings (complete by construction), and
 * every candidate whose word is longer than two characters is verified with `includes` on its folded text, so
 * recall and precision are both exact. Ranking: documents whose title or 发文字号 contains every word first, then
 * the score (BM25 over the body grams, with lunr's k1/b and idf, plus the fielded lunr score), ties newest first.
 *
 * Never throws on user input: anything it cannot use comes back as `message`.
 */
import type { SearchHit, SearchResponse } from '../../shared/api';
import { isEmptyQuery, parseQuery, type ParsedQuery } from '../../shared/search/parseQuery';
import { queryFieldIndex } from './fieldIndex';
import { termKeys } from './gramKeys';
import type { LoadedShard, ShardDocument } from './shardFormat';
import { makeSnippets } from './snippets';

// lunr's defaults, so body and field scores are on the same scale.
const K1 = 1.2;
const B = 0.75;

export interface SearchOptions {
  limit?: number;
}

export interface SearchIndex {
  addShard(shard: LoadedShard): void;
  removeShard(issueId: string): void;
  hasShard(issueId: string): boolean;
  search(query: string, options?: SearchOptions): SearchResponse;
}

interface Candidate {
  shard: LoadedShard;
  local: number;
  doc: ShardDocument;
  tier: number;
  score: number;
}

/** Posting range [from, to) of a key in a shard, or null. */
function findKey(shard: LoadedShard, key: number): [number, number] | null {
  const { keys, offsets } = shard;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = keys[mid] ?? 0;
    if (value < key) low = mid + 1;
    else if (value > key) high = mid - 1;
    else return [offsets[mid] ?? 0, offsets[mid + 1] ?? 0];
  }
  return null;
}

function passesFilters(doc: ShardDocument, query: ParsedQuery): boolean {
  const { filters } = query;
  const { folded } = doc;
  if (!filters.docNumber.every((value) => folded.docNumber.includes(value))) return false;
  if (!filters.title.every((value) => folded.title.includes(value))) return false;
  if (!filters.issuer.every((value) => folded.issuer.includes(value))) return false;
  if (
    filters.genres.length > 0 &&
    !filters.genres.some((genre) => doc.genre === genre || folded.title.endsWith(genre))
  ) {
    return false;
  }
  if (filters.years.length > 0 && (doc.year === null || !filters.years.includes(doc.year))) return false;
  if (filters.dateFrom !== null && (doc.date === null || doc.date < filters.dateFrom)) return false;
  if (filters.dateTo !== null && (doc.date === null || doc.date > filters.dateTo)) return false;
  return true;
}

const compareCandidates = (a: Candidate, b: Candidate): number =>
  b.tier - a.tier ||
  b.score - a.score ||
  (b.doc.date ?? '').localeCompare(a.doc.date ?? '') ||
  a.doc.id.localeCompare(b.doc.id);

export function createSearchIndex(): SearchIndex {
  const shards = new Map<string, LoadedShard>();
  let documentCount = 0;
  let totalLength = 0;

  /** Posting ranges of the query's keys in one shard, or null when some word cannot occur in it. */
  function shardRanges(shard: LoadedShard, keysPerTerm: number[][]): [number, number][][] | null {
    const ranges: [number, number][][] = [];
    for (const keys of keysPerTerm) {
      const termRanges: [number, number][] = [];
      for (const key of keys) {
        const range = findKey(shard, key);
        if (!range) return null;
        termRanges.push(range);
      }
      ranges.push(termRanges);
    }
    return ranges;
  }

  function evaluate(query: ParsedQuery): Candidate[] {
    const keysPerTerm = query.terms.map(termKeys);
    const keyCount = keysPerTerm.reduce((sum, keys) => sum + keys.length, 0);
    const candidates: Candidate[] = [];
    const matched: { shard: LoadedShard; ranges: [number, number][][]; first: number }[] = [];
    const documentFrequency = new Float64Array(keyCount);

    for (const shard of shards.values()) {
      const ranges = keysPerTerm.length > 0 ? shardRanges(shard, keysPerTerm) : [];
      if (!ranges) continue;
      // A document is a candidate when it has every key: count, per document, the keys it has.
      const hits = new Uint32Array(shard.documents.length);
      let k = 0;
      for (const termRanges of ranges) {
        for (const [from, to] of termRanges) {
          documentFrequency[k] = (documentFrequency[k] ?? 0) + to - from;
          k++;
          for (let p = from; p < to; p++) {
            const local = (shard.postings[p] ?? 0) >>> 16;
            hits[local] = (hits[local] ?? 0) + 1;
          }
        }
      }
      const first = candidates.length;
      shard.documents.forEach((doc, local) => {
        if (hits[local] !== keyCount) return;
        const text = shard.foldedTexts[local] ?? '';
        // Words of one or two characters are exact by construction; longer ones are verified.
        if (!query.terms.every((term) => term.length <= 2 || text.includes(term))) return;
        if (query.excluded.some((term) => text.includes(term))) return;
        if (!passesFilters(doc, query)) return;
        const inTitle = query.terms.every((t) => doc.folded.title.includes(t) || doc.folded.docNumber.includes(t));
        candidates.push({ shard, local, doc, tier: query.terms.length > 0 && inTitle ? 1 : 0, score: 0 });
      });
      if (candidates.length > first && keyCount > 0) matched.push({ shard, ranges, first });
    }
    if (keyCount > 0) scoreCandidates(candidates, matched, documentFrequency);
    return candidates;
  }

  /** BM25 over the body grams, with a global idf. */
  function scoreCandidates(
    candidates: Candidate[],
    matched: { shard: LoadedShard; ranges: [number, number][][]; first: number }[],
    documentFrequency: Float64Array,
  ): void {
    const idf = documentFrequency.map((df) => Math.log(1 + Math.abs((documentCount - df + 0.5) / (df + 0.5))));
    const averageLength = documentCount > 0 ? totalLength / documentCount : 1;
    matched.forEach(({ shard, ranges, first }, m) => {
      const end = matched[m + 1]?.first ?? candidates.length;
      const byLocal = new Map<number, Candidate>();
      for (let c = first; c < end; c++) {
        const candidate = candidates[c];
        if (candidate) byLocal.set(candidate.local, candidate);
      }
      let k = 0;
      for (const termRanges of ranges) {
        for (const [from, to] of termRanges) {
          const weight = idf[k++] ?? 0;
          for (let p = from; p < to; p++) {
            const posting = shard.postings[p] ?? 0;
            const candidate = byLocal.get(posting >>> 16);
            if (!candidate) continue;
            const tf = posting & 0xffff;
            const norm = 1 - B + (B * candidate.doc.foldedLength) / averageLength;
            candidate.score += (weight * tf * (K1 + 1)) / (tf + K1 * norm);
          }
        }
      }
    });
  }

  function toHit(candidate: Candidate, highlightTerms: string[]): SearchHit {
    const { doc, shard, local } = candidate;
    return {
      docId: doc.id,
      issueId: shard.issueId,
      docNumber: doc.docNumber,
      title: doc.title,
      issuer: doc.issuer,
      signedOn: doc.signedOn,
      score: Math.round(candidate.score * 1000) / 1000,
      snippets: makeSnippets(shard.canonicalText(local), shard.foldedTexts[local] ?? '', highlightTerms),
    };
  }

  return {
    addShard(shard) {
      this.removeShard(shard.issueId);
      shards.set(shard.issueId, shard);
      documentCount += shard.documents.length;
      for (const doc of shard.documents) totalLength += doc.foldedLength;
    },
    removeShard(issueId) {
      const shard = shards.get(issueId);
      if (!shard) return;
      shards.delete(issueId);
      documentCount -= shard.documents.length;
      for (const doc of shard.documents) totalLength -= doc.foldedLength;
    },
    hasShard: (issueId) => shards.has(issueId),
    search(text, options = {}) {
      const limit = Math.max(1, options.limit ?? 20);
      const query = parseQuery(typeof text === 'string' ? text : '');
      const notes = query.notes.join('');
      if (isEmptyQuery(query)) return { total: 0, hits: [], message: notes || '请输入要查找的内容。' };
      const candidates = evaluate(query);
      const top = rerankHead(selectTop(candidates, limit * 2), query.terms).slice(0, limit);
      const { filters } = query;
      const highlightTerms = [...query.terms, ...filters.title, ...filters.docNumber, ...filters.issuer];
      const response: SearchResponse = {
        total: candidates.length,
        hits: top.map((candidate) => toHit(candidate, highlightTerms)),
      };
      if (candidates.length === 0) response.message = `${notes}没有找到符合条件的文件。`;
      else if (notes) response.message = notes;
      return response;
    },
  };
}

/**
 * Adds lunr's fielded score (title, 文号, issuer, headings) to the head of the ranking and sorts it again. Only the
 * head: querying every shard's lunr index costs milliseconds per query at 500 issues, and the fields can only
 * reorder documents that are already near the top on the body score and the title tier.
 */
function rerankHead(head: Candidate[], terms: readonly string[]): Candidate[] {
  const byShard = new Map<LoadedShard, Candidate[]>();
  for (const candidate of head) {
    const { folded } = candidate.doc;
    const fields = [folded.title, folded.docNumber, folded.issuer, folded.headings];
    if (!terms.some((term) => fields.some((field) => field.includes(term)))) continue;
    byShard.set(candidate.shard, [...(byShard.get(candidate.shard) ?? []), candidate]);
  }
  for (const [shard, candidates] of byShard) {
    const scores = queryFieldIndex(shard.fieldIndex(), terms);
    for (const candidate of candidates) candidate.score += scores.get(String(candidate.local)) ?? 0;
  }
  return head.sort(compareCandidates);
}

/** The best `limit` candidates in order, without sorting all of them (a one-character query can match thousands). */
function selectTop(candidates: Candidate[], limit: number): Candidate[] {
  if (candidates.length <= limit) return [...candidates];
  const top: Candidate[] = [];
  for (const candidate of candidates) {
    if (top.length === limit) {
      const worst = top[limit - 1];
      if (worst && compareCandidates(candidate, worst) >= 0) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && compareCandidates(candidate, top[at - 1] as Candidate) < 0) at--;
    top.splice(at, 0, candidate);
  }
  return top;
}
