/**
 * Carrying annotations to another machine: the W3C JSON export, import merge rules, re-anchoring against the local
 * library, a round trip into an empty profile, and files that must be refused without changing anything.
 */
import { describe, expect, it } from 'vitest';
import { annotationEntries } from '../../../src/main/annotations/annotationEntries';
import { exportAnnotations } from '../../../src/main/annotations/export/exportAnnotations';
import { IMPORT_MAX_BYTES, importAnnotations } from '../../../src/main/annotations/importAnnotations';
import type { ClosableAnnotationService } from '../../../src/main/annotations/openAnnotationService';
import type { Annotation, Note } from '../../../src/shared/annotations/annotation';
import { tempDirs } from '../../helpers/tempDirs';
import { CITY_NOTICE, clock, listingLibrary, openStore } from './collectionFixture';
import type { ListingLibrary } from './collectionFixture';
import { SOIL_NOTICE } from './fakeLibrary';

const makeDir = tempDirs('gazette-transfer-');
const lexical = (text: string): Note => ({
  version: 1,
  editorState: JSON.stringify({
    root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 1 }] }] },
  }),
  text,
});

async function exportJson(service: ClosableAnnotationService, library: ListingLibrary): Promise<string> {
  const entries = await annotationEntries(service, library);
  const getDocument = (id: string) => library.getDocument(id).catch(() => null);
  return (await exportAnnotations(entries, 'json', {}, getDocument, new Date('2026-12-02T00:00:00.000Z'))).content;
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

async function filledProfile(library: ListingLibrary, now = clock().now): Promise<ClosableAnnotationService> {
  const service = await openStore(makeDir(), library, now);
  const first = await service.create({
    docId: 'doc1',
    range: { start: 20, end: 30 },
    color: 'red',
    style: 'underline',
    note: lexical('要上报'),
  });
  await service.update({ id: first.id, tags: ['土壤', '待办'] });
  await service.create({ docId: 'doc1', range: null, color: 'yellow', style: 'highlight', note: lexical('全文要点') });
  await service.create({
    docId: 'doc2',
    range: { start: 30, end: 40 },
    color: 'green',
    style: 'highlight',
    note: null,
  });
  return service;
}

describe('the JSON export', () => {
  it('is a W3C Web Annotation collection with the required fields, offsets in code points', async () => {
    const library = listingLibrary({ doc1: { text: `𠀀𠀁${SOIL_NOTICE}` } });
    const service = await openStore(makeDir(), library);
    await service.create({
      docId: 'doc1',
      range: { start: 4, end: 10 },
      color: 'yellow',
      style: 'highlight',
      note: lexical('注'),
    });
    const file = JSON.parse(await exportJson(service, library)) as Record<string, unknown>;
    expect(file['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(file.type).toBe('AnnotationCollection');
    const items = (file.first as { items: Record<string, unknown>[] }).items;
    expect(items).toHaveLength(1);
    const [item] = items;
    // The W3C model's MUSTs: id (an IRI), type Annotation, a target with a source; bodies and selectors typed.
    expect(item?.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/u);
    expect(item?.type).toBe('Annotation');
    expect(item?.motivation).toBe('highlighting');
    expect(item?.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', language: 'zh-CN', value: '注' },
    ]);
    const target = item?.target as { source: string; selector: Record<string, unknown>[] };
    expect(target.source).toMatch(/^urn:gazette-reader:document:/u);
    expect(target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: '济南市人民政', prefix: '𠀀𠀁', suffix: expect.any(String) as string },
      // Two astral characters (two UTF-16 units each) come first: units 4–10 are code points 2–8.
      { type: 'TextPositionSelector', start: 2, end: 8 },
    ]);
    await service.close();
  });
});

