/**
 * The search index: the loaded shards (one per issue), the gram postings of their documents, and the query
 * evaluation over them.
 *
 * Documents have one number each in the index. The library's merged postings (postingsFile.ts) number the issues
 * they cover from 0; an issue they do not cover (imported since, or whose text changed) gets numbers after them and
 * postings of its own, computed from its shard. A removed issue's numbers are dead until the next merge, which
 * makes one set of postings of everything again (what the worker then saves).
 *
 * Contract — exact substrings of folded text: every required word must occur in the document, no excluded word
 * may, and the field conditions must hold. Candidates are the documents with the rarest few keys of each word
 * (complete: a document with the word has all its keys), and every candidate of a word longer than two characters
 * is verified on its folded text (substringCheck.ts), so recall and precision are both exact. Ranking: documents
 * whose title or 发文字号 contains every word first, then the score (BM25 of the words, each word's frequency
 * and document frequency those of its rarest keys, with lunr's k1/b and idf, plus the fielded lunr score), ties
 * newest first.
 *
 * Never throws on user input: anything it cannot use comes back as `message`.
 */
import type { SearchHit, SearchResponse } from '../../shared/api';
import { isEmptyQuery, parseQuery, type ParsedQuery } from '../../shared/search/parseQuery';
import { DEFAULT_SEARCH_LIMIT, withFilters, type SearchFilters } from '../../shared/search/searchFilters';
import { FieldScorer } from './fieldIndex';
import { blockEnd, blockStart, termKeys } from './gramKeys';
import type { CoveredIssue, MergedPostings } from './postingsFile';
import {
  buildPostings,
  findKey,
  mergePostings,
  postingFirstBlock,
  postingLastBlock,
  postingBytes,
  postingsFrom,
  postingsInMemory,
  postingTf,
  PostingCursor,
  type PostingsPart,
} from './postings';
import type { LoadedShard, ShardDocument } from './shardFormat';
import { makeSnippets } from './snippets';
import { contains, startsWithin, substringCheck, type SubstringCheck } from './substringCheck';
import { CandidateList, selectTop } from './candidateList';
import { CanonicalTextCache } from './canonicalTextCache';
import { grown } from './typedArrays';

// lunr's defaults, so body and field scores are on the same scale.
const K1 = 1.2;
const B = 0.75;
/**
 * Keys of one word that find its candidates, rarest first: a word's rarest keys already leave few documents that
 * verification does not settle at once, and each further key is a whole postings list to read (a 30-character
 * title has 29 bigrams, most of them in thousands of documents).
 */
const PROBES_PER_WORD = 3;

export interface SearchOptions {
  /** Conditions besides those typed in the query; both must hold. */
  filters?: SearchFilters;
  limit?: number;
}

export interface SearchIndex {
  /** Takes the library's merged postings for the issues they cover; before any shard is added. */
  useMergedPostings(merged: MergedPostings): void;
  /**
   * Reads the merged postings from `saved` from now on: the postings the last merge made, now saved and opened
   * from their file, so that they need not stay in memory. False (and nothing changes) when they are not the same.
   */
  readMergedPostingsFrom(saved: MergedPostings): boolean;
  addShard(shard: LoadedShard): void;
  removeShard(issueId: string): void;
  /** What a merge would tidy: issues with postings of their own, and numbers of removed documents. */
  unmerged(): { issues: number; removedDocuments: number; documents: number };
  /** Merges all postings into one set (renumbering the documents) and returns it, for saving. */
  merge(): MergedPostings;
  search(query: string, options?: SearchOptions): SearchResponse;
}

interface Candidate {
  shard: LoadedShard;
  local: number;
  doc: ShardDocument;
  tier: number;
  score: number;
}

/** An issue in the index: its shard, its first document number, and its postings unless the merged ones have it. */
interface Entry {
  shard: LoadedShard;
  base: number;
  own: PostingsPart | null;
}

/** A key of a query word: where its postings are in each part, and their total size (the rarity it is sorted by). */
interface Probe {
  word: number;
  /** Where the key starts in the word, the first and the last time. */
  first: number;
  last: number;
  size: number;
  /** Part number and key number, two numbers per part that has the key. */
  at: number[];
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

function containsAny(text: string, checks: readonly SubstringCheck[]): boolean {
  for (const check of checks) if (contains(text, check)) return true;
  return false;
}

/** Whether every word is in the title or the 文号 (`titleAndNumber` is both, joined by a line break). */
function inTitleOrNumber(titleAndNumber: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!titleAndNumber.includes(term)) return false;
  return true;
}

/**
 * The characters of a text as a 64-bit set in two numbers (a character's bit is a hash of it): a title's set must
 * hold every character of the query before its text is looked at, which spares that look for most of the
 * thousands of candidates of a frequent word.
 */
