/**
 * What every export format is built from: highlights in reading order with the printed page each starts on, and
 * (for the JSON export) their offsets counted in code points, as the W3C model asks, over text beyond the BMP.
 */
import { describe, expect, it } from 'vitest';
import { exportSet } from '../../../../src/main/annotations/export/exportSet';
import type { OpenedDocument } from '../../../../src/shared/api';
import type { Annotation } from '../../../../src/shared/annotations/annotation';
import type { AnnotationEntry } from '../../../../src/shared/annotations/annotationListing';
import { documentText } from '../../../../src/shared/model';
import { plainHighlight, soilNotice } from './exportSample';

const block = (text: string, start: number, page: number) => ({
  kind: 'paragraph' as const,
  text,
  start,
  end: start + text.length,
  page,
});

const opened: OpenedDocument = {
  issue: {
    id: 'i1',
    fileName: 'issue.pdf',
    gazette: '济南市人民政府公报',
    year: 2022,
    number: '12/13',
    pages: [
      { index: 1, printed: '43' },
      { index: 2, printed: '44' },
      { index: 3, printed: null },
    ],
  },
  document: {
    id: 'd1',
    issuers: [],
    title: soilNotice.title,
    docNumber: soilNotice.docNumber,
    addressee: null,
    signedOn: null,
    printedOn: null,
    genre: null,
    attachments: [],
    toc: [],
    references: [],
    // 𠀀 and 𠀁 are beyond the BMP: two UTF-16 units, one code point each.
    blocks: [block('𠀀一二三', 0, 1), block('四五𠀁六七', 6, 2), block('八九', 13, 3)],
  },
};
const text = documentText(opened.document);

function highlight(id: string, exact: string, status: Annotation['status'] = 'anchored'): AnnotationEntry {
  const start = text.indexOf(exact);
  const anchor = { start, end: start + exact.length, exact, prefix: '', suffix: '' };
  return { annotation: { ...plainHighlight, id, docId: 'd1', docKey: 'k1', anchor, status }, document: soilNotice };
}

/** The W3C offset of a UTF-16 offset: the code points before it. */
const codePoints = (offset: number): number => Array.from(text.slice(0, offset)).length;

// Made in an order that is not the reading order.
const entries = [
  highlight('a', '五𠀁六'),
  highlight('b', '一二'),
  highlight('c', '九'),
  highlight('d', '七', 'orphan'),
];
const getDocument = (docId: string) => Promise.resolve(docId === 'd1' ? opened : null);

describe('the export set', () => {
  it('lists highlights in reading order with the printed page each starts on', async () => {
    const set = await exportSet(entries, {}, getDocument, new Date(), false);
    expect(set.count).toBe(4);
    const [document] = set.documents;
    expect(document?.highlights.map((h) => [h.annotation.id, h.page])).toEqual([
      ['b', '43'],
      ['a', '44'],
      ['d', '44'],
      // The third page has no printed number: its place in the file stands in.
      ['c', '3'],
    ]);
    expect(document?.highlights.every((h) => h.codePoints === null)).toBe(true);
  });

  it('counts offsets in code points for the JSON export, and gives none to an orphan', async () => {
    const set = await exportSet(entries, {}, getDocument, new Date(), true);
    const found = Object.fromEntries(set.documents[0]?.highlights.map((h) => [h.annotation.id, h.codePoints]) ?? []);
    const expected = (exact: string) => {
      const start = text.indexOf(exact);
      return { start: codePoints(start), end: codePoints(start + exact.length) };
    };
    expect(found).toEqual({ a: expected('五𠀁六'), b: expected('一二'), c: expected('九'), d: null });
    expect(found.a).toEqual({ start: 6, end: 9 });
  });
});
