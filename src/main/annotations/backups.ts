/**
 * Backups of one profile's annotation database in `profiles/<name>/backups/`, made with SQLite's online backup
 * (a consistent copy while other processes keep writing): one a day when the store opens, and one before every
 * migration. The last BACKUPS_KEPT stay. A copy is written under a temporary name and renamed into place, so a
 * crash mid-backup never leaves a half copy that looks complete.
 */
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, backup } from 'node:sqlite';

export const BACKUPS_KEPT = 7;
const PREFIX = 'annotations-';
const SUFFIX = '.sqlite';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupFile {
  path: string;
  takenAt: Date;
}

/** `annotations-20261202T083015123Z.sqlite`: sortable by name, and the name says when. */
function fileName(takenAt: Date): string {
  return `${PREFIX}${takenAt.toISOString().replace(/[-:.]/g, '')}${SUFFIX}`;
}

function parseStamp(name: string): Date | null {
  const match = /^annotations-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.sqlite$/.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms] = match;
  return new Date(`${y ?? ''}-${mo ?? ''}-${d ?? ''}T${h ?? ''}:${mi ?? ''}:${s ?? ''}.${ms ?? ''}Z`);
}

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const takenAt = parseStamp(name);
      return takenAt ? [{ path: join(dir, name), takenAt }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

export function backupDue(dir: string, now: Date): boolean {
  const [newest] = listBackups(dir);
  return !newest || now.getTime() - newest.takenAt.getTime() >= DAY_MS;
}

export async function takeBackup(db: DatabaseSync, dir: string, now: Date = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const target = join(dir, fileName(now));
  const partial = `${target}.partial`;
  try {
    await backup(db, partial);
    chmodSync(partial, 0o600);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  for (const old of listBackups(dir).slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
  return target;
}

/** True when `path` is a database SQLite reads without complaint. */
export function passesQuickCheck(path: string): boolean {
  try {
    const db = new DatabaseSync(path, { readOnly: true });
    try {
      const row = db.prepare('PRAGMA quick_check').get();
      return row?.quick_check === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
