/**
 * Opening a library reconciles its manifest with the issue folders on disk, under the library lock. The rule:
 * **recovery never deletes a folder that holds an original the library does not keep elsewhere.**
 *
 * - A manifest that is missing while issue folders exist, or one that cannot be read, is never taken as "empty"
 *   (that would lose the person's whole library): an unreadable one is set aside, and both are rebuilt from the
 *   folders, each of which holds the canonical model that carries everything an entry lists.
 * - A folder the manifest does not name that holds a complete issue (a readable model and its original) is a
 *   committed import the manifest forgot — an older manifest restored from a backup, or a commit whose manifest
 *   write never happened — and is added back.
 * - Of two complete folders of one issue (one content hash, so byte-identical originals) the newer parse is kept
 *   and the other deleted: nothing is lost with it.
 * - A folder whose model cannot be read is moved, whole, to `damaged/`, and its original is parsed again by an
 *   import (library.ts); a folder without an original stays in `damaged/`. Either way the person is told where.
 * - An entry whose folder is gone is dropped, so the list never offers what cannot be opened.
 *
 * Staging folders are never part of the library; those of dead processes are deleted (library.ts).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setAside } from '../setAside';
import { readIssueModel } from './issueShard';
import { issueContent, LIBRARY_SCHEMA_VERSION, LibraryFormatError, readManifest, writeManifest } from './manifest';
import type { IssueEntry, Manifest } from './manifest';

export const MANIFEST_FILE = 'manifest.json';
export const DAMAGED_DIR = 'damaged';

/** A damaged folder, relative to the library root, whose original can be parsed again. */
export interface Reparse {
  folder: string;
  original: string;
}

export interface Reconciled {
  manifest: Manifest;
  reparse: Reparse[];
}

type Scanned = { complete: IssueEntry } | { damaged: { original: string | null } };

const emptyManifest = (): Manifest => ({ schemaVersion: LIBRARY_SCHEMA_VERSION, issues: [] });

function issueFolderNames(root: string): string[] {
  const dir = join(root, 'issues');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function scanFolder(root: string, folder: string): Scanned {
  const dir = join(root, folder);
  let original: string | null = null;
  try {
    original = readdirSync(dir).find((name) => name.startsWith('original')) ?? null;
    const parsed = readIssueModel(root, folder);
    if (original) {
      return {
        complete: { ...issueContent(parsed, original), folder, importedAt: statSync(dir).mtime.toISOString() },
      };
    }
  } catch {
    // Not a folder, or its model is unreadable: damaged either way.
  }
  return { damaged: { original } };
}

/** A later parser wins; for the same parser, the later commit. */
const isNewer = (a: IssueEntry, b: IssueEntry): boolean =>
  a.parserVersion !== b.parserVersion ? a.parserVersion > b.parserVersion : a.importedAt > b.importedAt;

function moveToDamaged(root: string, name: string): string {
  mkdirSync(join(root, DAMAGED_DIR), { recursive: true });
  const free = existsSync(join(root, DAMAGED_DIR, name)) ? `${name}-${Date.now().toString(36)}` : name;
  const folder = `${DAMAGED_DIR}/${free}`;
  renameSync(join(root, 'issues', name), join(root, folder));
  return folder;
}

const listed = (entries: readonly IssueEntry[]): string => entries.map((entry) => `“${entry.fileName}”`).join('、');

/** Reads the manifest and makes it agree with the folders (see above), telling `notify` what it repaired. */
export function reconcileManifest(root: string, notify: (message: string) => void): Reconciled {
  const path = join(root, MANIFEST_FILE);
  const names = issueFolderNames(root);
  let lost: { aside: string | null } | null = null;
  let stored: Manifest;
  try {
    stored = readManifest(path);
    if (!existsSync(path) && names.length > 0) lost = { aside: null };
  } catch (error) {
    if (!(error instanceof LibraryFormatError)) throw error;
    lost = { aside: setAside(path) };
    stored = emptyManifest();
  }

  const gone = stored.issues.filter((entry) => !existsSync(join(root, entry.folder)));
  const kept = new Map(stored.issues.filter((entry) => !gone.includes(entry)).map((entry) => [entry.id, entry]));
  const named = new Set(stored.issues.map((entry) => entry.folder));
  const added: IssueEntry[] = [];
  const duplicates: string[] = [];
  const reparse: Reparse[] = [];
  for (const name of names) {
    const folder = `issues/${name}`;
    if (named.has(folder)) continue;
    const scanned = scanFolder(root, folder);
    if ('damaged' in scanned) {
      const moved = moveToDamaged(root, name);
      if (scanned.damaged.original) reparse.push({ folder: moved, original: scanned.damaged.original });
      else notify(`公报文件夹 ${name} 已损坏，其中没有可重新解析的原文件，已原样移至 ${join(root, moved)}。`);
      continue;
    }
    const entry = scanned.complete;
    const other = kept.get(entry.id);
    if (other && !isNewer(entry, other)) {
      duplicates.push(folder);
      continue;
    }
    // A newer parse than the one named completes a commit whose manifest write never happened.
    if (other) duplicates.push(other.folder);
    else added.push(entry);
    kept.set(entry.id, entry);
  }

  const manifest: Manifest = { schemaVersion: LIBRARY_SCHEMA_VERSION, issues: [...kept.values()] };
  if (lost || gone.length > 0 || added.length > 0 || duplicates.length > 0) writeManifest(path, manifest);
  // Only once the manifest no longer names them: each holds a copy of an original that a kept folder holds too.
  for (const folder of duplicates) rmSync(join(root, folder), { recursive: true, force: true });

  const count = manifest.issues.length;
  if (lost?.aside) {
    notify(`文库清单无法读取，已另存为 ${lost.aside}，并根据各期公报的文件夹重建：共 ${count} 期公报。`);
  } else if (lost) {
    notify(`文库清单丢失，已根据各期公报的文件夹重建：共 ${count} 期公报。`);
  } else if (added.length > 0) {
    notify(`文库清单中缺少 ${added.length} 期公报（${listed(added)}），其文件完好，已重新加入文库。`);
  }
  if (gone.length > 0) {
    notify(`文库清单中 ${gone.length} 期公报（${listed(gone)}）的文件夹已不存在，已从文库中移除。`);
  }
  return { manifest, reparse };
}

/** The manifest of a library that cannot be written: read as it is, or rebuilt in memory when unreadable. */
export function readManifestReadOnly(root: string): Manifest {
  const path = join(root, MANIFEST_FILE);
  try {
    if (existsSync(path)) return readManifest(path);
  } catch (error) {
    if (!(error instanceof LibraryFormatError)) throw error;
  }
  const newest = new Map<string, IssueEntry>();
  for (const name of issueFolderNames(root)) {
    const scanned = scanFolder(root, `issues/${name}`);
    if (!('complete' in scanned)) continue;
    const seen = newest.get(scanned.complete.id);
    if (!seen || isNewer(scanned.complete, seen)) newest.set(scanned.complete.id, scanned.complete);
  }
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, issues: [...newest.values()] };
}
