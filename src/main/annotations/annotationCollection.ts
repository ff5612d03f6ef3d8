/**
 * What a person does with all their annotations at once, over the store's one database: read them all (for 我的批注
 * and exports), count, rename and merge tags, empty the 回收站 and purge what has been there 30 days, and merge
 * annotations imported from another machine. Every change is one transaction of the service (`write`).
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { TRASH_MS } from '../../shared/annotations/annotation';
import type { Annotation } from '../../shared/annotations/annotation';
import type { MergeOutcome, TagCount } from '../../shared/annotations/annotationTransfer';
import { normalizeTags } from '../../shared/annotations/tags';
import { fold } from '../../shared/search/fold';
import { ServiceError } from '../apiErrors';
import { rowStatements, toAnnotation, toRow, toTags } from './annotationRows';

/** Where annotations were made: a document id with the document key it had then, and how many. */
export interface Placement {
  docId: string;
  docKey: string;
  count: number;
}

export interface AnnotationCollection {
  /** The same array while the database is unchanged: callers must not change it. */
  all(): readonly Annotation[];
  /** Counted in SQL, so 我的批注's first rows need not read every annotation (annotationsAcrossLibrary.ts). */
  placements(trash: boolean): Placement[];
  /** Read in SQL, in the same (stored) order as `all`. */
  annotationsOf(docIds: readonly string[], trash: boolean): Annotation[];
  tags(): TagCount[];
  /** Renames `from` to `to` on every annotation (live or in the 回收站); when `to` is already there, merges. */
  renameTag(from: string, to: string): number;
  /** Puts `into` in place of each of `tags` everywhere. */
  mergeTags(tags: readonly string[], into: string): number;
  /** Removes for good what has been in the 回收站 longer than TRASH_DAYS (annotation.ts). */
  purgeExpired(): number;
  /** Removes these trashed annotations for good (all of the 回收站 when `ids` is undefined). */
  emptyTrash(ids?: readonly string[]): number;
  /** Merges annotations from another store by id (see MergeOutcome); the newer `updatedAt` wins. */
  merge(incoming: readonly Annotation[]): MergeOutcome;
}

const NOT_IN_TRASH = '只能永久删除回收站里的批注。';

