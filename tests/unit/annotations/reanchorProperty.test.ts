/**
 * Never anchored on the wrong text: random edits (insertions, deletions, re-wrapping, punctuation changes) to
 * real gazette text, and every annotation either lands on text equal to its quote, or is 需确认 or orphan.
 * And it is not safe by giving up: when no edit came near the quote or its context, it is found where it moved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHOR_CONTEXT_CHARS } from '../../../src/shared/annotations/annotation';
import { anchorFor, reanchor } from '../../../src/shared/annotations/anchor';
import { parseIssueFile } from '../../../src/main/gazette/index';
import { documentText } from '../../../src/shared/model';
import { fixturePath } from '../../helpers/fixtureFiles';

const parsed = await parseIssueFile(fixturePath);
const texts = parsed.documents.map(documentText).filter((text) => text.length > 400);

type Edit = { near: boolean } & (
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'rewrap'; at: number }
  | { kind: 'punctuation'; at: number }
);

const insertions = fc.constantFrom('\n', '的', '，', '。', '人民政府', '特此通知。', '（一）', ' ', '2022年', '各区县');
/** Half the edits land in or around the quote (`near`), the others anywhere in the document. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ near: fc.boolean(), kind: fc.constant('insert' as const), at: fc.nat(), text: insertions }),
  fc.record({
    near: fc.boolean(),
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({ near: fc.boolean(), kind: fc.constant('rewrap' as const), at: fc.nat() }),
  fc.record({ near: fc.boolean(), kind: fc.constant('punctuation' as const), at: fc.nat() }),
);

const punctuationSwaps: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '、': ',', ',': '，' };

/** Applies one edit; returns the new text and the changed span [from, to) in the old text, plus the length delta. */
function apply(
  text: string,
  e: Edit,
  quote: { start: number; length: number },
): { text: string; from: number; to: number; delta: number } {
  const span = quote.length + 2 * ANCHOR_CONTEXT_CHARS;
  const at = e.near
    ? Math.min(text.length, Math.max(0, quote.start - ANCHOR_CONTEXT_CHARS + (e.at % span)))
    : e.at % (text.length + 1);
  switch (e.kind) {
    case 'insert':
      return { text: text.slice(0, at) + e.text + text.slice(at), from: at, to: at, delta: e.text.length };
    case 'delete': {
      const to = Math.min(text.length, at + e.length);
      return { text: text.slice(0, at) + text.slice(to), from: at, to, delta: at - to };
    }
    case 'rewrap': {
      // Re-wrapping joins a line with the next one, or breaks a line where there was none.
      const newline = text.indexOf('\n', at);
      if (newline !== -1 && newline - at < 80) {
        return { text: text.slice(0, newline) + text.slice(newline + 1), from: newline, to: newline + 1, delta: -1 };
      }
      return { text: `${text.slice(0, at)}\n${text.slice(at)}`, from: at, to: at, delta: 1 };
    }
    case 'punctuation': {
      for (let i = at; i < Math.min(text.length, at + 60); i++) {
        const swap = punctuationSwaps[text.charAt(i)];
        if (swap) return { text: text.slice(0, i) + swap + text.slice(i + 1), from: i, to: i + 1, delta: 0 };
      }
      return { text, from: at, to: at, delta: 0 };
    }
  }
}

const scenario = fc.record({
  doc: fc.nat(),
  start: fc.nat(),
  length: fc.integer({ min: 1, max: 60 }),
  edits: fc.array(edit, { minLength: 1, maxLength: 8 }),
});

describe('re-anchoring after random edits', () => {
  it('lands on text equal to the quote or says 需确认/orphan, and finds quotes the edits did not touch', () => {
    const tally = { anchored: 0, doubtful: 0, orphan: 0 };
    fc.assert(
      fc.property(scenario, ({ doc, start: rawStart, length, edits }) => {
        const original = texts[doc % texts.length] ?? '';
        const start = rawStart % (original.length - length);
        const anchor = anchorFor(original, { start, end: start + length });

        // Track where the quote went and whether any edit came within its context.
        let text = original;
        let quoteStart = start;
        let touched = false;
        for (const e of edits) {
          const result = apply(text, e, { start: quoteStart, length });
          const near =
            result.to >= quoteStart - ANCHOR_CONTEXT_CHARS && result.from <= quoteStart + length + ANCHOR_CONTEXT_CHARS;
          if (near) touched = true;
          else if (result.to <= quoteStart) quoteStart += result.delta;
          text = result.text;
        }

        const { anchor: placed, status } = reanchor(text, anchor);
        tally[status]++;
        expect(placed.exact).toBe(anchor.exact);
        if (status === 'anchored') expect(text.slice(placed.start, placed.end)).toBe(anchor.exact);
        if (status !== 'orphan') {
          expect(placed.start).toBeGreaterThanOrEqual(0);
          expect(placed.end).toBeLessThanOrEqual(text.length);
          expect(placed.end).toBeGreaterThan(placed.start);
        }
        if (!touched) {
          expect(status).toBe('anchored');
          // The same quote with the same context elsewhere would be an equally right answer; the sample has none
          // of 1+ characters with 32 characters of identical context on both sides except true duplicates.
          const window = (s: number): string =>
            text.slice(Math.max(0, s - ANCHOR_CONTEXT_CHARS), s + length + ANCHOR_CONTEXT_CHARS);
          expect(window(placed.start)).toBe(window(quoteStart));
        }
      }),
      { numRuns: 1000 },
    );
    console.info(`re-anchoring after random edits: ${JSON.stringify(tally)}`);
  });
});
