/**
 * A full disk and a read-only location: the save fails with a plain Chinese message and a code the window can
 * act on, the database stays intact with everything saved before, and saving works again once there is room.
 * As root the disk is a real, small tmpfs; otherwise SQLite's own page limit stands in for it (the same
 * SQLITE_FULL the store would get from the disk).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openAnnotationDatabase } from '../../../src/main/annotations/annotationDb';
import { annotationService, openAnnotationService } from '../../../src/main/annotations/openAnnotationService';
import { DISK_FULL, READ_ONLY } from '../../../src/main/annotations/storeErrors';
import type { Note } from '../../../src/shared/annotations/annotation';
import { tempDirs } from '../../helpers/tempDirs';
import { SOIL_NOTICE, fakeLibrary } from './fakeLibrary';

const makeDir = tempDirs('gazette-faults-');
const library = fakeLibrary({ doc1: { text: SOIL_NOTICE } });
const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir]);
});

/** A tmpfs of `size` at `dir` when running as root and allowed to mount; false otherwise. */
function smallDisk(dir: string, size: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    mounted.push(dir);
    return true;
  } catch {
    return false;
  }
}

const bigNote = (text: string): Note => ({ version: 1, editorState: text.repeat(2), text });

function storedIds(path: string): { ids: string[]; check: string } {
  const db = new DatabaseSync(path);
  try {
    return {
      check: String(db.prepare('PRAGMA quick_check').get()?.quick_check),
      ids: db
        .prepare('SELECT id FROM annotations ORDER BY id')
        .all()
        .map((row) => String(row.id)),
    };
  } finally {
    db.close();
  }
}

describe('a full disk', () => {
  it('refuses the save with disk-full, keeps the database intact, and saves again once there is room', async () => {
    const dir = makeDir();
    const realDisk = smallDisk(dir, '1m');
    const profile = join(dir, 'profile');
    const opened = await openAnnotationDatabase(profile);
    const service = annotationService(opened, library);
    const saved: string[] = [];
    for (let i = 0; i < 20; i++) {
      const made = await service.create({
        docId: 'doc1',
        range: { start: i, end: i + 4 },
        color: 'yellow',
        style: 'highlight',
        note: bigNote(`第${String(i)}条`),
      });
      saved.push(made.id);
    }

    // Fill the disk (or cap the database where it stands).
    const filler = join(dir, 'filler');
    if (realDisk) {
      const fd = openSync(filler, 'w');
      try {
        for (;;) writeSync(fd, Buffer.alloc(16 * 1024, 1));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        closeSync(fd);
      }
    } else {
      const pages = Number(opened.db.prepare('PRAGMA page_count').get()?.page_count);
      opened.db.exec(`PRAGMA max_page_count = ${String(pages)}`);
    }
    console.info(`full disk: ${realDisk ? 'a 1 MB tmpfs filled to the last byte' : 'SQLite max_page_count'}`);

    const unsaved = bigNote('尚未保存的长批注'.repeat(5000));
    await expect(
      service.create({ docId: 'doc1', range: { start: 30, end: 40 }, color: 'red', style: 'highlight', note: unsaved }),
    ).rejects.toMatchObject({ code: 'disk-full', message: DISK_FULL });
    await expect(service.update({ id: saved[0] ?? '', note: unsaved })).rejects.toMatchObject({ code: 'disk-full' });
    // Reading still works, and shows what was saved before.
    expect((await service.list('doc1')).annotations.map((a) => a.id).sort()).toEqual([...saved].sort());

    if (realDisk) rmSync(filler);
    else opened.db.exec('PRAGMA max_page_count = 1073741823');
    const afterwards = await service.update({ id: saved[0] ?? '', note: unsaved });
    expect(afterwards.note).toEqual(unsaved);
    await service.close();

    const { ids, check } = storedIds(join(profile, DATABASE_FILE));
    expect(check).toBe('ok');
    expect(ids).toEqual([...saved].sort());
  });
});

describe('a read-only location', () => {
  it('is reported as read-only, in Chinese, and the file is left as it was', async () => {
    const dir = makeDir();
    const realDisk = smallDisk(dir, '2m');
    const profile = join(dir, 'profile');
    mkdirSync(profile);
    const first = await openAnnotationService({ dir: profile, library });
    await first.service.create({ docId: 'doc1', range: null, color: 'yellow', style: 'highlight', note: null });
    await first.service.close();

    if (realDisk) execFileSync('mount', ['-o', 'remount,ro', dir]);
    else {
      chmodSync(join(profile, DATABASE_FILE), 0o400);
      chmodSync(profile, 0o500);
    }
    try {
      const { service, notices } = await openAnnotationService({ dir: profile, library });
      expect(notices).toEqual([READ_ONLY]);
      await expect(
        service.create({ docId: 'doc1', range: { start: 0, end: 4 }, color: 'red', style: 'highlight', note: null }),
      ).rejects.toMatchObject({ code: 'read-only', message: READ_ONLY });
    } finally {
      if (realDisk) execFileSync('mount', ['-o', 'remount,rw', dir]);
      else chmodSync(profile, 0o700);
    }
    expect(storedIds(join(profile, DATABASE_FILE)).ids).toHaveLength(1);
  });
});
