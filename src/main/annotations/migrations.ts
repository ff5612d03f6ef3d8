/**
 * The annotation database's schema, versioned with `PRAGMA user_version`: migration N takes a database from
 * version N-1 to N inside one transaction. Never edit a shipped migration; add the next one. A database from a
 * newer app (a higher version than we know) is left untouched and refused, not misread.
 */
import type { DatabaseSync } from 'node:sqlite';
import { ServiceError } from '../apiErrors';

export const MIGRATIONS: readonly string[] = [
  // 1: annotations. A highlight has an anchor (start…suffix); the document note has none. `status` is the
  // outcome of the last anchoring against the text whose hash is `text_hash`; `removed` is never stored — it is
  // what `list` says while the document is out of the library.
  `CREATE TABLE annotations (
     id TEXT PRIMARY KEY,
     doc_id TEXT NOT NULL,
     doc_key TEXT NOT NULL,
     anchor_start INTEGER,
     anchor_end INTEGER,
     exact TEXT,
     prefix TEXT,
     suffix TEXT,
     text_hash TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('anchored', 'doubtful', 'orphan')),
     color TEXT NOT NULL,
     style TEXT NOT NULL,
     note TEXT,
     note_text TEXT NOT NULL DEFAULT '',
     tags TEXT NOT NULL DEFAULT '[]',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     deleted_at TEXT,
     CHECK ((anchor_start IS NULL) = (exact IS NULL))
   ) STRICT;
   CREATE INDEX annotations_by_doc ON annotations (doc_id);
   CREATE INDEX annotations_by_key ON annotations (doc_key);
   CREATE UNIQUE INDEX one_document_note ON annotations (doc_id) WHERE exact IS NULL AND deleted_at IS NULL;`,
];

export const NEWER_SCHEMA =
  '批注数据库来自更新版本的公报阅读器，本版本无法读取。请升级公报阅读器后再打开；数据库保持原样，没有改动。';

export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get();
  return typeof row?.user_version === 'number' ? row.user_version : 0;
}

/** Brings the database up to the last of `migrations`, one transaction per step. */
export function migrate(db: DatabaseSync, migrations: readonly string[] = MIGRATIONS): void {
  const from = schemaVersion(db);
  if (from > migrations.length) throw new ServiceError('newer-schema', NEWER_SCHEMA);
  for (let version = from + 1; version <= migrations.length; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migrations[version - 1] ?? '');
      db.exec(`PRAGMA user_version = ${String(version)}`);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}
