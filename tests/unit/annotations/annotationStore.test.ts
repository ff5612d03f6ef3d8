/** The per-profile SQLite store: its settings, migrations, backups, and what happens to a damaged file. */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { BACKUP_DIR, DATABASE_FILE, openAnnotationDatabase } from '../../../src/main/annotations/annotationDb';
import { BACKUPS_KEPT, listBackups, takeBackup } from '../../../src/main/annotations/backups';
import { MIGRATIONS, NEWER_SCHEMA } from '../../../src/main/annotations/migrations';
import { annotationService, openAnnotationService } from '../../../src/main/annotations/openAnnotationService';
import { createAppServices } from '../../../src/main/appServices';
import { fixturePath, importWorkerSource } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';
import { SOIL_NOTICE, fakeLibrary } from './fakeLibrary';

const makeDir = tempDirs('gazette-store-');
const library = fakeLibrary({ doc1: { text: SOIL_NOTICE } });

async function fill(dir: string, count: number, now?: Date): Promise<string[]> {
  const opened = await openAnnotationDatabase(dir, { now });
  const service = annotationService(opened, library);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const made = await service.create({
      docId: 'doc1',
      range: { start: i % 50, end: (i % 50) + 5 },
      color: 'yellow',
      style: 'highlight',
      note: null,
    });
    ids.push(made.id);
  }
  await service.close();
  return ids;
}

const idsIn = (path: string): string[] => {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return db
      .prepare('SELECT id FROM annotations ORDER BY id')
      .all()
      .map((row) => String(row.id));
  } finally {
    db.close();
  }
};

describe('opening a profile’s store', () => {
  it('runs WAL with synchronous=FULL, a busy timeout and the current schema', async () => {
    const { db } = await openAnnotationDatabase(makeDir());
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    expect(Number(db.prepare('PRAGMA busy_timeout').get()?.timeout)).toBeGreaterThanOrEqual(5000);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: MIGRATIONS.length });
    db.close();
  });

  it('migrates an older database step by step, keeping its rows, after a backup', async () => {
    const dir = makeDir();
    const ids = await fill(dir, 3);
    const later = [...MIGRATIONS, `ALTER TABLE annotations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0`];
    const { db } = await openAnnotationDatabase(dir, { migrations: later });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: later.length });
    expect(db.prepare('SELECT id, pinned FROM annotations ORDER BY id').all()).toEqual(
      [...ids].sort().map((id) => ({ id, pinned: 0 })),
    );
    db.close();
    const [backup] = listBackups(join(dir, BACKUP_DIR));
    expect(idsIn(backup?.path ?? '')).toEqual([...ids].sort());
  });

  it('rolls a failed migration back and keeps the data', async () => {
    const dir = makeDir();
    const ids = await fill(dir, 2);
    const broken = [...MIGRATIONS, 'ALTER TABLE annotations ADD COLUMN x INTEGER; SELECT * FROM no_such_table'];
    await expect(openAnnotationDatabase(dir, { migrations: broken })).rejects.toThrow(/no_such_table/);
    const { db } = await openAnnotationDatabase(dir);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: MIGRATIONS.length });
    expect(db.prepare('SELECT * FROM annotations LIMIT 1').get()).not.toHaveProperty('x');
    db.close();
    expect(idsIn(join(dir, DATABASE_FILE))).toEqual([...ids].sort());
  });

  it('refuses a database from a newer app and leaves it as it is', async () => {
    const dir = makeDir();
    await fill(dir, 1);
    const path = join(dir, DATABASE_FILE);
    const db = new DatabaseSync(path);
    db.exec('PRAGMA user_version = 99');
    db.close();
    const before = readFileSync(path);
    const { service, notices } = await openAnnotationService({ dir, library });
    expect(notices).toEqual([NEWER_SCHEMA]);
    await expect(service.list('doc1')).rejects.toMatchObject({ code: 'newer-schema', message: NEWER_SCHEMA });
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('backups', () => {
  it('keeps the last 7, made with the online backup, each a readable database', async () => {
    const dir = makeDir();
    await fill(dir, 2);
    const { db } = await openAnnotationDatabase(dir, { now: new Date(Date.UTC(2026, 0, 1, 7)) });
    const backupDir = join(dir, BACKUP_DIR);
    for (let day = 1; day <= 9; day++) await takeBackup(db, backupDir, new Date(Date.UTC(2026, 0, day, 8)));
    db.close();
    const kept = listBackups(backupDir);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]?.takenAt.toISOString()).toBe('2026-01-09T08:00:00.000Z');
    expect(kept.at(-1)?.takenAt.toISOString()).toBe('2026-01-03T08:00:00.000Z');
    for (const backup of kept) expect(idsIn(backup.path)).toHaveLength(2);
    if (process.platform !== 'win32') {
      expect(statSync(backupDir).mode & 0o777).toBe(0o700);
      for (const name of readdirSync(backupDir)) expect(statSync(join(backupDir, name)).mode & 0o777).toBe(0o600);
    }
  });

  it('makes one a day when the store opens with annotations in it', async () => {
    const dir = makeDir();
    await fill(dir, 1, new Date('2026-03-01T09:00:00Z'));
    const open = async (at: string): Promise<void> => {
      const opened = await openAnnotationDatabase(dir, { now: new Date(at) });
      await opened.backupDone;
      opened.db.close();
    };
    await open('2026-03-01T10:00:00Z');
    await open('2026-03-01T18:00:00Z');
    await open('2026-03-02T11:00:00Z');
    expect(listBackups(join(dir, BACKUP_DIR)).map((b) => b.takenAt.toISOString())).toEqual([
      '2026-03-02T11:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
    ]);
  });
});

