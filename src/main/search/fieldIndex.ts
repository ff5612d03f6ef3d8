/**
 * The fielded lunr index of one issue: title, 发文字号, issuer and headings, each document's short fields, scored
 * with lunr's BM25 and field boosts. Built with `new lunr.Builder()` and our gram tokenizer over folded text (lunr's
 * default tokenizer splits on spaces only and its trimmer/stemmer/stop-word filter delete or mangle Chinese), with
 * empty pipelines, and queried only through `index.query()` with terms we made — never `index.search(userText)`,
 * whose query parser throws on `: ~ ^ + -`.
 *
 * The body is not in lunr: its per-posting objects and per-document term vectors are what made a plain lunr index
 * of 500 issues need 5 GB to build and 1.3 GB loaded. The body lives in the compact gram postings (shardFormat.ts).
 */
import lunr from 'lunr';

export interface FieldTexts {
  ref: string;
  title: string;
  docNumber: string;
  issuer: string;
  headings: string;
}

export const fieldBoosts = { title: 10, docNumber: 10, issuer: 3, headings: 2 } as const;

/** Unigrams and bigrams of an already folded field, each with its `position` ([start, length]) for highlighting. */
function gramTokenizer(value?: unknown, metadata?: object): lunr.Token[] {
  const text = typeof value === 'string' ? value : '';
  const tokens: lunr.Token[] = [];
  for (let i = 0; i < text.length; i++) {
    tokens.push(new lunr.Token(text.charAt(i), { ...metadata, position: [i, 1] }));
    if (i + 1 < text.length) tokens.push(new lunr.Token(text.slice(i, i + 2), { ...metadata, position: [i, 2] }));
  }
  return tokens;
}

export function buildFieldIndex(documents: readonly FieldTexts[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.tokenizer = gramTokenizer as typeof lunr.tokenizer;
  builder.metadataWhitelist = ['position'];
  builder.ref('ref');
  for (const [field, boost] of Object.entries(fieldBoosts)) builder.field(field, { boost });
  for (const document of documents) builder.add(document);
  return builder.build();
}

/** Grams of the query terms as lunr clauses; `*` would be a wildcard inside lunr's token sets, so it is left out. */
export function queryFieldIndex(index: lunr.Index, terms: readonly string[]): Map<string, number> {
  const grams = new Set<string>();
  for (const term of terms) {
    if (term.length === 1) grams.add(term);
    for (let i = 0; i + 1 < term.length; i++) grams.add(term.slice(i, i + 2));
  }
  const scores = new Map<string, number>();
  const usable = [...grams].filter((gram) => !gram.includes('*'));
  if (usable.length === 0) return scores;
  const results = index.query((query) => {
    for (const gram of usable) {
      query.term(gram, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
    }
  });
  for (const result of results) scores.set(result.ref, result.score);
  return scores;
}