describe('import', () => {
  it('round-trips every field into an empty profile', async () => {
    const library = listingLibrary();
    const source = await filledProfile(library);
    const file = await exportJson(source, library);
    const target = await openStore(makeDir(), library);
    const report = await importAnnotations(target, library, bytes(file));
    expect(report).toEqual({ added: 3, replaced: 0, keptOurs: 0, unchanged: 0, unplaced: [] });
    const sorted = (list: readonly Annotation[]): Annotation[] => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(await target.all())).toEqual(sorted(await source.all()));
    // Importing the same file again changes nothing.
    expect(await importAnnotations(target, library, bytes(file))).toMatchObject({ added: 0, unchanged: 3 });
    await source.close();
    await target.close();
  });

  it('merges by id: the newer version wins and the other is kept in the 回收站', async () => {
    const library = listingLibrary();
    const time = clock();
    const source = await filledProfile(library, time.now);
    const [mine, theirs] = (await source.all()).filter((a) => a.anchor !== null);
    if (!mine || !theirs) throw new Error('two highlights expected');
    const target = await openStore(makeDir(), library, time.now);
    await importAnnotations(target, library, bytes(await exportJson(source, library)));
    time.advance(1000);
    await target.update({ id: mine.id, color: 'blue' }); // edited here after the export
    await source.update({ id: theirs.id, color: 'purple' }); // edited there after the export
    time.advance(1000);
    await source.update({ id: mine.id, color: 'yellow' }); // ...but this one even later there
    await target.update({ id: mine.id, color: 'red' });
    const report = await importAnnotations(target, library, bytes(await exportJson(source, library)));
    expect(report).toMatchObject({ added: 0, replaced: 1, keptOurs: 1, unchanged: 1 });
    const all = await target.all();
    const live = new Map(all.filter((a) => a.deletedAt === null).map((a) => [a.id, a]));
    expect(live.get(mine.id)?.color).toBe('red');
    expect(live.get(theirs.id)?.color).toBe('purple');
    const trashed = all.filter((a) => a.deletedAt !== null);
    expect(trashed.map((a) => a.color).sort()).toEqual(['green', 'yellow']);
    expect(trashed.map((a) => a.anchor?.exact).sort()).toEqual([mine.anchor?.exact, theirs.anchor?.exact].sort());
    await source.close();
    await target.close();
  });

  it('re-anchors against the local library and lists what it could not place', async () => {
    const there = listingLibrary();
    const source = await filledProfile(there);
    const file = await exportJson(source, there);
    const here = listingLibrary({ docA: { text: `前言。\n${SOIL_NOTICE}` } });
    const target = await openStore(makeDir(), here);
    const report = await importAnnotations(target, here, bytes(file));
    expect(report.added).toBe(3);
    expect(report.unplaced).toEqual([
      {
        id: expect.any(String) as string,
        quote: CITY_NOTICE.slice(30, 40),
        document: '济政办字〔2022〕12号 关于加强城市管理的通知',
        reason: '本机文库中没有这个文件',
      },
    ]);
    const moved = (await target.all()).find((a) => a.anchor?.exact === SOIL_NOTICE.slice(20, 30));
    expect(moved).toMatchObject({ docId: 'docA', status: 'anchored', anchor: { start: 24, end: 34 } });
    await source.close();
    await target.close();
  });

  describe('refuses a file it cannot use, says why, and changes nothing', () => {
    const cases: [string, (file: string) => Uint8Array, RegExp][] = [
      ['truncated', (file) => bytes(file.slice(0, file.length / 2)), /不完整或不是有效的 JSON/u],
      [
        'from a newer version',
        (file) => bytes(file.replace('"gazette:version": 1', '"gazette:version": 2')),
        /更新版本.*版本 2/u,
      ],
      [
        'from another program',
        () => bytes(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' })),
        /不是公报阅读器导出的批注文件/u,
      ],
      ['not text', () => new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), /不是 UTF-8/u],
      ['50 MB', () => new Uint8Array(50 * 1024 * 1024).fill(0x20), /文件太大（50\.0 MB）/u],
      ['deeply nested', () => bytes(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), /嵌套过深/u],
      [
        'with a damaged annotation',
        (file) => bytes(file.replace('"color": "red"', '"color": "rot"')),
        /第 \d 条批注的内容有误（color）/u,
      ],
    ];
    for (const [name, make, message] of cases) {
      it(name, async () => {
        const library = listingLibrary();
        const source = await filledProfile(library);
        const file = await exportJson(source, library);
        const target = await openStore(makeDir(), library);
        const existing = await target.create({
          docId: 'doc1',
          range: { start: 0, end: 4 },
          color: 'blue',
          style: 'highlight',
          note: null,
        });
        const before = await target.all();
        await expect(importAnnotations(target, library, make(file))).rejects.toThrow(message);
        await expect(importAnnotations(target, library, make(file))).rejects.toThrow(
          '没有导入任何内容，现有批注保持不变。',
        );
        expect(await target.all()).toEqual(before);
        expect(before.map((a) => a.id)).toEqual([existing.id]);
        await source.close();
        await target.close();
      });
    }
    expect(IMPORT_MAX_BYTES).toBeLessThan(50 * 1024 * 1024);
  });
});
