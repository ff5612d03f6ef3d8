/** The service re-anchors when a document's text changed, keeps annotations of removed documents, and re-attaches. */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/annotations/annotationDb';
import type { Annotation } from '../../../src/shared/annotations/annotation';
import { openAnnotationService } from '../../../src/main/annotations/openAnnotationService';
import { tempDirs } from '../../helpers/tempDirs';
import { SOIL_NOTICE, fakeLibrary } from './fakeLibrary';

const makeDir = tempDirs('gazette-reanchor-');

async function setUp(): Promise<{
  dir: string;
  library: ReturnType<typeof fakeLibrary>;
  service: Awaited<ReturnType<typeof openAnnotationService>>['service'];
  highlight: (quote: string, docId?: string) => Promise<Annotation>;
}> {
  const library = fakeLibrary({ doc1: { text: SOIL_NOTICE } });
  const dir = makeDir();
  const { service } = await openAnnotationService({ dir, library });
  const highlight = (quote: string, docId = 'doc1'): Promise<Annotation> => {
    const text = library.documents.get(docId)?.text ?? '';
    const start = text.indexOf(quote);
    return service.create({
      docId,
      range: { start, end: start + quote.length },
      color: 'yellow',
      style: 'highlight',
      note: { version: 1, editorState: '{}', text: `批注：${quote}` },
    });
  };
  return { dir, library, service, highlight };
}

describe('re-anchoring on list', () => {
  it('moves highlights with their text, marks a reworded one 需确认 and a vanished one orphan, orphans last', async () => {
    const { dir, library, service, highlight } = await setUp();
    const orphan = await highlight('普查目的');
    const moved = await highlight('全面掌握土壤资源情况');
    const reworded = await highlight('真实准确掌握土壤质量、性状和利用状况等基础数据');
    library.documents.set('doc1', {
      text: SOIL_NOTICE.replace('各区县人民政府', '各区县人民政府、各功能区管委会')
        .replace('一、普查目的\n', '')
        .replace('真实准确掌握土壤质量、性状和利用状况', '真实准确地掌握土壤质量、性状与利用状况'),
    });
    const text = library.documents.get('doc1')?.text ?? '';

    const { annotations } = await service.list('doc1');
    expect(annotations.map((a) => [a.id, a.status])).toEqual([
      [moved.id, 'anchored'],
      [reworded.id, 'doubtful'],
      [orphan.id, 'orphan'],
    ]);
    const [placed, doubtful, lost] = annotations;
    expect(text.slice(placed?.anchor?.start, placed?.anchor?.end)).toBe('全面掌握土壤资源情况');
    expect(doubtful?.anchor?.exact).toBe('真实准确掌握土壤质量、性状和利用状况等基础数据');
    expect(text.slice(doubtful?.anchor?.start, doubtful?.anchor?.end)).toBe(
      '真实准确地掌握土壤质量、性状与利用状况等基础数据',
    );
    expect(lost).toMatchObject({ anchor: orphan.anchor, note: orphan.note });
    expect(new Set(annotations.map((a) => a.textHash)).size).toBe(1);
    expect(annotations[0]?.textHash).not.toBe(moved.textHash);

    // Saved: another process opening the store finds them placed, without re-anchoring again.
    const stored = new DatabaseSync(join(dir, DATABASE_FILE), { readOnly: true });
    const rows = stored
      .prepare('SELECT id, anchor_start, status, text_hash FROM annotations ORDER BY anchor_start')
      .all();
    stored.close();
    expect(rows).toEqual(
      annotations
        .map((a) => ({ id: a.id, anchor_start: a.anchor?.start, status: a.status, text_hash: a.textHash }))
        .sort((a, b) => (a.anchor_start ?? 0) - (b.anchor_start ?? 0)),
    );
  });

  it('lists a removed document’s annotations as 文件已移除 and re-attaches them when a corrected file comes back', async () => {
    const { library, service, highlight } = await setUp();
    const made = await highlight('全面掌握土壤资源情况');
    const note = await service.create({
      docId: 'doc1',
      range: null,
      color: 'blue',
      style: 'highlight',
      note: { version: 1, editorState: '{}', text: '整体意见' },
    });
    library.documents.delete('doc1');
    const whileRemoved = await service.list('doc1');
    expect(whileRemoved.annotations).toEqual([{ ...made, status: 'removed' }]);
    expect(whileRemoved.documentNote).toEqual({ ...note, status: 'removed' });

    // The corrected file: another document id, the same 文号 written with other brackets, a word added.
    library.documents.set('doc2', {
      text: SOIL_NOTICE.replace('经市政府同意', '经市政府研究同意'),
      docNumber: '济政发[2022]7号',
    });
    const back = await service.list('doc2');
    expect(back.annotations).toMatchObject([{ id: made.id, docId: 'doc2', status: 'anchored' }]);
    expect(back.documentNote).toMatchObject({ id: note.id, docId: 'doc2' });
    expect((await service.list('doc1')).annotations).toEqual([]);
  });

  it('leaves annotations with their own document while it is still in the library', async () => {
    const { library, service, highlight } = await setUp();
    const made = await highlight('全面掌握土壤资源情况');
    library.documents.set('doc2', { text: SOIL_NOTICE });
    expect((await service.list('doc2')).annotations).toEqual([]);
    expect((await service.list('doc1')).annotations.map((a) => a.id)).toEqual([made.id]);
  });
});

