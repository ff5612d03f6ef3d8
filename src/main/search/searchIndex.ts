/**
 * The search index: the loaded shards (one per issue) and the query evaluation over them.
 *
 * Contract — exact substrings of folded text: every required word must occur in the document, no excluded word
 * may, and the field conditions must hold. Candidates come from the gram postings (complete by construction), and
 * every candidate whose word is longer than two characters is verified on its folded text (substringCheck.ts), so
 * recall and precision are both exact. Ranking: documents whose title or 发文字号 contains every word first, then
 * the score (BM25 over the body grams, with lunr's k1/b and idf, plus the fielded lunr score), ties newest first.
 *
 * Never throws on user input: anything it cannot use comes back as `message`.
 */
import type { SearchHit, SearchResponse } from '../../shared/api';
import { isEmptyQuery, parseQuery, type ParsedQuery } from '../../shared/search/parseQuery';
import { DEFAULT_SEARCH_LIMIT, withFilters, type SearchFilters } from '../../shared/search/searchFilters';
import { FieldScorer } from './fieldIndex';
import { termKeys } from './gramKeys';
import { lookupKey, postingStart } from './keyTable';
import type { LoadedShard, ShardDocument } from './shardFormat';
import { makeSnippets } from './snippets';
import { contains, substringCheck, type SubstringCheck } from './substringCheck';
import { CandidateList, selectTop } from './candidateList';
import { CanonicalTextCache } from './canonicalTextCache';

// lunr's defaults, so body and field scores are on the same scale.
const K1 = 1.2;
const B = 0.75;

export interface SearchOptions {
  /** Conditions besides those typed in the query; both must hold. */
  filters?: SearchFilters;
  limit?: number;
}

export interface SearchIndex {
  addShard(shard: LoadedShard): void;
  removeShard(issueId: string): void;
  search(query: string, options?: SearchOptions): SearchResponse;
}

interface Candidate {
  shard: LoadedShard;
  local: number;
  doc: ShardDocument;
  tier: number;
  score: number;
}

function hasFilters({ filters }: ParsedQuery): boolean {
  return (
    filters.docNumber.length + filters.title.length + filters.issuer.length > 0 ||
    filters.genres.length + filters.years.length > 0 ||
    filters.dateFrom !== null ||
    filters.dateTo !== null
  );
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

function containsAll(text: string, checks: readonly SubstringCheck[]): boolean {
  for (const check of checks) if (!contains(text, check)) return false;
  return true;
}

function containsAny(text: string, checks: readonly SubstringCheck[]): boolean {
  for (const check of checks) if (contains(text, check)) return true;
  return false;
}

/** Whether every word is in the title or the 文号 (`titleAndNumber` is both, joined by a line break). */
function inTitleOrNumber(titleAndNumber: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!titleAndNumber.includes(term)) return false;
  return true;
}

/** Ties of tier and score: newest first, then by id so that the order is total. */
const compareTies = (a: ShardDocument, b: ShardDocument): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

const compareCandidates = (a: Candidate, b: Candidate): number =>
  b.tier - a.tier || b.score - a.score || compareTies(a.doc, b.doc);

