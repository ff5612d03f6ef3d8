/**
 * The fielded lunr index of one issue: title, 发文字号, issuer and headings, each document's short fields, scored
 * with lunr's BM25 and field boosts. Built with `new lunr.Builder()` and our gram tokenizer over folded text (lunr's
 * default tokenizer splits on spaces only and its trimmer/stemmer/stop-word filter delete or mangle Chinese), with
 * empty pipelines. Scored with lunr's arithmetic over the query's own grams (FieldScorer), never through
 * `index.search(userText)`, whose query parser throws on `: ~ ^ + -`.
 *
 * The body is not in lunr: its per-posting objects and per-document term vectors are what made a plain lunr index
 * of 500 issues need 5 GB to build and 1.3 GB loaded. The body lives in the compact gram postings (shardFormat.ts).
 *
 * Stored form: `lunr.Index.load` builds a token set (a minimised automaton) of every term and a vector object per
 * field; at 500 issues that was 2 ms per issue, paid by every query whose top hits span 30–40 issues, and parsing
 * the serialised indexes was most of the library's load time. So a shard keeps lunr's serialised index in pieces
 * that are cheap to pick from (terms as sorted gram keys, each posting as its own JSON, the field vectors as one
 * float array), and a query reads just the terms it asks for. Our clauses are exact terms (no wildcard, no edit
 * distance), which lunr expands only to themselves, so those terms score exactly like the whole index.
 */
import lunr from 'lunr';
import { bigramKey, unigramKey } from './gramKeys';

export interface FieldTexts {
  ref: string;
  title: string;
  docNumber: string;
  issuer: string;
  headings: string;
}

export const fieldBoosts = { title: 10, docNumber: 10, issuer: 3, headings: 2 } as const;

/** A lunr index in the pieces a shard stores (see above); every part is a view on the shard's bytes. */
export interface StoredFieldIndex {
  fields: string[];
  /** Field refs (`title/0`) of the field vectors, and where each one's elements end in `vectorElements`. */
  vectorRefs: string[];
  vectorEnds: number[];
  /** lunr's vector elements (term index, weight, term index, weight…) of every field vector, one after another. */
  vectorElements: Float64Array;
  /** The index's terms as gram keys, ascending, and where each one's posting ends in `postings`. */
  termKeys: Uint32Array;
  postingEnds: Uint32Array;
  /** lunr's posting of each term (`_index` and the documents per field), UTF-8 JSON. */
  postings: Uint8Array;
}

/**
 * Unigrams and bigrams of an already folded field. Without positions: they do not change a score, highlights come
 * from the shared match rule, and they were most of a shard's field postings.
 */
function gramTokenizer(value?: unknown, metadata?: object): lunr.Token[] {
  const text = typeof value === 'string' ? value : '';
  const tokens: lunr.Token[] = [];
  for (let i = 0; i < text.length; i++) {
    tokens.push(new lunr.Token(text.charAt(i), { ...metadata }));
    if (i + 1 < text.length) tokens.push(new lunr.Token(text.slice(i, i + 2), { ...metadata }));
  }
  return tokens;
}

export function buildFieldIndex(documents: readonly FieldTexts[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.tokenizer = gramTokenizer as typeof lunr.tokenizer;
  builder.ref('ref');
  for (const [field, boost] of Object.entries(fieldBoosts)) builder.field(field, { boost });
  for (const document of documents) builder.add(document);
  return builder.build();
}

/** A field term (one or two UTF-16 units of folded text, as the tokenizer makes them) as a gram key. */
const termKey = (term: string): number =>
  term.length === 1 ? unigramKey(term.charCodeAt(0)) : bigramKey(term.charCodeAt(0), term.charCodeAt(1));

interface SerialisedIndex {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, object][];
}

