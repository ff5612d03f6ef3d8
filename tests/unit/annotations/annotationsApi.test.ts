/**
 * The issue's scenario through the real services and the handler table, on the sample issue: tag two highlights,
 * filter by the tag, search a word in a note, export Markdown, delete then restore from the 回收站, and import into
 * a second profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANNOTATION_FILE_TOO_LARGE, MAX_ANNOTATION_FILE_BYTES } from '../../../src/shared/api';
import type { Note } from '../../../src/shared/annotations/annotation';
import { documentText } from '../../../src/shared/model';
import { sampleApi, value } from './sampleApi';

const dataDir = mkdtempSync(join(tmpdir(), 'gazette-annotations-api-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const note = (text: string): Note => ({ version: 1, editorState: JSON.stringify({ root: { children: [] } }), text });

describe('我的批注 through the API', () => {
  it('tags, filters, searches, exports, uses the 回收站 and imports into a second profile', async () => {
    const { api, issue, docId } = await sampleApi(dataDir);
    const text = documentText(value(await api.getDocument({ docId })).document);
    // Passages of 10 characters inside one paragraph, well apart.
    const passages: string[] = [];
    for (let at = 40; passages.length < 3 && at < text.length; at += 10) {
      const passage = text.slice(at, at + 10);
      if (!passage.includes('\n') && !passages.some((p) => text.indexOf(p) === text.indexOf(passage))) {
        passages.push(passage);
        at += 30;
      }
    }
    const quoteAt = (word: string): { start: number; end: number } => {
      const start = text.indexOf(word);
      return { start, end: start + word.length };
    };
    const make = async (word: string, noteText: string | null) =>
      value(
        await api.createAnnotation({
          docId,
          range: quoteAt(word),
          color: 'yellow',
          style: 'highlight',
          note: noteText === null ? null : note(noteText),
        }),
      );
    const first = await make(passages[0] ?? '', '请办公室牵头落实');
    const second = await make(passages[1] ?? '', null);
    const third = await make(passages[2] ?? '', '另议');
    for (const { id } of [first, second]) value(await api.updateAnnotation({ id, tags: ['重点'] }));

    expect(value(await api.listTags(undefined))).toEqual([{ tag: '重点', count: 2 }]);
    const tagged = value(await api.listAllAnnotations({ tags: ['重点'] }));
    expect(tagged.total).toBe(2);
    const searched = value(await api.listAllAnnotations({ query: '牵头' }));
    expect(searched.groups.flatMap((g) => g.entries.map((e) => e.annotation.id))).toEqual([first.id]);

    const markdown = value(await api.exportAnnotations({ format: 'md', tag: '重点' }));
    expect(markdown.content).toContain(`> ${passages[0] ?? ''}`);
    expect(markdown.content).toContain('请办公室牵头落实');
    expect(markdown.content).not.toContain('另议');
    expect(markdown.fileName).toMatch(/^批注-标签-重点-\d{4}-\d{2}-\d{2}\.md$/u);
    // The dialog's count is the number the export writes, for each scope.
    expect(value(await api.countAnnotations({ tag: '重点' }))).toEqual({ count: markdown.count });
    expect(value(await api.countAnnotations({ docIds: [docId] }))).toEqual({ count: 3 });
    expect(value(await api.countAnnotations({ docIds: [issue?.documents[0]?.id ?? ''] }))).toEqual({ count: 0 });

    value(await api.deleteAnnotation({ id: third.id }));
    expect(value(await api.listAllAnnotations({})).total).toBe(2);
    expect(value(await api.countAnnotations({}))).toEqual({ count: 2 });
    expect(value(await api.listAllAnnotations({ trash: true })).total).toBe(1);
    value(await api.restoreAnnotation({ id: third.id }));
    expect(value(await api.listAllAnnotations({ trash: true })).total).toBe(0);

    const json = value(await api.exportAnnotations({ format: 'json' }));
    value(await api.switchProfile({ name: 'reader-b' }));
    expect(value(await api.listAllAnnotations({})).total).toBe(0);
    const report = value(await api.importAnnotations({ bytes: new TextEncoder().encode(json.content) }));
    expect(report).toEqual({ added: 3, replaced: 0, keptOurs: 0, unchanged: 0, unplaced: [] });
    expect(value(await api.listAllAnnotations({ query: '标签:重点' })).total).toBe(2);

    const refused = await api.importAnnotations({ bytes: new TextEncoder().encode('{"a":') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    // Beyond the request limit the person reads the sentence itself, not an invalid request.
    const huge = await api.importAnnotations({ bytes: new Uint8Array(MAX_ANNOTATION_FILE_BYTES + 1) });
    expect(huge).toEqual({ ok: false, error: { code: 'too-large', message: ANNOTATION_FILE_TOO_LARGE } });
    expect(value(await api.listAllAnnotations({})).total).toBe(3);
  });
});
