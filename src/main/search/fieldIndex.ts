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
 * the serialised indexes was most of the library's load time. So a shard keeps lunr's serialised index as typed
 * arrays that are cheap to pick from (terms as sorted gram keys, each term's posting as varints, the field vectors
 * as one float array and a table from field and document to vector), and a query reads just the terms it asks for.
 * Our clauses are exact terms (no wildcard, no edit distance), which lunr expands only to themselves, so those
 * terms score exactly like the whole index.
 */
import lunr from 'lunr';
import { bigramKey, unigramKey } from './gramKeys';
import { findKey } from './postings';
import { ByteReader, ByteWriter } from './varint';

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
  documentCount: number;
  /** Per field and document (field × documentCount + document): the number of its field vector, or -1. */
  vectorOf: Int32Array;
  /** Where each field vector's elements end in `vectorElements`. */
  vectorEnds: Uint32Array;
  /**
   * lunr's vector elements of every field vector, one after another: term index, weight in thousandths (lunr
   * rounds weights to three decimals, so thousandths over 1000 are its weights exactly), term index…
   */
  vectorElements: Uint32Array;
  /** The index's terms as gram keys, ascending, and where each one's posting ends in `postings`. */
  termKeys: Uint32Array;
  postingEnds: Uint32Array;
  /**
   * lunr's posting of each term as varints: its `_index`, then per field the number of documents that have it and
   * those documents, ascending.
   */
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
  invertedIndex: [string, { _index: number } & Record<string, Record<string, unknown>>][];
}

/** `title/3` → field 0, document 3. */
function parseFieldRef(fieldRef: string, fields: readonly string[]): { field: number; document: number } {
  const slash = fieldRef.indexOf('/');
  return { field: fields.indexOf(fieldRef.slice(0, slash)), document: Number(fieldRef.slice(slash + 1)) };
}

export function storeFieldIndex(index: lunr.Index): StoredFieldIndex {
  const { fields, fieldVectors, invertedIndex } = index.toJSON() as SerialisedIndex;
  const refs = fieldVectors.map(([fieldRef]) => parseFieldRef(fieldRef, fields));
  const documentCount = refs.reduce((most, { document }) => Math.max(most, document + 1), 0);
  const vectorOf = new Int32Array(fields.length * documentCount).fill(-1);
  refs.forEach(({ field, document }, v) => (vectorOf[field * documentCount + document] = v));
  const vectorEnds = new Uint32Array(fieldVectors.length);
  const elements: number[] = [];
  fieldVectors.forEach(([, vector], v) => {
    for (let i = 0; i < vector.length; i += 2) elements.push(vector[i] ?? 0, Math.round((vector[i + 1] ?? 0) * 1000));
    vectorEnds[v] = elements.length;
  });
  const terms = invertedIndex
    .map(([term, posting]) => {
      const out = new ByteWriter(16);
      out.varint(posting._index);
      for (const field of fields) {
        const documents = Object.keys(posting[field] ?? {})
          .map(Number)
          .sort((a, b) => a - b);
        out.varint(documents.length);
        for (const document of documents) out.varint(document);
      }
      return { key: termKey(term), bytes: out.result() };
    })
    .sort((a, b) => a.key - b.key);
  const postingEnds = new Uint32Array(terms.length + 1);
  terms.forEach(({ bytes }, t) => (postingEnds[t + 1] = (postingEnds[t] ?? 0) + bytes.length));
  const postings = new Uint8Array(postingEnds[terms.length] ?? 0);
  terms.forEach(({ bytes }, t) => {
    postings.set(bytes, postingEnds[t]);
  });
  return {
    fields,
    documentCount,
    vectorOf,
    vectorEnds,
    vectorElements: Uint32Array.from(elements),
    termKeys: Uint32Array.from(terms, ({ key }) => key),
    postingEnds,
    postings,
  };
}

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

  /** lunr's score of each document (by its number in the issue) in one stored index. */
  score(stored: StoredFieldIndex): Map<number, number> {
    const scores = new Map<number, number>();
    const termIndexes = new Set<number>();
    /** Field and document pairs (field × documentCount + document), in the order lunr meets them. */
    const fieldRefs = new Set<number>();
    for (const key of this.gramKeys) {
      const t = findKey(stored.termKeys, key);
      if (t < 0) continue;
      const posting = new ByteReader(stored.postings, stored.postingEnds[t] ?? 0, stored.postingEnds[t + 1] ?? 0);
      termIndexes.add(posting.varint());
      for (let field = 0; field < stored.fields.length; field++) {
        for (let count = posting.varint(); count > 0; count--) {
          fieldRefs.add(field * stored.documentCount + posting.varint());
        }
      }
    }
    if (termIndexes.size === 0) return scores;
    const magnitude = Math.sqrt(termIndexes.size);
    for (const fieldRef of fieldRefs) {
      const v = stored.vectorOf[fieldRef] ?? -1;
      if (v < 0) continue;
      const elements = stored.vectorElements.subarray(stored.vectorEnds[v - 1] ?? 0, stored.vectorEnds[v]);
      let dot = 0;
      for (let i = 0; i < elements.length; i += 2) {
        if (termIndexes.has(elements[i] ?? -1)) dot += (elements[i + 1] ?? 0) / 1000;
      }
      const document = fieldRef % stored.documentCount;
      scores.set(document, (scores.get(document) ?? 0) + (dot / magnitude || 0));
    }
    return scores;
  }
}
