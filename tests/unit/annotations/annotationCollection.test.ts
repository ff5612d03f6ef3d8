/** Tags (counts, rename, merge), the 回收站 (restore, empty, 30-day purge) and 我的批注's listing over the store. */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/annotations/annotationDb';
import { annotationEntries } from '../../../src/main/annotations/annotationEntries';
import { listAnnotations } from '../../../src/shared/annotations/annotationListing';
import type { AnnotationFilter } from '../../../src/shared/annotations/annotationListing';
import { tempDirs } from '../../helpers/tempDirs';
import { clock, listingLibrary, openStore } from './collectionFixture';
import type { ListingLibrary } from './collectionFixture';
import type { ClosableAnnotationService } from '../../../src/main/annotations/openAnnotationService';
import type { Note } from '../../../src/shared/annotations/annotation';

const makeDir = tempDirs('gazette-collection-');
const DAY = 24 * 60 * 60 * 1000;
const note = (text: string): Note => ({ version: 1, editorState: '{}', text });

async function highlight(
  service: ClosableAnnotationService,
  docId: string,
  start: number,
  fields: { tags?: string[]; note?: string; color?: 'yellow' | 'red' | 'green' } = {},
): Promise<string> {
  const made = await service.create({
    docId,
    range: { start, end: start + 6 },
    color: fields.color ?? 'yellow',
    style: 'highlight',
    note: fields.note === undefined ? null : note(fields.note),
  });
  if (fields.tags) await service.update({ id: made.id, tags: fields.tags });
  return made.id;
}

async function listing(service: ClosableAnnotationService, library: ListingLibrary, filter: AnnotationFilter) {
  return listAnnotations(await annotationEntries(service, library), filter);
}

describe('tags', () => {
  it('are counted with the folding of search, under the spelling used most', async () => {
    const library = listingLibrary();
    const service = await openStore(makeDir(), library);
    await highlight(service, 'doc1', 0, { tags: ['待办', 'ＴＯＤＯ'] });
    await highlight(service, 'doc1', 10, { tags: ['todo'] });
    await highlight(service, 'doc2', 0, { tags: ['todo', '土壤'] });
    const trashed = await highlight(service, 'doc2', 10, { tags: ['土壤'] });
    await service.remove(trashed);
    expect(await service.tags()).toEqual([
      { tag: 'todo', count: 3 },
      { tag: '待办', count: 1 },
      { tag: '土壤', count: 1 },
    ]);
    await service.close();
  });

  it('are renamed everywhere, in the 回收站 too, and a rename onto an existing tag merges them', async () => {
    const library = listingLibrary();
    const time = clock();
    const service = await openStore(makeDir(), library, time.now);
    const both = await highlight(service, 'doc1', 0, { tags: ['土壤', '待办'] });
    const one = await highlight(service, 'doc1', 10, { tags: ['普查'] });
    const trashed = await highlight(service, 'doc2', 0, { tags: ['土 壤'] });
    const untouched = await highlight(service, 'doc2', 10, { tags: ['其他'] });
    await service.remove(trashed);
    time.advance(1000);
    expect(await service.renameTag('土壤', '耕地保护')).toBe(2);
    expect(await service.mergeTags(['耕地保护', '待办'], '普查')).toBe(2);
    const byId = new Map((await service.all()).map((a) => [a.id, a]));
    expect(byId.get(both)?.tags).toEqual(['普查']);
    expect(byId.get(one)?.tags).toEqual(['普查']);
    expect(byId.get(trashed)?.tags).toEqual(['普查']);
    expect(byId.get(untouched)?.tags).toEqual(['其他']);
    // A retagged annotation is newer, so an import of the old version does not undo the rename.
    expect(byId.get(both)?.updatedAt).toBe(time.now().toISOString());
    expect(byId.get(untouched)?.updatedAt).not.toBe(time.now().toISOString());
    await expect(service.renameTag('普查', '  ')).rejects.toThrow('新标签名不能为空');
    await service.close();
  });
});

describe('the 回收站', () => {
  it('lists deleted annotations, restores them, and empties on purpose', async () => {
    const library = listingLibrary();
    const service = await openStore(makeDir(), library);
    const kept = await highlight(service, 'doc1', 0);
    const gone = await highlight(service, 'doc1', 10);
    const back = await highlight(service, 'doc2', 0);
    await service.remove(gone);
    await service.remove(back);
    const trash = await listing(service, library, { trash: true, groupBy: 'date' });
    expect(trash.groups.flatMap((g) => g.entries.map((e) => e.annotation.id)).sort()).toEqual([gone, back].sort());
    await service.restore(back);
    await expect(service.emptyTrash([kept])).rejects.toThrow('只能永久删除回收站里的批注');
    expect(await service.emptyTrash()).toBe(1);
    expect((await service.all()).map((a) => a.id).sort()).toEqual([kept, back].sort());
    await service.close();
  });

  it('is purged of what has been there 30 days when the store opens, and keeps the rest', async () => {
    const library = listingLibrary();
    const dir = makeDir();
    const time = clock();
    const first = await openStore(dir, library, time.now);
    const old = await highlight(first, 'doc1', 0);
    const live = await highlight(first, 'doc1', 10);
    await first.remove(old);
    time.advance(10 * DAY);
    const recent = await highlight(first, 'doc1', 20);
    await first.remove(recent);
    await first.close();

    time.advance(20 * DAY + 1000);
    const reopened = await openStore(dir, library, time.now);
    expect((await reopened.all()).map((a) => a.id).sort()).toEqual([live, recent].sort());
    await reopened.close();
  });
});

