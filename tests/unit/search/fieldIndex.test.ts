import fc from 'fast-check';
import lunr from 'lunr';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIssueFile } from '../../../src/main/gazette/index';
import { buildShard } from '../../../src/main/search/buildShard';
import { FieldScorer } from '../../../src/main/search/fieldIndex';
import { readShard, serializeShard, type LoadedShard } from '../../../src/main/search/shardFormat';
import { fixturePath } from '../../helpers/fixtureFiles';

let whole: lunr.Index;
let stored: LoadedShard['fieldIndex'];
let fieldTexts: string[];
beforeAll(async () => {
  const shard = buildShard('fixture', await parseIssueFile(fixturePath));
  // The reference: the complete index as lunr saves and loads it.
  whole = lunr.Index.load(JSON.parse(JSON.stringify(shard.fieldIndex)) as object);
  stored = readShard(serializeShard(shard)).fieldIndex;
  fieldTexts = shard.documents.flatMap((doc) => Object.values(doc.folded));
});

/** lunr's own answer for the same clauses as FieldScorer (no clauses: no scores, not lunr's match-all). */
function wholeScores(terms: string[]): Map<number, number> {
  const grams = new Set<string>();
  for (const term of terms) {
    if (term.length === 1) grams.add(term);
    for (let i = 0; i + 1 < term.length; i++) grams.add(term.slice(i, i + 2));
  }
  const usable = [...grams].filter((gram) => !gram.includes('*'));
  if (usable.length === 0) return new Map();
  const results = whole.query((query) => {
    for (const gram of usable) query.term(gram, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
  });
  return new Map(results.map((result) => [Number(result.ref), result.score]));
}

describe('stored field index', () => {
  it('scores every field substring exactly like the complete lunr index (property)', () => {
    const term = fc
      .tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 }))
      .map(([text, start, length]) => {
        const field = fieldTexts[text % fieldTexts.length] ?? '';
        const from = field.length === 0 ? 0 : start % field.length;
        return field.slice(from, from + length);
      })
      .filter((value) => value.length > 0);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(term, fc.string({ minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }),
        (terms) => {
          expect(new FieldScorer(terms).score(stored)).toEqual(wholeScores(terms));
        },
      ),
    );
  });

  it('finds title matches and nothing for terms no field has', () => {
    const title = fieldTexts[0] ?? '';
    expect(title.length).toBeGreaterThan(2);
    expect(new FieldScorer([title.slice(0, 2)]).score(stored).size).toBeGreaterThan(0);
    expect(new FieldScorer(['\u{20000}', '*']).score(stored)).toEqual(new Map());
  });
});
