/** Rows read back from the store: the quick check for sound rows agrees with the schema, and refuses what it refuses. */
import fc from 'fast-check';
import type { SQLOutputValue } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rowSchema, toAnnotation } from '../../../src/main/annotations/annotationRows';
import { noteSchema } from '../../../src/shared/annotations/annotation';

const sound: Record<string, SQLOutputValue> = {
  id: 'a1',
  doc_id: 'doc1',
  doc_key: '济政发〔2022〕1号|济南市人民政府',
  anchor_start: 3,
  anchor_end: 9,
  exact: '土壤污染防治',
  prefix: '关于',
  suffix: '的通知',
  text_hash: 'abc',
  status: 'doubtful',
  color: 'red',
  style: 'underline',
  note: JSON.stringify({ version: 1, editorState: '{"root":{}}', text: '要上报', extra: 1 }),
  note_text: '要上报',
  tags: '["重点","督办"]',
  created_at: '2026-05-01T00:00:00.000Z',
  updated_at: '2026-05-02T00:00:00.000Z',
  deleted_at: null,
};

describe('toAnnotation', () => {
  it('builds the annotation from a sound row, keeping only the note fields the schema knows', () => {
    expect(toAnnotation(sound)).toEqual({
      id: 'a1',
      docId: 'doc1',
      docKey: '济政发〔2022〕1号|济南市人民政府',
      anchor: { start: 3, end: 9, exact: '土壤污染防治', prefix: '关于', suffix: '的通知' },
      textHash: 'abc',
      status: 'doubtful',
      color: 'red',
      style: 'underline',
      note: { version: 1, editorState: '{"root":{}}', text: '要上报' },
      tags: ['重点', '督办'],
      createdAt: '2026-05-01T00:00:00.000Z',
      updatedAt: '2026-05-02T00:00:00.000Z',
      deletedAt: null,
    });
  });

  const damaged: Record<string, SQLOutputValue> = {
    id: null,
    doc_id: 7,
    doc_key: null,
    anchor_start: 1.5,
    anchor_end: '9',
    exact: 3,
    prefix: 3,
    suffix: 3,
    text_hash: null,
    status: 'removed',
    color: 'orange',
    style: 'bold',
    note: 5,
    tags: null,
    created_at: null,
    updated_at: 1,
    deleted_at: 2,
  };
  for (const [column, value] of Object.entries(damaged)) {
    it(`refuses a row whose ${column} is ${JSON.stringify(value)}, with the schema's error`, () => {
      expect(() => toAnnotation({ ...sound, [column]: value })).toThrow(z.ZodError);
    });
  }

  const notes = ['{"version":2,"editorState":"","text":""}', '{"version":1,"text":""}', '[]', 'null', '"x"'];
  for (const note of notes) {
    it(`refuses the note ${note}`, () => {
      expect(() => toAnnotation({ ...sound, note })).toThrow(z.ZodError);
    });
  }
  it('refuses a note over the size limit and tags that are not strings', () => {
    const long = 'x'.repeat(200_001);
    expect(() => toAnnotation({ ...sound, note: JSON.stringify({ version: 1, editorState: long, text: '' }) })).toThrow(
      z.ZodError,
    );
    expect(() => toAnnotation({ ...sound, tags: '["a",1]' })).toThrow(z.ZodError);
    expect(() => toAnnotation({ ...sound, tags: '{}' })).toThrow(z.ZodError);
  });

  it('accepts and refuses exactly what the schema does, for any mix of column values', () => {
    const anyValue = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.constant(-(2 ** 53)),
      fc.double({ noNaN: true }),
      fc.string(),
      fc.constantFrom(
        '{"version":1,"editorState":"{}","text":""}',
        '{"version":1,"editorState":1,"text":""}',
        'anchored',
        'orphan',
        'removed',
        'yellow',
        'purple',
        'highlight',
        'underline',
        '[]',
        '["a"]',
      ),
    );
    const columns = Object.keys(sound);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...columns), anyValue), (changes) => {
        const row = { ...sound, ...changes } as Record<string, SQLOutputValue>;
        const parses = (json: SQLOutputValue | undefined, schema: z.ZodType): boolean => {
          try {
            return schema.safeParse(JSON.parse(String(json))).success;
          } catch {
            return false;
          }
        };
        const accepted =
          rowSchema.safeParse(row).success &&
          parses(row.tags, z.array(z.string())) &&
          (row.note === null || parses(row.note, noteSchema));
        let built = true;
        try {
          toAnnotation(row);
        } catch {
          built = false;
        }
        expect(built).toBe(accepted);
      }),
      { numRuns: 500 },
    );
  });
});