function characterSet(text: string, into: Uint32Array, at: number): void {
  let low = 0;
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const bit = Math.imul(text.charCodeAt(i), 0x9e3779b1) >>> 26;
    if (bit < 32) low |= 1 << bit;
    else high |= 1 << (bit - 32);
  }
  into[at] = low >>> 0;
  into[at + 1] = high >>> 0;
}

/** Ties of tier and score: newest first, then by id so that the order is total. */
const compareTies = (a: ShardDocument, b: ShardDocument): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

const compareCandidates = (a: Candidate, b: Candidate): number =>
  b.tier - a.tier || b.score - a.score || compareTies(a.doc, b.doc);

export function createSearchIndex(): SearchIndex {
  const entries = new Map<string, Entry>();
  /** The merged postings (first, at 0) and the issues' own, in document order. */
  let parts: PostingsPart[] = [];
  let mergedIssues = new Map<string, CoveredIssue & { base: number }>();
  /** The merged postings in use: their issues, and how to let go of their file. */
  let merged: MergedPostings | null = null;
  /** Document numbers handed out so far; per number, the document (dead ones are removed or never loaded). */
  let slots = 0;
  let alive = new Uint8Array(0);
  let lengths = new Uint32Array(0);
  let shardOf: (LoadedShard | undefined)[] = [];
  let localOf = new Uint32Array(0);
  /** Per document, the character set (characterSet) of its folded title and 文号, two numbers. */
  let titleCharacters = new Uint32Array(0);
  let documentCount = 0;
  let totalLength = 0;
  // Scratch space reused by every query (searches run one at a time on this thread).
  const candidates = new CandidateList();
  /** Per document, how many probes it has had so far. */
  let hits = new Uint16Array(0);
  /** Per word and document: its frequency, and the first and last position where it can start. */
  let wordTfs = new Uint8Array(0);
  let wordFrom = new Int32Array(0);
  let wordTo = new Int32Array(0);
  const canonicalTexts = new CanonicalTextCache();
  const cursor = new PostingCursor();

  function ensureSlots(count: number): void {
    if (count <= alive.length) return;
    const capacity = Math.max(count, alive.length * 2, 64);
    alive = grown(alive, capacity);
    lengths = grown(lengths, capacity);
    localOf = grown(localOf, capacity);
    titleCharacters = grown(titleCharacters, capacity * 2);
    hits = new Uint16Array(capacity);
  }

  function bind(entry: Entry): void {
    const { shard, base } = entry;
    ensureSlots(base + shard.documents.length);
    shard.documents.forEach((doc, local) => {
      alive[base + local] = 1;
      lengths[base + local] = doc.foldedLength;
      shardOf[base + local] = shard;
      localOf[base + local] = local;
      characterSet(shard.titlesAndNumbers[local] ?? '', titleCharacters, (base + local) * 2);
      totalLength += doc.foldedLength;
    });
    documentCount += shard.documents.length;
    entries.set(shard.issueId, entry);
  }

  /** Each word's probes (its rarest keys), all sorted rarest first; null when some word cannot occur anywhere. */
  function probesOf(words: readonly string[]): Probe[] | null {
    const probes: Probe[] = [];
    for (let word = 0; word < words.length; word++) {
      const found: Probe[] = [];
      for (const { key, first, last } of termKeys(words[word] ?? '')) {
        const probe: Probe = { word, first, last, size: 0, at: [] };
        parts.forEach(({ postings }, part) => {
          const k = findKey(postings.keys, key);
          if (k < 0) return;
          probe.at.push(part, k);
          probe.size += (postings.ends[k] ?? 0) - postingsFrom(postings, k);
        });
        if (probe.size === 0) return null;
        found.push(probe);
      }
      found.sort((a, b) => a.size - b.size);
      probes.push(...found.slice(0, PROBES_PER_WORD));
    }
    return probes.sort((a, b) => a.size - b.size);
  }

  /**
   * Marks in `hits` the documents that have every probe, with each word's frequency (the least of its probes') in
   * `wordTfs` and, for words that are verified, where in the text the word can start (where the blocks of all its
   * probes allow) in `wordFrom` and `wordTo`; a document where that is nowhere is dropped. Returns each word's
   * document frequency (the least of its probes'), or null when no document has them all.
   */
  function intersect(probes: readonly Probe[], words: readonly string[]): Float64Array | null {
    const documentFrequency = new Float64Array(words.length).fill(Infinity);
    if (wordTfs.length < words.length * slots) {
      wordTfs = new Uint8Array(words.length * slots * 2);
      wordFrom = new Int32Array(wordTfs.length);
      wordTo = new Int32Array(wordTfs.length);
    }
    hits.fill(0, 0, slots);
    const seenWords = new Set<number>();
    for (let i = 0; i < probes.length; i++) {
      const { word, at, first: startOffset, last: endOffset } = probes[i] as Probe;
      const firstOfWord = !seenWords.has(word);
      seenWords.add(word);
      const positioned = (words[word] ?? '').length > 2;
      const row = word * slots;
      let frequency = 0;
      let advanced = 0;
      for (let j = 0; j < at.length; j += 2) {
        const { postings, base } = parts[at[j] ?? 0] as PostingsPart;
        cursor.start(postings, at[j + 1] ?? 0);
        while (cursor.next()) {
          const document = base + cursor.document;
          if (alive[document] !== 1) continue;
          frequency++;
          if (hits[document] !== i) continue;
          const { packed } = cursor;
          const cell = row + document;
          const tf = postingTf(packed);
          if (firstOfWord || tf < (wordTfs[cell] ?? 0)) wordTfs[cell] = tf;
          if (positioned) {
            const length = lengths[document] ?? 0;
            const from = blockStart(postingFirstBlock(packed), length) - startOffset;
            const to = blockEnd(postingLastBlock(packed), length) - endOffset;
            if (firstOfWord || from > (wordFrom[cell] ?? 0)) wordFrom[cell] = from;
            if (firstOfWord || to < (wordTo[cell] ?? 0)) wordTo[cell] = to;
            if ((wordFrom[cell] ?? 0) > (wordTo[cell] ?? 0)) continue;
          }
          hits[document] = i + 1;
          advanced++;
        }
      }
      if (advanced === 0) return null;
      documentFrequency[word] = Math.min(documentFrequency[word] ?? Infinity, frequency);
    }
    return documentFrequency;
  }

  /** Finds, checks and scores the candidates into `candidates`. */
  function evaluate(query: ParsedQuery): void {
    candidates.reset();
    const words = query.terms;
    const probes = probesOf(words);
    if (probes === null) return;
    const documentFrequency = probes.length > 0 ? intersect(probes, words) : new Float64Array(0);
    if (documentFrequency === null) return;
    const idf = documentFrequency.map((df) => Math.log(1 + Math.abs((documentCount - df + 0.5) / (df + 0.5))));
    const averageLength = documentCount > 0 ? totalLength / documentCount : 1;
    const filtered = hasFilters(query);
    const titleTier = words.length > 0;
    // Words of one or two characters are exact by their keys; longer ones (where they can start) and excluded words
    // (anywhere) are checked on the text.
    const checks = words.map((term) => (term.length > 2 ? substringCheck(term) : null));
    const excluded = query.excluded.map(substringCheck);
    const checked = excluded.length > 0 || checks.some((check) => check !== null);
    const wordCharacters = new Uint32Array(2);
    characterSet(words.join(''), wordCharacters, 0);
    const [low = 0, high = 0] = wordCharacters;
    const wanted = probes.length;
    for (let document = 0; document < slots; document++) {
      if (wanted > 0 ? hits[document] !== wanted : alive[document] !== 1) continue;
      if (checked || filtered) {
        const shard = shardOf[document] as LoadedShard;
        const local = localOf[document] ?? 0;
        if (checked) {
          const text = shard.foldedTexts[local] ?? '';
          if (!containsWhereItCan(text, document, words, checks) || containsAny(text, excluded)) continue;
        }
        if (filtered && !passesFilters(shard.documents[local] as ShardDocument, query)) continue;
      }
      const mayBeInTitle =
        titleTier &&
        ((titleCharacters[document * 2] ?? 0) & low) >>> 0 === low &&
        ((titleCharacters[document * 2 + 1] ?? 0) & high) >>> 0 === high;
      const tier =
        mayBeInTitle &&
        inTitleOrNumber((shardOf[document] as LoadedShard).titlesAndNumbers[localOf[document] ?? 0] ?? '', words)
          ? 1
          : 0;
      const norm = 1 - B + (B * (lengths[document] ?? 0)) / averageLength;
      let score = 0;
      for (let word = 0; word < idf.length; word++) {
        const tf = wordTfs[word * slots + document] ?? 0;
        score += ((idf[word] ?? 0) * tf * (K1 + 1)) / (tf + K1 * norm);
      }
      candidates.push(document, tier, score);
    }
  }

  /** Whether the text has every checked word, each looked for only where its probes allow it to start. */
  function containsWhereItCan(
    text: string,
    document: number,
    words: readonly string[],
    checks: readonly (SubstringCheck | null)[],
  ): boolean {
    for (let word = 0; word < checks.length; word++) {
      const check = checks[word];
      if (!check) continue;
      const cell = word * slots + document;
      if (!startsWithin(text, words[word] ?? '', check, wordFrom[cell] ?? 0, wordTo[cell] ?? 0)) return false;
    }
    return true;
  }

  const documentOf = (c: number): number => candidates.document[c] ?? 0;
  const candidateDocument = (c: number): ShardDocument =>
    (shardOf[documentOf(c)] as LoadedShard).documents[localOf[documentOf(c)] ?? 0] as ShardDocument;

  const compareListed = (a: number, b: number): number =>
    (candidates.tier[b] ?? 0) - (candidates.tier[a] ?? 0) ||
    (candidates.score[b] ?? 0) - (candidates.score[a] ?? 0) ||
    compareTies(candidateDocument(a), candidateDocument(b));

  const toCandidate = (c: number): Candidate => ({
    shard: shardOf[documentOf(c)] as LoadedShard,
    local: localOf[documentOf(c)] ?? 0,
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
      snippets: makeSnippets(text, shard.foldedTexts[local] ?? '', query),
    };
  }

  return {
    useMergedPostings(next) {
      const { issues, postings } = next;
      if (entries.size > 0 || slots > 0) throw new Error('search index: merged postings come before any shard');
      merged = next;
      let base = 0;
      mergedIssues = new Map(
        issues.map((issue) => {
          const covered = { ...issue, base };
          base += issue.documents;
          return [issue.issueId, covered];
        }),
      );
      slots = postings.documentCount;
      ensureSlots(slots);
      parts = [{ postings, base: 0 }];
    },
    addShard(shard) {
      this.removeShard(shard.issueId);
      const covered = mergedIssues.get(shard.issueId);
      if (covered && covered.stamp === shard.stamp && covered.documents === shard.documents.length) {
        // Its numbers in the merged postings are dead while it is out, so nothing else can hold them.
        bind({ shard, base: covered.base, own: null });
        return;
      }
      const own: PostingsPart = {
        postings: buildPostings(shard.foldedTexts),
        base: slots,
      };
      slots += shard.documents.length;
      parts.push(own);
      bind({ shard, base: own.base, own });
    },
    removeShard(issueId) {
      const entry = entries.get(issueId);
      if (!entry) return;
      entries.delete(issueId);
      canonicalTexts.forget(entry.shard);
      const { shard, base, own } = entry;
      shard.documents.forEach((doc, local) => {
        alive[base + local] = 0;
        shardOf[base + local] = undefined;
        totalLength -= doc.foldedLength;
      });
      documentCount -= shard.documents.length;
      if (own) parts = parts.filter((part) => part !== own);
    },
    unmerged() {
      const issues = [...entries.values()].filter((entry) => entry.own !== null).length;
      return { issues, removedDocuments: slots - documentCount, documents: documentCount };
    },
    readMergedPostingsFrom(saved) {
      const current = parts[0];
      if (merged === null) return false;
      const same =
        current?.base === 0 &&
        current.postings.documentCount === saved.postings.documentCount &&
        current.postings.keys.length === saved.postings.keys.length &&
        JSON.stringify(merged.issues) === JSON.stringify(saved.issues);
      if (!same) return false;
      merged.close?.();
      merged = saved;
      parts[0] = { postings: saved.postings, base: 0 };
      return true;
    },
    merge() {
      // Read into memory before the file they may come from is let go of (the merge replaces it).
      parts = parts.map(({ postings, base }) => ({
        postings: postingsInMemory(postings.keys, postings.ends, postingBytes(postings), postings.documentCount),
        base,
      }));
      merged?.close?.();
      merged = null;
      const renumbered = new Int32Array(slots).fill(-1);
      let next = 0;
      for (let document = 0; document < slots; document++) if (alive[document] === 1) renumbered[document] = next++;
      const postings = mergePostings(parts, renumbered, next);
      const ordered = [...entries.values()].sort((a, b) => a.base - b.base);
      const issues = ordered.map(({ shard }) => ({
        issueId: shard.issueId,
        stamp: shard.stamp,
        documents: shard.documents.length,
      }));
      entries.clear();
      parts = [];
      slots = 0;
      alive = new Uint8Array(0);
      lengths = new Uint32Array(0);
      localOf = new Uint32Array(0);
      titleCharacters = new Uint32Array(0);
      shardOf = [];
      documentCount = 0;
      totalLength = 0;
      const result = { issues, postings };
      this.useMergedPostings(result);
      for (const { shard } of ordered) this.addShard(shard);
      return result;
    },
    search(text, options = {}) {
      const limit = Math.max(1, options.limit ?? DEFAULT_SEARCH_LIMIT);
      const query = withFilters(parseQuery(typeof text === 'string' ? text : ''), options.filters ?? {});
      const notes = query.notes.join('');
      if (isEmptyQuery(query)) return { total: 0, hits: [], message: notes || '请输入要查找的内容。' };
      evaluate(query);
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
    for (const candidate of candidates) candidate.score += scores.get(candidate.local) ?? 0;
  }
  return head.sort(compareCandidates);
}
