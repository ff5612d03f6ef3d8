/**
 * Opens one profile's annotation database, `profiles/<name>/annotations.sqlite`, so that it loses nothing:
 * WAL with `synchronous=FULL` (a save that returned survives a crash or power loss), a busy timeout (the app, the
 * web host and the `gazette` command may write at once), `quick_check` on every open, migrations, backups.
 *
 * A damaged database is never replaced by an empty one: it is set aside and the newest backup that passes
 * `quick_check` takes its place, and the person is told what was restored and from when. With no good backup the
 * damaged file stays where it is and the store refuses to work, saying so, rather than start empty.
 *
 * Owner-only: the profile folder is 0700 and the database 0600; SQLite gives its `-wal` and `-shm` files the
 * database file's mode, so creating the (empty) database file ourselves with 0600 covers them too.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ServiceError } from '../apiErrors';
import { backupDue, listBackups, passesQuickCheck, takeBackup } from './backups';
import { MIGRATIONS, migrate, schemaVersion } from './migrations';
import { isCorruption } from './storeErrors';

export const DATABASE_FILE = 'annotations.sqlite';
export const BACKUP_DIR = 'backups';
/** How long a write waits for another process's transaction before giving up with `busy`. */
const BUSY_TIMEOUT_MS = 10_000;
const SIDE_FILES = ['-wal', '-shm'] as const;

export interface OpenedDatabase {
  db: DatabaseSync;
  path: string;
  /** Told to the person once: what was repaired or restored while opening. */
  notices: string[];
  /** The day's backup, running in the background; wait for it before closing. */
  backupDone: Promise<void>;
}

class DamagedDatabase extends Error {}

const restoringPath = (path: string): string => `${path}.restoring`;

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** `2026年12月2日 08:30`, in the machine's time zone, for messages. */
export function chineseDateTime(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}年${String(date.getMonth() + 1)}月${String(date.getDate())}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function restrictFiles(path: string): void {
  for (const file of [path, ...SIDE_FILES.map((side) => path + side)]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

function openChecked(path: string): DatabaseSync {
  const db = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    const rows = db.prepare('PRAGMA quick_check').all();
    if (rows[0]?.quick_check !== 'ok') throw new DamagedDatabase(String(rows[0]?.quick_check));
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    return db;
  } catch (error) {
    db.close();
    throw isCorruption(error) ? new DamagedDatabase(String(error)) : error;
  }
}

function damagedWithoutBackup(path: string): ServiceError {
  return new ServiceError(
    'store-damaged',
    `批注数据库已损坏，且没有可用的备份。为免覆盖，文件原样保留在 ${path}，批注功能暂停使用。请联系管理员修复该文件；您也可以切换到其他用户继续阅读。`,
  );
}

/** Sets the damaged file (and its WAL) aside and puts the newest good backup in its place. */
function restoreFromBackup(path: string, backupDir: string, now: Date): string {
  const good = listBackups(backupDir).find((candidate) => passesQuickCheck(candidate.path));
  if (!good) throw damagedWithoutBackup(path);
  // The copy is complete before the damaged file moves, so a crash in between leaves either the damaged file or
  // a complete copy to finish with (see openAnnotationDatabase), never nothing.
  const restoring = restoringPath(path);
  copyFileSync(good.path, restoring);
  chmodSync(restoring, 0o600);
  const aside = `${path}.damaged-${stamp(now)}`;
  renameSync(path, aside);
  for (const side of SIDE_FILES) {
    if (existsSync(path + side)) renameSync(path + side, aside + side);
  }
  renameSync(restoring, path);
  return `批注数据库已损坏，已自动从 ${chineseDateTime(good.takenAt)} 的备份恢复；此后所做的批注无法找回。损坏的文件已另存为 ${aside}。`;
}

function hasAnnotations(db: DatabaseSync): boolean {
  if (schemaVersion(db) === 0) return false;
  return db.prepare('SELECT 1 AS one FROM annotations LIMIT 1').get() !== undefined;
}

export interface DatabaseOptions {
  now?: Date;
  /** The schema's migrations; a later app version has more. */
  migrations?: readonly string[];
}

export async function openAnnotationDatabase(dir: string, options: DatabaseOptions = {}): Promise<OpenedDatabase> {
  const now = options.now ?? new Date();
  const migrations = options.migrations ?? MIGRATIONS;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = join(dir, DATABASE_FILE);
  const backupDir = join(dir, BACKUP_DIR);
  if (!existsSync(path) && existsSync(restoringPath(path))) renameSync(restoringPath(path), path);
  if (!existsSync(path)) writeFileSync(path, '', { mode: 0o600, flag: 'a' });
  restrictFiles(path);

  const notices: string[] = [];
  let db: DatabaseSync;
  try {
    db = openChecked(path);
  } catch (error) {
    if (!(error instanceof DamagedDatabase)) throw error;
    notices.push(restoreFromBackup(path, backupDir, now));
    try {
      db = openChecked(path);
    } catch (again) {
      if (again instanceof DamagedDatabase) throw damagedWithoutBackup(path);
      throw again;
    }
  }
  try {
    const version = schemaVersion(db);
    if (version > 0 && version < migrations.length) await takeBackup(db, backupDir, now);
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  restrictFiles(path);
  // A store with nothing in it has nothing to protect, and restoring an empty copy would only look like loss.
  const backupDone =
    hasAnnotations(db) && backupDue(backupDir, now)
      ? takeBackup(db, backupDir, now).then(
          () => undefined,
          (error: unknown) => {
            console.warn(`批注备份失败：${String(error)}`);
          },
        )
      : Promise.resolve();
  return { db, path, notices, backupDone };
}