export function createSearchIndex(): SearchIndex {
  const shards = new Map<string, LoadedShard>();
  /** `shards` as an array (candidates refer to shards by position), rebuilt after each change. */
  let shardList: LoadedShard[] = [];
  let documentCount = 0;
  let totalLength = 0;
  // Scratch space reused by every query (searches run one at a time on this thread).
  const candidates = new CandidateList();
  /** Per query key, where its postings start and end in the shard at hand. */
  let postingsFrom = new Uint32Array(16);
  let postingsTo = new Uint32Array(16);
  let hits = new Uint32Array(64);
  let rowOf = new Int32Array(64);
  const canonicalTexts = new CanonicalTextCache();

  /**
   * Finds the candidates (documents with every key, verified, filtered) into `candidates`, with their term
   * frequencies, and returns each key's document frequency over the shards that have all keys.
   */
  function evaluate(query: ParsedQuery, keys: readonly number[]): Float64Array {
    const keyCount = keys.length;
    const documentFrequency = new Float64Array(keyCount);
    const filtered = hasFilters(query);
    const titleTier = query.terms.length > 0;
    // Words of one or two characters are exact by their keys; longer ones and excluded words are checked.
    const required = query.terms.filter((term) => term.length > 2).map(substringCheck);
    const excluded = query.excluded.map(substringCheck);
    const verified = required.length + excluded.length > 0;
    candidates.reset(keyCount);
    if (postingsFrom.length < keyCount) {
      postingsFrom = new Uint32Array(keyCount * 2);
      postingsTo = new Uint32Array(keyCount * 2);
    }
    // The order keys are looked up in: a key a shard lacks moves to the front, so that shards without the query's
    // rarer grams (most shards, for a 文号 of a dozen grams) are skipped after one look-up instead of several.
    const lookupOrder = keys.map((_, k) => k);

    for (let s = 0; s < shardList.length; s++) {
      const shard = shardList[s] as LoadedShard;
      const { documents, postingDocs, postingTfs } = shard;
      let present = true;
      for (let i = 0; i < keyCount && present; i++) {
        const k = lookupOrder[i] ?? 0;
        const key = keys[k] ?? 0;
        const slot = lookupKey(shard.keyDirectory, shard.keys, key);
        present = slot >= 0;
        if (present) {
          const from = postingStart(shard, key, slot);
          postingsFrom[k] = from;
          postingsTo[k] = from + (shard.frequencies[slot] ?? 0);
        }
        if (!present && i > 0) lookupOrder.unshift(...lookupOrder.splice(i, 1));
      }
      if (!present) continue;

      // A document is a candidate when it has every key: count, per document, the keys it has.
      const documentTotal = documents.length;
      if (hits.length < documentTotal) {
        hits = new Uint32Array(documentTotal * 2);
        rowOf = new Int32Array(documentTotal * 2);
      }
      hits.fill(0, 0, documentTotal);
      for (let k = 0; k < keyCount; k++) {
        const from = postingsFrom[k] ?? 0;
        const to = postingsTo[k] ?? 0;
        documentFrequency[k] = (documentFrequency[k] ?? 0) + to - from;
        for (let p = from; p < to; p++) {
          const local = postingDocs[p] ?? 0;
          hits[local] = (hits[local] ?? 0) + 1;
        }
      }
      const first = candidates.count;
      for (let local = 0; local < documentTotal; local++) {
        rowOf[local] = -1;
        if (hits[local] !== keyCount) continue;
        if (verified) {
          const text = shard.foldedTexts[local] ?? '';
          if (!containsAll(text, required) || containsAny(text, excluded)) continue;
        }
        if (filtered && !passesFilters(documents[local] as ShardDocument, query)) continue;
        const tier = titleTier && inTitleOrNumber(shard.titlesAndNumbers[local] ?? '', query.terms) ? 1 : 0;
        rowOf[local] = candidates.push(s, local, tier, shard.foldedLengths[local] ?? 0);
      }
      if (candidates.count === first) continue;
      // The candidates' term frequencies, for BM25 once the document frequencies of all shards are known.
      const { termFrequencies } = candidates;
      for (let k = 0; k < keyCount; k++) {
        const to = postingsTo[k] ?? 0;
        for (let p = postingsFrom[k] ?? 0; p < to; p++) {
          const row = rowOf[postingDocs[p] ?? 0] ?? -1;
          if (row >= 0) termFrequencies[row * keyCount + k] = postingTfs[p] ?? 0;
        }
      }
    }
    return documentFrequency;
  }

  /** BM25 over the body grams, with a global idf (lunr's k1, b and idf, so body and field scores add up). */
  function scoreCandidates(documentFrequency: Float64Array): void {
    const keyCount = documentFrequency.length;
    if (keyCount === 0) return;
    const idf = documentFrequency.map((df) => Math.log(1 + Math.abs((documentCount - df + 0.5) / (df + 0.5))));
    const averageLength = documentCount > 0 ? totalLength / documentCount : 1;
    const { termFrequencies, score, length } = candidates;
    for (let c = 0; c < candidates.count; c++) {
      const norm = 1 - B + (B * (length[c] ?? 0)) / averageLength;
      let sum = 0;
      for (let k = 0; k < keyCount; k++) {
        const tf = termFrequencies[c * keyCount + k] ?? 0;
        sum += ((idf[k] ?? 0) * tf * (K1 + 1)) / (tf + K1 * norm);
      }
      score[c] = sum;
    }
  }

  const candidateShard = (c: number): LoadedShard => shardList[candidates.shard[c] ?? 0] as LoadedShard;
  const candidateDocument = (c: number): ShardDocument =>
    candidateShard(c).documents[candidates.local[c] ?? 0] as ShardDocument;

  const compareListed = (a: number, b: number): number =>
    (candidates.tier[b] ?? 0) - (candidates.tier[a] ?? 0) ||
    (candidates.score[b] ?? 0) - (candidates.score[a] ?? 0) ||
    compareTies(candidateDocument(a), candidateDocument(b));

  const toCandidate = (c: number): Candidate => ({
    shard: candidateShard(c),
    local: candidates.local[c] ?? 0,
    doc: candidateDocument(c),
    tier: candidates.tier[c] ?? 0,
    score: candidates.score[c] ?? 0,
  });

  function toHit(candidate: Candidate, query: ParsedQuery): SearchHit {
    const { doc, shard, local } = candidate;
    const text = canonicalTexts.get(shard, local);
    return {
      docId: doc.id,
      issueId: shard.issueId,
      docNumber: doc.docNumber,
      title: doc.title,
      issuer: doc.issuer,
      signedOn: doc.signedOn,
      score: Math.round(candidate.score * 1000) / 1000,
      // A shard whose file went away since it was loaded (its issue is being removed) still lists the document.
      snippets: text === null ? [] : makeSnippets(text, shard.foldedTexts[local] ?? '', query),
    };
  }

  return {
    addShard(shard) {
      this.removeShard(shard.issueId);
      shards.set(shard.issueId, shard);
      shardList = [...shards.values()];
      documentCount += shard.documents.length;
      for (const doc of shard.documents) totalLength += doc.foldedLength;
    },
    removeShard(issueId) {
      const shard = shards.get(issueId);
      if (!shard) return;
      shards.delete(issueId);
      canonicalTexts.forget(shard);
      shardList = [...shards.values()];
      documentCount -= shard.documents.length;
      for (const doc of shard.documents) totalLength -= doc.foldedLength;
    },
    search(text, options = {}) {
      const limit = Math.max(1, options.limit ?? DEFAULT_SEARCH_LIMIT);
      const query = withFilters(parseQuery(typeof text === 'string' ? text : ''), options.filters ?? {});
      const notes = query.notes.join('');
      if (isEmptyQuery(query)) return { total: 0, hits: [], message: notes || '请输入要查找的内容。' };
      scoreCandidates(evaluate(query, query.terms.flatMap(termKeys)));
      const head = selectTop(candidates.count, limit * 2, compareListed).map(toCandidate);
      const top = rerankHead(head, query.terms).slice(0, limit);
      const response: SearchResponse = {
        total: candidates.count,
        hits: top.map((candidate) => toHit(candidate, query)),
      };
      if (candidates.count === 0) response.message = `${notes}没有找到符合条件的文件。`;
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
  const scorer = new FieldScorer(terms);
  for (const [shard, candidates] of byShard) {
    const scores = scorer.score(shard.fieldIndex);
    for (const candidate of candidates) candidate.score += scores.get(String(candidate.local)) ?? 0;
  }
  return head.sort(compareCandidates);
}