describe('placing a highlight again', () => {
  it('confirms a 需确认 highlight where it is, and re-attaches an orphan to a new selection', async () => {
    const { library, service, highlight } = await setUp();
    const reworded = await highlight('真实准确掌握土壤质量、性状和利用状况等基础数据');
    const lost = await highlight('普查目的');
    const text = SOIL_NOTICE.replace('一、普查目的\n', '').replace('利用状况', '使用状况');
    library.documents.set('doc1', { text });
    const [doubtful, orphan] = (await service.list('doc1')).annotations;
    expect([doubtful?.id, doubtful?.status, orphan?.id, orphan?.status]).toEqual([
      reworded.id,
      'doubtful',
      lost.id,
      'orphan',
    ]);

    const confirmed = await service.update({
      id: reworded.id,
      range: { start: doubtful?.anchor?.start ?? 0, end: doubtful?.anchor?.end ?? 0 },
    });
    expect(confirmed).toMatchObject({ status: 'anchored', note: reworded.note });
    expect(confirmed.anchor?.exact).toBe('真实准确掌握土壤质量、性状和使用状况等基础数据');

    const start = text.indexOf('全面查明');
    const reattached = await service.update({ id: lost.id, range: { start, end: start + 4 } });
    expect(reattached.anchor).toMatchObject({ start, exact: '全面查明' });
    expect((await service.list('doc1')).annotations.map((a) => [a.id, a.status])).toEqual([
      [reattached.id, 'anchored'],
      [confirmed.id, 'anchored'],
    ]);
  });

  it('refuses a range for the document note, which belongs to the whole document', async () => {
    const { service } = await setUp();
    const note = await service.create({ docId: 'doc1', range: null, color: 'yellow', style: 'highlight', note: null });
    await expect(service.update({ id: note.id, range: { start: 0, end: 4 } })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});

describe('closing the store (the window switches profile)', () => {
  it('lets a call that is waiting for the library finish first', async () => {
    const { library, service, highlight } = await setUp();
    await highlight('全面掌握土壤资源情况');
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const getDocument = library.getDocument.bind(library);
    library.getDocument = async (docId) => {
      await gate;
      return getDocument(docId);
    };
    const listing = service.list('doc1');
    const closing = service.close();
    release();
    await closing;
    expect((await listing).annotations).toHaveLength(1);
  });
});