describe('a damaged database', () => {
  const damages: Record<string, (path: string) => void> = {
    'garbage over the header': (path) => {
      const bytes = readFileSync(path);
      bytes.fill(0x5a, 0, 100);
      writeFileSync(path, bytes);
    },
    'a torn page inside': (path) => {
      const bytes = readFileSync(path);
      const pageSize = bytes.readUInt16BE(16);
      bytes.fill(0xa5, pageSize + 8, 2 * pageSize);
      writeFileSync(path, bytes);
    },
  };

  for (const [kind, damage] of Object.entries(damages)) {
    it(`(${kind}) is set aside and the newest backup restored, and the person is told from when`, async () => {
      const dataDir = makeDir();
      const dir = join(dataDir, 'profiles', 'reader');
      const ids = await fill(dir, 30, new Date('2026-05-01T00:00:00Z'));
      const opened = await openAnnotationDatabase(dir, { now: new Date('2026-05-04T06:30:00Z') });
      await opened.backupDone;
      opened.db.close();
      await fill(dir, 2, new Date('2026-05-04T09:00:00Z')); // after the backup: a restore cannot bring these back
      const path = join(dir, DATABASE_FILE);
      const damagedBytes = readFileSync(path);
      damage(path);
      const damagedCopy = readFileSync(path);

      // Once through the app's services, to see the notice reach the window; once through the store alone.
      let notices: string[];
      if (kind === 'garbage over the header') {
        const services = await createAppServices({
          dataDir,
          profile: 'reader',
          shell: 'web',
          importWorker: importWorkerSource,
          sampleIssue: fixturePath,
        });
        notices = services.takeNotices().map((notice) => notice.message);
        expect(services.takeNotices()).toEqual([]);
      } else {
        notices = (await openAnnotationService({ dir, library })).notices;
      }
      const backupTime = new Date('2026-05-04T06:30:00Z');
      const shown = `${String(backupTime.getFullYear())}年${String(backupTime.getMonth() + 1)}月${String(backupTime.getDate())}日`;
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(`已自动从 ${shown}`);
      expect(notices[0]).toMatch(/批注数据库已损坏.*备份恢复.*另存为/);

      expect(idsIn(path)).toEqual([...ids].sort());
      const aside = readdirSync(dir).find((name) => name.startsWith(`${DATABASE_FILE}.damaged-`));
      expect(aside).toBeDefined();
      expect(readFileSync(join(dir, aside ?? '')).equals(damagedCopy)).toBe(true);
      expect(damagedBytes.equals(damagedCopy)).toBe(false);
    });
  }

  it('with no backup stays where it is, untouched, and the store says so instead of starting empty', async () => {
    const dir = makeDir();
    const path = join(dir, DATABASE_FILE);
    writeFileSync(path, 'SQLite format 3\0'.padEnd(4096, '\u0001'));
    const before = readFileSync(path);
    const { service, notices } = await openAnnotationService({ dir, library });
    expect(notices[0]).toMatch(/批注数据库已损坏，且没有可用的备份/);
    await expect(service.list('doc1')).rejects.toMatchObject({ code: 'store-damaged' });
    await expect(
      service.create({ docId: 'doc1', range: null, color: 'yellow', style: 'highlight', note: null }),
    ).rejects.toMatchObject({ code: 'store-damaged' });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(join(dir, BACKUP_DIR))).toBe(false);
  });
});

describe('a store that cannot be opened for any other reason', () => {
  it('answers every call with the reason, in Chinese, and the app keeps running', async () => {
    const dir = join(makeDir(), 'profile');
    writeFileSync(dir, 'not a folder');
    const { service, notices } = await openAnnotationService({ dir, library });
    expect(notices[0]).toMatch(/^批注存储无法打开.*阅读不受影响/);
    await expect(service.list('doc1')).rejects.toMatchObject({ code: 'store-unavailable' });
  });
});
