/**
 * 我的批注 as it opens reads only its first documents' annotations (annotationsAcrossLibrary.ts): on a freshly
 * opened store it must list exactly what the whole list gives, whatever the limit, 回收站 or store.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/shared/annotations/annotation';
import { ANNOTATION_COLORS } from '../../../src/shared/annotations/annotation';
import { documentKey } from '../../../src/shared/annotations/documentKey';
import { listAnnotations } from '../../../src/shared/annotations/annotationListing';
import type { AnnotationFilter } from '../../../src/shared/annotations/annotationListing';
import { openAnnotationDatabase } from '../../../src/main/annotations/annotationDb';
import { rowStatements, toRow } from '../../../src/main/annotations/annotationRows';
import { annotationEntries } from '../../../src/main/annotations/annotationEntries';
import { listAllAnnotations } from '../../../src/main/annotations/annotationsAcrossLibrary';
import { tempDirs } from '../../helpers/tempDirs';
import { CITY_NOTICE, listingLibrary, openStore } from './collectionFixture';
import { SOIL_NOTICE, gazetteDocument } from './fakeLibrary';

const makeDir = tempDirs('gazette-first-listing-');

const library = listingLibrary({
  doc1: { text: SOIL_NOTICE },
  doc2: { text: CITY_NOTICE, docNumber: '济政办字〔2022〕12号', title: '关于加强城市管理的通知' },
  doc3: { text: SOIL_NOTICE, docNumber: '济政发〔2022〕9号', title: '关于第三次土壤普查的补充通知' },
  doc4: { text: CITY_NOTICE, docNumber: null, title: '城市管理工作要点' },
});
const keyOf = (id: string): string => {
  const doc = library.documents.get(id);
  if (id === 'doc1-as-key') return 'doc1'; // a removed document whose key is another document's id
  // Removed documents' keys sort the other way round from their ids.
  return doc ? documentKey(gazetteDocument(id, doc)) : `removed-key-${id === 'gone-a' ? 'z' : 'a'}`;
};

/**
 * A store with annotations on each document, some made on an older copy (an id the library no longer has, found
 * by document key), some whose document is gone (文件已移除), some in the 回收站, and some that sort alike
 * (same place, same time), stored in a shuffled order.
 */
async function filledStore(seed: number, clash = false): Promise<string> {
  const dir = makeDir();
  const opened = await openAnnotationDatabase(dir);
  const { insert } = rowStatements(opened.db);
  const places = [
    ['doc1', 'doc1'],
    ['doc2', 'doc2'],
    ['doc3', 'doc3'],
    ['doc4', 'doc4'],
    ['old-doc3', 'doc3'],
    ['old-doc2', 'doc2'],
    ['gone-a', 'gone-a'],
    ['gone-b', 'gone-b'],
    ...(clash ? ([['doc0-gone', 'doc1-as-key']] as const) : []),
  ] as const;
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 16) % n;
  };
  const trashedAt = new Date().toISOString(); // not yet due to be purged when the store opens
  opened.db.exec('BEGIN');
  for (let i = 0; i < 160; i++) {
    const [docId, keyDoc] = places[next(places.length)] ?? places[0];
    const start = next(4) * 5;
    const annotation: Annotation = {
      id: `a-${String(next(100000))}-${String(i)}`,
      docId,
      docKey: keyOf(keyDoc),
      anchor: next(10) === 0 ? null : { start, end: start + 4, exact: '土壤普查', prefix: '', suffix: '' },
      textHash: 'h',
      status: next(5) === 0 ? 'doubtful' : 'anchored',
      color: ANNOTATION_COLORS[next(ANNOTATION_COLORS.length)] ?? 'yellow',
      style: 'highlight',
      note: next(2) === 0 ? { version: 1, editorState: '{}', text: `批注${String(i)}` } : null,
      tags: next(3) === 0 ? ['重点'] : [],
      createdAt: `2026-05-0${String(1 + next(3))}T00:00:00.000Z`,
      updatedAt: '2026-05-04T00:00:00.000Z',
      deletedAt: next(6) === 0 ? trashedAt : null,
    };
    // The one live document note per document is a unique index: a second one goes to the 回收站.
    try {
      insert.run(toRow(annotation));
    } catch {
      insert.run(toRow({ ...annotation, deletedAt: trashedAt }));
    }
  }
  opened.db.exec('COMMIT');
  opened.db.close();
  return dir;
}

describe('我的批注 first rows on a freshly opened store', () => {
  it('are those of the whole list, with its total and group counts, for any limit and either list', async () => {
    const stores = [await filledStore(1), await filledStore(7, true)];
    const filters: fc.Arbitrary<AnnotationFilter> = fc.record(
      {
        limit: fc.integer({ min: 1, max: 170 }),
        trash: fc.boolean(),
        groupBy: fc.constant('document' as const),
        query: fc.constantFrom<string>('', '  '),
        tags: fc.constant<string[]>([]),
      },
      { requiredKeys: ['limit'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...stores), filters, async (dir, filter) => {
        const cold = await openStore(dir, library);
        const first = await listAllAnnotations(cold, library, filter);
        const whole = listAnnotations(await annotationEntries(cold, library), filter);
        await cold.close();
        expect(first).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('are those of the whole list at every limit', async () => {
    const store = await openStore(await filledStore(11, true), library);
    for (const trash of [false, true]) {
      const whole = listAnnotations(await annotationEntries(store, library), { trash });
      for (let limit = 1; limit <= whole.total + 1; limit++) {
        expect(await listAllAnnotations(store, library, { trash, limit })).toEqual(
          listAnnotations(await annotationEntries(store, library), { trash, limit }),
        );
      }
    }
    await store.close();
  });

  it('are listed again the same after the store changes', async () => {
    const dir = await filledStore(3);
    const store = await openStore(dir, library);
    const before = await listAllAnnotations(store, library, { limit: 30 });
    const [first] = before.groups[0]?.entries ?? [];
    await store.remove(first?.annotation.id ?? '');
    const after = await listAllAnnotations(store, library, { limit: 30 });
    expect(after.total).toBe(before.total - 1);
    expect(after).toEqual(listAnnotations(await annotationEntries(store, library), { limit: 30 }));
    await store.close();
  });

  it('leave the whole list read for the first filter, after answering, and a store closed meanwhile is no fault', async () => {
    const store = await openStore(await filledStore(5), library);
    let reads = 0;
    const counted = {
      ...store,
      all: () => {
        reads++;
        return store.all();
      },
    };
    await listAllAnnotations(counted, library, { limit: 10 });
    expect(reads).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reads).toBe(1);

    await listAllAnnotations(counted, library, { limit: 10 });
    await store.close();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reads).toBe(2);
  });
});