export function storeFieldIndex(index: lunr.Index): StoredFieldIndex {
  const serialised = index.toJSON() as SerialisedIndex;
  const vectorEnds: number[] = [];
  const elements: number[] = [];
  for (const [, vector] of serialised.fieldVectors) vectorEnds.push(elements.push(...vector));
  const terms = serialised.invertedIndex
    .map(([term, posting]) => ({ key: termKey(term), json: Buffer.from(JSON.stringify(posting), 'utf8') }))
    .sort((a, b) => a.key - b.key);
  const postingEnds = new Uint32Array(terms.length + 1);
  terms.forEach(({ json }, t) => (postingEnds[t + 1] = (postingEnds[t] ?? 0) + json.length));
  return {
    fields: serialised.fields,
    vectorRefs: serialised.fieldVectors.map(([ref]) => ref),
    vectorEnds,
    vectorElements: Float64Array.from(elements),
    termKeys: Uint32Array.from(terms, ({ key }) => key),
    postingEnds,
    postings: Buffer.concat(terms.map(({ json }) => json)),
  };
}

/** Position of `key` in the ascending `keys`, or -1. */
function findKey(keys: Uint32Array, key: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = keys[middle] ?? 0;
    if (at === key) return middle;
    if (at < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

const decoder = new TextDecoder();

/** lunr's posting of a term: its index in the vectors, and per field the refs of the documents that have it. */
type Posting = { _index: number } & Record<string, Record<string, unknown> | undefined>;

/**
 * Scores query terms against any number of stored field indexes (one per issue in the head of a ranking), with
 * lunr's arithmetic but without building a `lunr.Index` per issue (its token sets and match data were most of a
 * query's ranking time). Our clauses are exact terms, one per gram, each of boost 1, in every field, so lunr's
 * score of a document is, summed over its matching fields in the order lunr first meets them, the sum of the
 * field vector's weights of the query's terms (in term-index order, as lunr's dot product adds them) over the
 * magnitude of the query vector, √(terms present). The property test holds this to lunr's own result, bit for bit.
 */
export class FieldScorer {
  /** The grams of the query terms; `*` would be a wildcard inside lunr's token sets, so grams with it are left out. */
  private readonly gramKeys: number[];

  constructor(terms: readonly string[]) {
    const grams = new Set<string>();
    for (const term of terms) {
      if (term.length === 1) grams.add(term);
      for (let i = 0; i + 1 < term.length; i++) grams.add(term.slice(i, i + 2));
    }
    // In the terms' order: lunr adds up a document's field scores in the order its clauses matched.
    this.gramKeys = [...grams].filter((gram) => !gram.includes('*')).map(termKey);
  }

  /** lunr's score of each document (by ref) in one stored index. */
  score(stored: StoredFieldIndex): Map<string, number> {
    const scores = new Map<string, number>();
    const present: Posting[] = [];
    for (const key of this.gramKeys) {
      const t = findKey(stored.termKeys, key);
      if (t < 0) continue;
      const json = stored.postings.subarray(stored.postingEnds[t], stored.postingEnds[t + 1]);
      present.push(JSON.parse(decoder.decode(json)) as Posting);
    }
    if (present.length === 0) return scores;
    const termIndexes = new Set(present.map((posting) => posting._index));
    const magnitude = Math.sqrt(present.length);
    const fieldRefs = new Set<string>();
    for (const posting of present) {
      for (const field of stored.fields) {
        for (const ref of Object.keys(posting[field] ?? {})) fieldRefs.add(`${field}/${ref}`);
      }
    }
    for (const fieldRef of fieldRefs) {
      const v = stored.vectorRefs.indexOf(fieldRef);
      const elements = stored.vectorElements.subarray(stored.vectorEnds[v - 1] ?? 0, stored.vectorEnds[v]);
      let dot = 0;
      for (let i = 0; i < elements.length; i += 2) {
        if (termIndexes.has(elements[i] ?? -1)) dot += elements[i + 1] ?? 0;
      }
      const ref = fieldRef.slice(fieldRef.indexOf('/') + 1);
      scores.set(ref, (scores.get(ref) ?? 0) + (dot / magnitude || 0));
    }
    return scores;
  }
}