describe('我的批注', () => {
  it('groups by document in library order, by tag and by day, and filters by colour, tag, issue and status', async () => {
    const library = listingLibrary();
    const time = clock();
    const service = await openStore(makeDir(), library, time.now);
    const cityRed = await highlight(service, 'doc2', 0, { color: 'red', tags: ['城管'] });
    time.advance(DAY);
    const soil = await highlight(service, 'doc1', 30, { tags: ['土壤', '城管'] });
    const soilEarly = await highlight(service, 'doc1', 0, { note: '要上报' });

    const byDocument = await listing(service, library, {});
    expect(byDocument.groups.map((g) => [g.label, g.entries.map((e) => e.annotation.id)])).toEqual([
      ['关于组织开展济南市第三次土壤普查的通知（济政发〔2022〕7号）', [soilEarly, soil]],
      ['关于加强城市管理的通知（济政办字〔2022〕12号）', [cityRed]],
    ]);
    const byTag = await listing(service, library, { groupBy: 'tag' });
    expect(byTag.groups.map((g) => [g.label, g.entries.length])).toEqual([
      ['城管', 2],
      ['土壤', 1],
      ['无标签', 1],
    ]);
    const byDay = await listing(service, library, { groupBy: 'date' });
    expect(byDay.groups.map((g) => g.key)).toEqual(['2026-12-01', '2026-11-30']);

    const ids = async (filter: AnnotationFilter): Promise<string[]> =>
      (await listing(service, library, filter)).groups.flatMap((g) => g.entries.map((e) => e.annotation.id));
    expect(await ids({ colors: ['red'] })).toEqual([cityRed]);
    expect(await ids({ tags: ['土壤'] })).toEqual([soil]);
    expect(await ids({ query: '标签:城管 颜色:红' })).toEqual([cityRed]);
    expect(await ids({ query: '上报' })).toEqual([soilEarly]);
    expect(await ids({ issuers: ['济南市人民政府'], years: [2022], issueIds: ['issue'] })).toHaveLength(3);
    expect(await ids({ years: [2021] })).toEqual([]);
    expect(await ids({ from: '2026-12-01' })).toEqual([soilEarly, soil]);

    library.documents.delete('doc2');
    expect(await ids({ statuses: ['removed'] })).toEqual([cityRed]);
    const removed = await listing(service, library, { statuses: ['removed'] });
    expect(removed.groups[0]?.label).toMatch(/^文件已移除/u);
    await service.close();
  });
});

describe('我的批注 over a large store', () => {
  it('sends no more than the limit, the first entries in order, and still counts every group whole', async () => {
    const library = listingLibrary();
    const service = await openStore(makeDir(), library);
    const soil = [await highlight(service, 'doc1', 0), await highlight(service, 'doc1', 10)];
    await highlight(service, 'doc1', 20);
    const city = await highlight(service, 'doc2', 0);
    await highlight(service, 'doc2', 10);

    const two = await listing(service, library, { limit: 2 });
    expect(two.total).toBe(5);
    expect(two.groups.map((g) => [g.entries.map((e) => e.annotation.id), g.count])).toEqual([[soil, 3]]);
    const four = await listing(service, library, { limit: 4 });
    expect(four.groups.map((g) => [g.entries.length, g.count])).toEqual([
      [3, 3],
      [1, 2],
    ]);
    expect(four.groups[1]?.entries[0]?.annotation.id).toBe(city);
    await service.close();
  });

  it('reads the store again only after a change, its own or another process’s', async () => {
    const library = listingLibrary();
    const dir = makeDir();
    const service = await openStore(dir, library);
    const id = await highlight(service, 'doc1', 0);
    const first = await service.all();
    expect(await service.all()).toBe(first);
    expect(await annotationEntries(service, library)).toBe(await annotationEntries(service, library));

    await service.update({ id, tags: ['督办'] });
    const afterOwn = await service.all();
    expect(afterOwn).not.toBe(first);
    expect(afterOwn[0]?.tags).toEqual(['督办']);

    const other = new DatabaseSync(join(dir, DATABASE_FILE));
    other.prepare('UPDATE annotations SET tags = ? WHERE id = ?').run('["上报"]', id);
    other.close();
    expect((await service.all())[0]?.tags).toEqual(['上报']);

    library.documents.delete('doc1');
    expect((await annotationEntries(service, library))[0]?.annotation.status).toBe('removed');
    await service.close();
  });
});
