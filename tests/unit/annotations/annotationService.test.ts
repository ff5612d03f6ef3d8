import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Note } from '../../../src/shared/annotations/annotation';
import { documentText } from '../../../src/shared/model';
import { createAppServices } from '../../../src/main/appServices';
import type { AppServices } from '../../../src/main/services';
import { fixturePath, importWorkerSource } from '../../helpers/fixtureFiles';

// One data folder (the sample is imported once) and a profile per test, which keeps the tests apart.
const dataDir = mkdtempSync(join(tmpdir(), 'gazette-annotations-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});
let profiles = 0;
const newProfile = (): string => `reader-${String(++profiles)}`;

const note = (text: string): Note => ({ version: 1, editorState: JSON.stringify({ text }), text });

async function openApp(profile: string): Promise<AppServices> {
  return createAppServices({
    dataDir,
    profile,
    shell: 'web',
    importWorker: importWorkerSource,
    sampleIssue: fixturePath,
  });
}

async function firstDocument(services: AppServices): Promise<{ docId: string; text: string }> {
  const [issue] = await services.library.listIssues();
  const docId = issue?.documents[1]?.id ?? '';
  const { document } = await services.library.getDocument(docId);
  return { docId, text: documentText(document) };
}

describe('the annotation service of the current profile', () => {
  it('saves highlights and lists them in reading order with the quote from the canonical text', async () => {
    const profile = newProfile();
    const services = await openApp(profile);
    const { docId, text } = await firstDocument(services);
    const later = await services.annotations.create({
      docId,
      range: { start: 200, end: 220 },
      color: 'green',
      style: 'underline',
      note: note('第二处'),
    });
    const earlier = await services.annotations.create({
      docId,
      range: { start: 40, end: 52 },
      color: 'yellow',
      style: 'highlight',
      note: null,
    });
    expect(earlier.anchor).toEqual({
      start: 40,
      end: 52,
      exact: text.slice(40, 52),
      prefix: text.slice(8, 40),
      suffix: text.slice(52, 84),
    });
    const listed = await services.annotations.list(docId);
    expect(listed.annotations.map((a) => a.id)).toEqual([earlier.id, later.id]);
    expect(listed.annotations.map((a) => a.status)).toEqual(['anchored', 'anchored']);
    expect(listed.annotations[1]).toMatchObject({ color: 'green', style: 'underline', note: note('第二处') });
    expect(listed.documentNote).toBeNull();

    // Saved on disk: a new process (here: a fresh set of services) reads the same.
    const reopened = await openApp(profile);
    expect((await reopened.annotations.list(docId)).annotations).toEqual(listed.annotations);
  });

  it('keeps one document note per document, saved over by the next one', async () => {
    const services = await openApp(newProfile());
    const { docId } = await firstDocument(services);
    const first = await services.annotations.create({
      docId,
      range: null,
      color: 'blue',
      style: 'highlight',
      note: note('初稿'),
    });
    const second = await services.annotations.create({
      docId,
      range: null,
      color: 'red',
      style: 'highlight',
      note: note('定稿'),
    });
    expect(second.id).toBe(first.id);
    const listed = await services.annotations.list(docId);
    expect(listed.annotations).toEqual([]);
    expect(listed.documentNote).toMatchObject({ id: first.id, anchor: null, color: 'red', note: note('定稿') });
  });

  it('updates colour, style, note and tags; tags are tidied and folded as search folds them', async () => {
    const services = await openApp(newProfile());
    const { docId } = await firstDocument(services);
    const made = await services.annotations.create({
      docId,
      range: { start: 10, end: 30 },
      color: 'yellow',
      style: 'highlight',
      note: null,
    });
    const updated = await services.annotations.update({
      id: made.id,
      color: 'purple',
      style: 'underline',
      note: note('要点'),
      tags: [' 重点  工作 ', '重点 工作', 'ＱＦＬＰ', 'qflp', '督办'],
    });
    expect(updated).toMatchObject({ color: 'purple', style: 'underline', note: note('要点') });
    expect(updated.tags).toEqual(['重点 工作', 'ＱＦＬＰ', '督办']);
    const onlyNote = await services.annotations.update({ id: made.id, note: null });
    expect(onlyNote).toMatchObject({ color: 'purple', note: null, tags: ['重点 工作', 'ＱＦＬＰ', '督办'] });
    expect((await services.annotations.list(docId)).annotations).toEqual([onlyNote]);
  });

  it('moves deleted annotations to the trash and restores them', async () => {
    const services = await openApp(newProfile());
    const { docId } = await firstDocument(services);
    const made = await services.annotations.create({
      docId,
      range: { start: 10, end: 30 },
      color: 'yellow',
      style: 'highlight',
      note: note('别丢'),
    });
    const deleted = await services.annotations.remove(made.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect((await services.annotations.list(docId)).annotations).toEqual([]);
    await expect(services.annotations.update({ id: made.id, color: 'red' })).rejects.toMatchObject({
      code: 'in-trash',
    });
    const restored = await services.annotations.restore(made.id);
    expect(restored).toEqual({ ...made, deletedAt: null });
    expect((await services.annotations.list(docId)).annotations).toEqual([restored]);
  });

  it('brings a deleted document note back in place of the one written since, which goes to the trash', async () => {
    const services = await openApp(newProfile());
    const { docId } = await firstDocument(services);
    const request = { docId, range: null, color: 'yellow', style: 'highlight', note: note('旧') } as const;
    const old = await services.annotations.create(request);
    await services.annotations.remove(old.id);
    const fresh = await services.annotations.create({ ...request, note: note('新') });
    expect(fresh.id).not.toBe(old.id);
    await services.annotations.restore(old.id);
    expect((await services.annotations.list(docId)).documentNote).toMatchObject({ id: old.id, note: note('旧') });
    const freshAgain = await services.annotations.restore(fresh.id);
    expect(freshAgain.note).toEqual(note('新'));
    expect((await services.annotations.list(docId)).documentNote?.id).toBe(fresh.id);
  });

  it('refuses a range outside the document and an unknown id, in Chinese', async () => {
    const services = await openApp(newProfile());
    const { docId, text } = await firstDocument(services);
    await expect(
      services.annotations.create({
        docId,
        range: { start: text.length - 1, end: text.length + 5 },
        color: 'yellow',
        style: 'highlight',
        note: null,
      }),
    ).rejects.toThrow(/选区超出了文件内容/);
    await expect(services.annotations.remove('no-such-id')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps each profile apart, switching with the window, in owner-only files', async () => {
    const services = await openApp('reader-a');
    const { docId } = await firstDocument(services);
    const mine = await services.annotations.create({
      docId,
      range: { start: 5, end: 15 },
      color: 'yellow',
      style: 'highlight',
      note: null,
    });
    expect((await services.profiles.switchTo('reader-b')).profile).toBe('reader-b');
    expect((await services.annotations.list(docId)).annotations).toEqual([]);
    const theirs = await services.annotations.create({
      docId,
      range: { start: 20, end: 25 },
      color: 'red',
      style: 'highlight',
      note: null,
    });
    await services.profiles.switchTo('reader-a');
    expect((await services.annotations.list(docId)).annotations.map((a) => a.id)).toEqual([mine.id]);
    expect(services.profiles.list().profiles).toEqual(expect.arrayContaining(['reader-a', 'reader-b']));
    await services.profiles.switchTo('reader-b');
    expect((await services.annotations.list(docId)).annotations.map((a) => a.id)).toEqual([theirs.id]);

    if (process.platform !== 'win32') {
      const mode = (path: string): number => statSync(path).mode & 0o777;
      const profile = join(dataDir, 'profiles', 'reader-b');
      expect(mode(profile)).toBe(0o700);
      expect(mode(join(profile, 'annotations.sqlite'))).toBe(0o600);
      expect(mode(join(profile, 'annotations.sqlite-wal'))).toBe(0o600);
      expect(mode(join(profile, 'annotations.sqlite-shm'))).toBe(0o600);
      services.profile.updateSettings({ theme: 'dark' });
      expect(mode(join(profile, 'reader.json'))).toBe(0o600);
    }
  });
});
