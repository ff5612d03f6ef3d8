/**
 * The fielded lunr index of one issue: title, 发文字号, issuer and headings, each document's short fields, scored
 * with lunr's BM25 and field boosts. Built with `new lunr.Builder()` and our gram tokenizer over folded text (lunr's
 * default tokenizer splits on spaces only and its trimmer/stemmer/stop-word filter delete or mangle Chinese), with
 * empty pipelines, and queried only through `index.query()` with terms we made — never `index.search(userText)`,
 * whose query parser throws on `: ~ ^ + -`.
 *
 * The body is not in lunr: its per-posting objects and per-document term vectors are what made a plain lunr index
 * of 500 issues need 5 GB to build and 1.3 GB loaded. The body lives in the compact gram postings (shardFormat.ts).
 *
 * Stored form: `lunr.Index.load` builds a token set (a minimised automaton) of every term and a vector object per
 * field; at 500 issues that was 2 ms per issue, paid by every query whose top hits span 30–40 issues, and parsing
 * the serialised indexes was most of the library's load time. So a shard keeps lunr's serialised index in pieces
 * that are cheap to pick from (terms as sorted gram keys, each posting as its own JSON, the field vectors as one
 * float array), and a query assembles a `lunr.Index` of just the terms it asks for. Our clauses are exact terms (no
 * wildcard, no edit distance), which lunr expands only to themselves, so that index scores exactly like the whole.
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

/** `lunr.TokenSet.fromArray` is static at runtime; lunr's typings declare it on instances. */
const tokenSetOf = (sortedTerms: string[]): lunr.TokenSet =>
  (lunr.TokenSet as unknown as { fromArray(terms: string[]): lunr.TokenSet }).fromArray(sortedTerms);

/**
 * Scores query terms against any number of stored field indexes (one per issue in the head of a ranking). What
 * depends on the terms alone is made once per query: the grams and, per set of grams an issue has, the token set.
 */
export class FieldScorer {
  /** The grams of the query terms; `*` would be a wildcard inside lunr's token sets, so grams with it are left out. */
  private readonly grams: string[];
  private readonly gramKeys: number[];
  private readonly tokenSets = new Map<string, lunr.TokenSet>();

  constructor(terms: readonly string[]) {
    const grams = new Set<string>();
    for (const term of terms) {
      if (term.length === 1) grams.add(term);
      for (let i = 0; i + 1 < term.length; i++) grams.add(term.slice(i, i + 2));
    }
    // In the terms' order: lunr adds up a document's field scores in the order its clauses matched.
    this.grams = [...grams].filter((gram) => !gram.includes('*'));
    this.gramKeys = this.grams.map(termKey);
  }

  /** lunr's score of each document (by ref) in one stored index. */
  score(stored: StoredFieldIndex): Map<string, number> {
    const scores = new Map<string, number>();
    const index = this.partialIndex(stored);
    if (!index) return scores;
    const results = index.query((query) => {
      for (const gram of this.grams) query.term(gram, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
    });
    for (const result of results) scores.set(result.ref, result.score);
    return scores;
  }

  /** A `lunr.Index` holding the query's terms' postings and the field vectors of the documents they occur in. */
  private partialIndex(stored: StoredFieldIndex): lunr.Index | null {
    const invertedIndex: Record<string, Record<string, object>> = Object.create(null) as Record<string, never>;
    const present: string[] = [];
    const fieldRefs = new Set<string>();
    this.grams.forEach((gram, g) => {
      const t = findKey(stored.termKeys, this.gramKeys[g] ?? 0);
      if (t < 0) return;
      const json = stored.postings.subarray(stored.postingEnds[t], stored.postingEnds[t + 1]);
      const posting = JSON.parse(decoder.decode(json)) as Record<string, object>;
      invertedIndex[gram] = posting;
      present.push(gram);
      for (const field of stored.fields) {
        for (const ref of Object.keys(posting[field] ?? {})) fieldRefs.add(`${field}/${ref}`);
      }
    });
    if (present.length === 0) return null;
    const fieldVectors: Record<string, lunr.Vector> = {};
    stored.vectorRefs.forEach((ref, v) => {
      if (!fieldRefs.has(ref)) return;
      const elements = stored.vectorElements.subarray(stored.vectorEnds[v - 1] ?? 0, stored.vectorEnds[v]);
      // A view, not a copy: a query only reads document vectors (by index and length), as arrays or typed arrays.
      fieldVectors[ref] = new lunr.Vector(elements as unknown as number[]);
    });
    const sorted = present.sort();
    const key = sorted.join('\u0000');
    let tokenSet = this.tokenSets.get(key);
    if (!tokenSet) this.tokenSets.set(key, (tokenSet = tokenSetOf(sorted)));
    // lunr's typings call the field vectors `documentVectors`; the runtime reads `fieldVectors`.
    const attributes = { invertedIndex, fieldVectors, tokenSet, fields: stored.fields, pipeline: new lunr.Pipeline() };
    return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
  }
}