export function annotationCollection(
  db: DatabaseSync,
  write: <T>(change: () => T) => T,
  now: () => Date,
): AnnotationCollection {
  const { insert, replace } = rowStatements(db);
  // In stored order, so entries that sort alike keep one order whichever way they were read.
  const everything = db.prepare('SELECT * FROM annotations ORDER BY rowid');
  const taggedRows = db.prepare("SELECT tags FROM annotations WHERE deleted_at IS NULL AND tags <> '[]'");
  const counted = db.prepare(
    'SELECT doc_id, doc_key, count(*) AS n FROM annotations WHERE (deleted_at IS NOT NULL) = ? GROUP BY doc_id, doc_key',
  );
  const ofDocuments = db.prepare(
    'SELECT * FROM annotations WHERE doc_id IN (SELECT value FROM json_each(?)) AND (deleted_at IS NOT NULL) = ? ORDER BY rowid',
  );
  const tagged = db.prepare("SELECT * FROM annotations WHERE tags <> '[]'");
  const byId = db.prepare('SELECT * FROM annotations WHERE id = ?');
  const liveDocumentNote = db.prepare(
    'SELECT * FROM annotations WHERE doc_id = ? AND exact IS NULL AND deleted_at IS NULL',
  );
  const deleteExpired = db.prepare('DELETE FROM annotations WHERE deleted_at IS NOT NULL AND deleted_at < ?');
  const deleteAllTrash = db.prepare('DELETE FROM annotations WHERE deleted_at IS NOT NULL');
  const deleteOne = db.prepare('DELETE FROM annotations WHERE id = ? AND deleted_at IS NOT NULL');
  const setDeleted = db.prepare('UPDATE annotations SET deleted_at = ? WHERE id = ?');
  // data_version moves when another connection (the CLI, another window) commits; total_changes when this one does.
  const dataVersion = db.prepare(
    "SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS v",
  );
  let read: { version: string; annotations: Annotation[] } | null = null;

  /**
   * Every annotation, read again only when the database has changed since the last read: 我的批注 asks on each
   * keystroke, and reading and parsing 20,000 rows each time costs hundreds of milliseconds. The same array
   * comes back while nothing changed, so what is derived from it (entries, folded text) can be kept too.
   */
  function all(): Annotation[] {
    const version = String(dataVersion.get()?.v);
    if (read?.version !== version) read = { version, annotations: everything.all().map((row) => toAnnotation(row)) };
    return read.annotations;
  }

  let counts: { version: string; trash: boolean; placements: Placement[] } | null = null;

  /** Kept like `all`, as the view asks again for more rows as the person scrolls. */
  function placements(trash: boolean): Placement[] {
    const version = String(dataVersion.get()?.v);
    if (counts?.version !== version || counts.trash !== trash) {
      const found = counted.all(Number(trash)).map((row) => ({
        docId: String(row.doc_id),
        docKey: String(row.doc_key),
        count: Number(row.n),
      }));
      counts = { version, trash, placements: found };
    }
    return counts.placements;
  }

  function retag(change: (tags: string[]) => string[]): number {
    return write(() => {
      let changed = 0;
      const stamp = now().toISOString();
      for (const row of tagged.all()) {
        const current = toAnnotation(row);
        const tags = normalizeTags(change(current.tags));
        if (JSON.stringify(tags) === JSON.stringify(current.tags)) continue;
        replace.run(toRow({ ...current, tags, updatedAt: stamp }));
        changed++;
      }
      return changed;
    });
  }

  function mergeTags(tags: readonly string[], into: string): number {
    const target = into.trim().replace(/\s+/gu, ' ');
    if (fold(target) === '') throw new ServiceError('invalid-request', '新标签名不能为空。');
    const folded = new Set(tags.map(fold));
    // The target goes where the first merged tag was, so a tag list keeps its order.
    return retag((current) => current.map((tag) => (folded.has(fold(tag)) ? target : tag)));
  }

  /** The one live document note of a document gives way to `winner` (it goes to the 回收站). */
  function makeRoomForNote(winner: Annotation, stamp: string): void {
    if (winner.anchor !== null || winner.deletedAt !== null) return;
    const other = liveDocumentNote.get(winner.docId);
    if (other && other.id !== winner.id) setDeleted.run(stamp, String(other.id));
  }

  function merge(incoming: readonly Annotation[]): MergeOutcome {
    return write(() => {
      const outcome: MergeOutcome = { added: 0, replaced: 0, keptOurs: 0, unchanged: 0 };
      const stamp = now().toISOString();
      const keepInTrash = (loser: Annotation): void => {
        insert.run(toRow({ ...loser, id: randomUUID(), deletedAt: loser.deletedAt ?? stamp }));
      };
      for (const theirs of incoming) {
        const row = byId.get(theirs.id);
        if (!row) {
          makeRoomForNote(theirs, stamp);
          insert.run(toRow(theirs));
          outcome.added++;
          continue;
        }
        const ours = toAnnotation(row);
        if (JSON.stringify(toRow(ours)) === JSON.stringify(toRow(theirs))) {
          outcome.unchanged++;
        } else if (theirs.updatedAt > ours.updatedAt) {
          keepInTrash(ours);
          makeRoomForNote(theirs, stamp);
          replace.run(toRow(theirs));
          outcome.replaced++;
        } else {
          keepInTrash(theirs);
          outcome.keptOurs++;
        }
      }
      return outcome;
    });
  }

  return {
    all,
    placements,
    annotationsOf: (docIds, trash) =>
      ofDocuments.all(JSON.stringify(docIds), Number(trash)).map((row) => toAnnotation(row)),
    tags() {
      const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
      // Only the tags column: 我的批注 asks for the tags as it opens, before the whole list has been read.
      for (const row of taggedRows.all()) {
        for (const tag of toTags(String(row.tags))) {
          const key = fold(tag);
          let entry = counts.get(key);
          if (!entry) counts.set(key, (entry = { count: 0, spellings: new Map() }));
          entry.count++;
          entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
        }
      }
      return [...counts.values()]
        .map(({ count, spellings }) => {
          let best = '';
          let most = 0;
          for (const [spelling, n] of spellings) if (n > most) [best, most] = [spelling, n];
          return { tag: best, count };
        })
        .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-Hans-CN'));
    },
    renameTag: (from, to) => mergeTags([from], to),
    mergeTags,
    purgeExpired() {
      const cutoff = new Date(now().getTime() - TRASH_MS).toISOString();
      return write(() => Number(deleteExpired.run(cutoff).changes));
    },
    emptyTrash(ids) {
      return write(() => {
        if (ids === undefined) return Number(deleteAllTrash.run().changes);
        let removed = 0;
        for (const id of ids) {
          const changes = Number(deleteOne.run(id).changes);
          if (changes === 0 && byId.get(id)) throw new ServiceError('invalid-request', NOT_IN_TRASH);
          removed += changes;
        }
        return removed;
      });
    },
    merge,
  };
}
